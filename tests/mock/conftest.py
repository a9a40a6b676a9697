"""Fixtures of the mock server tests: the package's own pytest plugin fixtures, a manual
clock, and servers in each auth mode."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ibkr_webapi.mock import pytest_plugin
from ibkr_webapi.mock.app import MockServer
from ibkr_webapi.mock.config import ManualClock, MockConfig
from ibkr_webapi.mock.pytest_plugin import (  # noqa: F401 - fixtures, used by name
    ibkr_mock,
    ibkr_mock_client,
    ibkr_mock_config,
)


def pytest_configure(config: pytest.Config) -> None:
    pytest_plugin.pytest_configure(config)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def gateway(clock: ManualClock) -> Iterator[MockServer]:
    """Gateway mode, manual clock, no pacing: what most framework tests need."""
    with MockServer(MockConfig(seed=1, clock=clock, pacing=False)) as server:
        yield server


@pytest.fixture
def oauth(clock: ManualClock) -> Iterator[MockServer]:
    """OAuth mode, manual clock, no pacing."""
    with MockServer(MockConfig(seed=1, auth="oauth", clock=clock, pacing=False)) as server:
        yield server

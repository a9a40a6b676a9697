"""pytest plugin: a mock IBKR server for your own test suite, no credentials, no network.

Installed with the package (entry point ``pytest11``), it provides:

- ``ibkr_mock``: a fresh `MockServer` per test (its world, faults, request log, clients);
- ``ibkr_mock_client``: the generated ``ibkr_client.Client`` wired to it, authenticated with
  the auth plugin of its mode (sync and ``asyncio`` calls alike);
- ``ibkr_mock_config``: the `MockConfig` used; override this fixture to change every test;
- the marker ``@pytest.mark.ibkr_mock(**options)`` (MockConfig options, the closest wins)
  and the option ``--ibkr-mock-seed``.

Example test::

    from ibkr_client.api.accounts import get_brokerage_accounts

    @pytest.mark.ibkr_mock(auth="oauth", pacing=False)
    def test_accounts(ibkr_mock, ibkr_mock_client):
        accounts = get_brokerage_accounts.sync(client=ibkr_mock_client)
        assert ibkr_mock.requests.count("get_brokerage_accounts") == 1
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest

from ibkr_webapi.mock.app import MockServer
from ibkr_webapi.mock.config import MockConfig

if TYPE_CHECKING:
    import ibkr_client

MARKER = "ibkr_mock"
SEED_OPTION = "--ibkr-mock-seed"


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("ibkr-mock", "mock IBKR server")
    group.addoption(SEED_OPTION, type=int, default=None,
                    help="seed of the ibkr_mock fixture's state (default 0)")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", f"{MARKER}(**options): MockConfig options for the ibkr_mock fixture, "
        "e.g. ibkr_mock(auth='oauth', pacing=False)")


@pytest.fixture
def ibkr_mock_config(request: pytest.FixtureRequest) -> MockConfig:
    """MockConfig from the --ibkr-mock-seed option and the ibkr_mock markers."""
    options: dict[str, Any] = {}
    seed = request.config.getoption(SEED_OPTION, default=None)
    if seed is not None:
        options["seed"] = seed
    for marker in reversed(list(request.node.iter_markers(MARKER))):
        options.update(marker.kwargs)
    return MockConfig(**options)


@pytest.fixture
def ibkr_mock(ibkr_mock_config: MockConfig) -> Iterator[MockServer]:
    """A fresh mock IBKR server for one test."""
    with MockServer(ibkr_mock_config) as server:
        yield server


@pytest.fixture
def ibkr_mock_client(ibkr_mock: MockServer) -> ibkr_client.Client:
    """The generated client, wired to ``ibkr_mock`` and authenticated for its mode."""
    return ibkr_mock.client()

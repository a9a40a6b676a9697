"""Fixtures for the Flex tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from flex_support import SAMPLES, FakeClock


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def samples() -> Path:
    return SAMPLES


@pytest.fixture
def report_bytes() -> bytes:
    return (SAMPLES / "pp_testIBFlexStatementFile01.xml").read_bytes()

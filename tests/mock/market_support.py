"""Shared fixtures of the market-domain tests (market data, contracts, scanner, FYI).

The clock is manual: OPEN is a Thursday during US regular trading hours, CLOSED a Sunday.
Requests go through the whole app (router, request rules, gates) with the session open.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from ibkr_client import Client
from ibkr_webapi.contract.validation import SpecValidator, response_schema_pointer
from ibkr_webapi.contract.validation import iter_operations as spec_operations
from ibkr_webapi.mock.app import MockServer
from ibkr_webapi.mock.config import ManualClock, MockConfig
from ibkr_webapi.spec import effective_spec

OPEN = 1_775_150_000.0
"""2026-04-02 13:13:20 New York, a Thursday: US regular session open."""
CLOSED = 1_775_400_000.0
"""2026-04-05 10:40 New York, a Sunday: US equity venues shut."""
AAPL = 265598
SPY = 756733
EURUSD = 12087792
ES_DEC26 = 649180695
FED_FUNDS_YES = 689951020
FED_FUNDS_NO = 689951025
FED_FUNDS_MARKET = 658663572
TREASURY = 573201813
SPX = 416904
TAGS = {"contract", "event_contracts", "market_data", "scanner", "fyi"}


def mock_server(seed: int, clock: ManualClock) -> MockServer:
    return MockServer(MockConfig(seed=seed, clock=clock, pacing=False, session_initialised=True))


# Fixtures carry a _fixture suffix so that a test module imports them (pytest finds them by
# their name= there) without shadowing the test parameters that request them.


@pytest.fixture(name="clock")
def clock_fixture() -> ManualClock:
    return ManualClock(OPEN)


@pytest.fixture(name="server")
def server_fixture(clock: ManualClock) -> Iterator[MockServer]:
    with mock_server(5, clock) as mock:
        yield mock


@pytest.fixture(name="client")
def client_fixture(server: MockServer) -> Client:
    """The generated client on `server`."""
    return server.client()


@pytest.fixture(name="http")
def http_fixture(server: MockServer) -> httpx.Client:
    return server.http_client()


@pytest.fixture(name="validator", scope="module")
def validator_fixture() -> SpecValidator:
    return SpecValidator(json.loads(json.dumps(effective_spec())))



def schema_problems(validator: SpecValidator, operation_id: str,
                    response: httpx.Response) -> list[str]:
    """Why the response does not match the operation's declared response (empty: it does)."""
    operation = next(o for o in spec_operations(validator.spec) if o.operation_id == operation_id)
    content_type = response.headers.get("content-type", "").split(";")[0]
    declared = operation.definition.get("responses", {})
    if str(response.status_code) not in declared:
        return [f"status {response.status_code} is not declared"]
    pointer = response_schema_pointer(validator, operation, response.status_code, content_type)
    if pointer is None:
        return [] if not response.content else [f"no schema for {content_type}"]
    body: Any = response.json() if content_type == "application/json" else response.text
    return [str(problem) for problem in validator.problems(pointer, body)]


def get_json(http: httpx.Client, path: str, **params: Any) -> Any:
    response = http.get(path, params=params)
    assert response.status_code == 200, response.text
    return response.json()

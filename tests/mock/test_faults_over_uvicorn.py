"""The same server over loopback (uvicorn): real connections, real drops."""

from __future__ import annotations

import httpx
import pytest

from ibkr_webapi.mock.app import MockServer
from ibkr_webapi.mock.config import MockConfig


@pytest.fixture(scope="module")
def served():
    server = MockServer(MockConfig(pacing=False))
    with server.serve() as base_url:
        yield server, base_url


def test_requests_are_served_over_loopback(served):
    server, base_url = served
    with httpx.Client(base_url=base_url) as http:
        answer = http.post("/tickle").json()

    assert answer["session"] == server.world.session.session_id


def test_a_dropped_connection_is_a_transport_error_over_loopback(served):
    server, base_url = served
    server.inject("drop", "tickle")
    with httpx.Client(base_url=base_url) as http:
        with pytest.raises(httpx.TransportError):
            http.post("/tickle")
        assert http.post("/tickle").status_code == 200


def test_a_truncated_body_over_loopback(served):
    server, base_url = served
    server.inject("truncate", "tickle")
    with httpx.Client(base_url=base_url) as http:
        cut = http.post("/tickle")

    assert cut.status_code == 200
    assert cut.text.startswith('{"session":') and not cut.text.endswith("}")

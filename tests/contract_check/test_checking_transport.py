"""ContractCheckingTransport under plain httpx clients: sync and async, encoded bodies, the
Flex Web Service's XML, websocket upgrades left alone."""

from __future__ import annotations

import gzip
import json

import httpx

from ibkr_webapi.contract.checking import (
    AsyncContractCheckingTransport,
    ContractCheckingTransport,
)
from ibkr_webapi.mock.app import MockServer
from ibkr_webapi.mock.config import MockConfig

BASE = "https://localhost:5000/v1/api"


class Streaming(httpx.BaseTransport):
    """Answers with a gzip-encoded body that has not been read yet, as a network would."""

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        body = gzip.compress(json.dumps({"authenticated": "no"}).encode())
        return httpx.Response(200, headers={"Content-Encoding": "gzip",
                                            "Content-Type": "application/json"},
                              stream=httpx.ByteStream(body), request=request)


def test_an_encoded_body_is_checked_decoded_and_handed_on_intact() -> None:
    transport = ContractCheckingTransport(Streaming())
    with httpx.Client(transport=transport, base_url=BASE) as http:
        assert http.post("/iserver/auth/status").json() == {"authenticated": "no"}
    (row,) = transport.violations
    assert (row.operation, row.json_path) == ("get_brokerage_session_status", "$.authenticated")


def test_the_mock_through_the_transport_sync_and_async() -> None:
    with MockServer(MockConfig(session_initialised=True, pacing=False)) as server:
        transport = ContractCheckingTransport(server.transport())
        with httpx.Client(transport=transport, base_url=server.base_url,
                          auth=server.default_auth()) as http:
            assert http.get("/portfolio/accounts").status_code == 200
            server.inject("status", "get_portfolio_accounts", status=200)
            http.get("/portfolio/accounts")
    # The auth plugin's own requests (the session's opening) are checked too.
    assert [item.operation for item in transport.checked].count("get_portfolio_accounts") == 2
    assert [(row.operation, row.kind) for row in transport.violations] == [
        ("get_portfolio_accounts", "violation")]


async def test_the_async_transport() -> None:
    with MockServer(MockConfig(session_initialised=True)) as server:
        transport = AsyncContractCheckingTransport(server.async_transport())
        async with httpx.AsyncClient(transport=transport, base_url=server.base_url,
                                     auth=server.default_auth()) as http:
            response = await http.get("/iserver/accounts")
    assert response.status_code == 200
    assert ("get_brokerage_accounts", ()) in [(item.operation, item.rows)
                                              for item in transport.checked]
    assert transport.violations == []


def test_the_flex_web_service_is_matched_on_its_own_server() -> None:
    with MockServer() as server:
        transport = ContractCheckingTransport(server.transport())
        with httpx.Client(transport=transport, base_url=server.flex_url) as http:
            http.get("/SendRequest", params={"t": server.config.flex_token,
                                             "q": server.config.flex_query_id, "v": "3"})
    assert [(item.operation, item.rows) for item in transport.checked] == [
        ("request_flex_report", ())]


def test_websocket_upgrades_pass_through_unchecked() -> None:
    inner = httpx.MockTransport(lambda request: httpx.Response(101))
    transport = ContractCheckingTransport(inner)
    with httpx.Client(transport=transport, base_url=BASE) as http:
        http.get("/ws", headers={"Upgrade": "websocket", "Connection": "Upgrade"})
    assert transport.checked == []

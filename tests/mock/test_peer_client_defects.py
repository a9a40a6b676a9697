"""What a client nobody here wrote (ibind 0.2.2) needed from the mock's REST side: booleans
as Python's requests writes them, conids sent as strings, IBKR's 400 for an unknown order,
and a catalogue as rich as the recordings. (OAuth signing forms, TLS, pacing and logging back
in after /logout have their own tests: test_oauth_signing_forms.py, test_cli_serve.py,
test_pacing_limits.py, test_session_gateway.py.)"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ibkr_webapi.mock.app import MockServer

AAPL, IBM = 265598, 8314
ACCOUNT = "U1234567"
CASSETTES = Path(__file__).resolve().parents[2] / "contract_tests" / "cassettes" / "rest"


@pytest.fixture
def server(gateway: MockServer) -> MockServer:
    gateway.open_brokerage_session()
    return gateway


@pytest.mark.parametrize(("path", "params"), [
    ("/iserver/marketdata/history", {"conid": AAPL, "bar": "1h", "period": "1d",
                                     "outsideRth": "True"}),
    ("/iserver/account/orders", {"force": "True"}),
    ("/iserver/secdef/search", {"symbol": "APPLE", "name": "True"}),
    (f"/iserver/contract/{AAPL}/info-and-rules", {"isBuy": "True"}),
    (f"/portfolio/{ACCOUNT}/combo/positions", {"nocache": "True"}),
    ("/iserver/marketdata/history", {"conid": AAPL, "bar": "1h", "outsideRth": "FALSE"}),
], ids=["history", "live-orders", "search-by-name", "info-and-rules", "combo-positions",
        "upper-case-false"])
def test_booleans_are_read_whatever_their_case(server: MockServer, path: str,
                                               params: dict[str, object]) -> None:
    response = server.http_client(auth=None).get(path, params=params)
    assert response.status_code == 200, response.text


def test_a_boolean_that_is_no_boolean_is_still_refused(server: MockServer) -> None:
    response = server.http_client(auth=None).get(
        "/iserver/marketdata/history", params={"conid": AAPL, "bar": "1h", "outsideRth": "yes"})
    assert response.status_code == 400 and "outsideRth" in response.json()["error"]


def test_transactions_accept_conids_sent_as_strings(server: MockServer) -> None:
    """Recording POST_pa_transactions__1 comes from a client that sends conids as strings."""
    body = {"acctIds": [ACCOUNT], "conids": [str(AAPL), str(IBM)], "currency": "USD",
            "days": 30}
    response = server.http_client(auth=None).post("/pa/transactions", json=body)
    assert response.status_code == 200, response.text
    assert response.json()["id"] == "getTransactions"


def test_a_string_that_is_no_number_is_still_refused(server: MockServer) -> None:
    body = {"acctIds": [ACCOUNT], "conids": ["AAPL"], "currency": "USD"}
    response = server.http_client(auth=None).post("/pa/transactions", json=body)
    assert response.status_code == 400 and "conids" in response.json()["error"]


def test_cancelling_an_unknown_order_answers_400_with_ibkrs_error_body(
        server: MockServer) -> None:
    response = server.http_client(auth=None).delete(f"/iserver/account/{ACCOUNT}/order/1")
    assert response.status_code == 400
    assert response.json() == {"error": "OrderID 1 doesn't exist"}  # the documented body


def test_stocks_by_symbol_answers_what_the_recording_has(server: MockServer) -> None:
    recorded = json.loads((CASSETTES / "GET_trsrv_stocks__1.json").read_text())
    body = recorded["response"]["body"]
    response = server.http_client(auth=None).get("/trsrv/stocks",
                                                 params={"symbols": "AAPL,GOOG"})
    assert response.json() == {"AAPL": body["AAPL"], "GOOG": body["GOOG"]}


@pytest.mark.parametrize(("symbol", "conid"), [("GOOG", 208813720), ("AMZN", 3691937)])
def test_goog_and_amzn_are_searchable_and_quoted(server: MockServer, symbol: str,
                                                 conid: int) -> None:
    http = server.http_client(auth=None)
    found = http.get("/iserver/secdef/search", params={"symbol": symbol}).json()
    snapshot = [http.get("/iserver/marketdata/snapshot",
                         params={"conids": conid, "fields": "31"}).json() for _ in range(2)]
    assert found[0]["conid"] == str(conid) or found[0]["conid"] == conid
    assert float(str(snapshot[-1][0]["31"]).lstrip("C")) > 0


def test_spx_has_an_option_chain(server: MockServer) -> None:
    http = server.http_client(auth=None)
    http.get("/iserver/secdef/search", params={"symbol": "SPX"})
    strikes = http.get("/iserver/secdef/strikes",
                       params={"conid": 416904, "sectype": "OPT", "month": "DEC26"}).json()
    middle = strikes["call"][len(strikes["call"]) // 2]
    options = http.get("/iserver/secdef/info", params={
        "conid": 416904, "sectype": "OPT", "month": "DEC26", "strike": middle,
        "right": "P"}).json()
    assert len(strikes["call"]) > 10 and strikes["call"] == strikes["put"]
    assert [(o["right"], o["strike"]) for o in options] == [("P", middle)]

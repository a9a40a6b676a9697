"""Every reply of the market-domain handlers conforms to its operation's response schema.

Each operation of the contract, event_contracts, market_data, scanner and fyi tags is called
through the app with several parameter variations (instrument types, sides, periods, error
cases), at an open and at a closed market, and every answer is validated against the
effective spec: a declared status, and a body matching that status's schema.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from ibkr_webapi.contract.validation import SpecValidator
from ibkr_webapi.mock.config import ManualClock
from ibkr_webapi.mock.handlers import contract, event_contracts, fyi, market_data, scanner
from ibkr_webapi.mock.world.contract_details import issuer_id
from ibkr_webapi.spec import iter_operations
from market_support import (  # noqa: F401 - the *_fixture names are fixtures
    AAPL,
    CLOSED,
    ES_DEC26,
    EURUSD,
    FED_FUNDS_MARKET,
    FED_FUNDS_YES,
    OPEN,
    SPX,
    SPY,
    TAGS,
    TREASURY,
    client_fixture,
    clock_fixture,
    http_fixture,
    mock_server,
    schema_problems,
    server_fixture,
    validator_fixture,
)

Request = tuple[str, str, dict[str, Any] | None, Any]
INSTRUMENTS = (AAPL, SPY, EURUSD, ES_DEC26, FED_FUNDS_YES, TREASURY, SPX)
BOND_ISSUER = "e" + str(TREASURY)[-7:]


def get(path: str, **query: Any) -> Request:
    return ("GET", path, query or None, None)


def post(path: str, body: Any) -> Request:
    return ("POST", path, None, body)


def requests_for(option: int, notification: str) -> dict[str, list[Request]]:
    """Calls covering every operation: successes with variations, and error answers."""
    conids = ",".join(map(str, INSTRUMENTS))
    history = [get("/iserver/marketdata/history", conid=conid, period=period, bar=bar,
                   outsideRth=rth)
               for conid in (AAPL, EURUSD, ES_DEC26)
               for period, bar, rth in (("1d", "5min", "false"), ("2w", "1h", "true"),
                                        ("1y", "1w", "false"), ("6m", "1d", "false"))]
    return {
        "search_contracts": [get("/iserver/secdef/search", symbol=s) for s in
                             ("AAPL", "ES", "EUR", "SPX", "T", "FF")]
        + [get("/iserver/secdef/search", symbol="APPLE", name="true"),
           get("/iserver/secdef/search", symbol="US", secType="BOND"),
           get("/iserver/secdef/search", symbol="NOPE")],
        "search_contracts_via_post": [post("/iserver/secdef/search", {"symbol": "MSFT"}),
                                      post("/iserver/secdef/search",
                                           {"symbol": "SPX", "secType": "IND"})],
        "get_security_definitions": [get("/trsrv/secdef", conids=conids),
                                     get("/trsrv/secdef", conids=str(option)),
                                     get("/trsrv/secdef", conids="1")],
        "get_all_conids_by_exchange": [get("/trsrv/all-conids", exchange=e)
                                       for e in ("NASDAQ", "NYSE", "XETRA")],
        "get_contract_info": [get(f"/iserver/contract/{c}/info") for c in (*INSTRUMENTS, option)]
        + [get("/iserver/contract/1/info")],
        "get_contract_info_and_rules": [get(f"/iserver/contract/{c}/info-and-rules",
                                            isBuy=side)
                                        for c in (AAPL, FED_FUNDS_YES, option)
                                        for side in ("true", "false")],
        "get_contract_rules": [post("/iserver/contract/rules", {"conid": c, "isBuy": side})
                               for c in INSTRUMENTS for side in (True, False)]
        + [post("/iserver/contract/rules", {"conid": AAPL, "modifyOrder": True, "orderId": 1}),
           post("/iserver/contract/rules", {"conid": 1})],
        "get_contract_algos": [get(f"/iserver/contract/{AAPL}/algos"),
                               get(f"/iserver/contract/{AAPL}/algos", algos="Adaptive;Vwap",
                                   addDescription="1", addParams="1"),
                               get(f"/iserver/contract/{EURUSD}/algos")],
        "get_bond_filters": [get("/iserver/secdef/bond-filters", symbol="BOND",
                                 issuerId=BOND_ISSUER),
                             get("/iserver/secdef/bond-filters", symbol="BOND",
                                 issuerId="e0000000")],
        "get_secdef_info": [get("/iserver/secdef/info", conid=AAPL, sectype="OPT",
                                month="DEC26", strike="195", right="C"),
                            get("/iserver/secdef/info", conid=AAPL, sectype="OPT",
                                month="JAN27"),
                            get("/iserver/secdef/info", conid=SPX, sectype="FUT", month="DEC26"),
                            get("/iserver/secdef/info", conid=AAPL, sectype="STK"),
                            get("/iserver/secdef/info", conid=TREASURY, sectype="BOND",
                                issuerId=BOND_ISSUER),
                            get("/iserver/secdef/info", conid=AAPL, sectype="OPT"),
                            get("/iserver/secdef/info", conid=1, sectype="STK")],
        "get_secdef_strikes": [get("/iserver/secdef/strikes", conid=c, sectype="OPT", month=m)
                               for c in (AAPL, SPY) for m in ("DEC26", "JAN27", "FEB27")],
        "get_futures_by_symbols": [get("/trsrv/futures", symbols="ES,NQ")],
        "get_stocks_by_symbols": [get("/trsrv/stocks", symbols="AAPL,IBM,ZZZZ")],
        "get_trading_schedule_by_symbol": [
            get("/trsrv/secdef/schedule", assetClass=a, conid=c, symbol=s)
            for a, c, s in (("STK", AAPL, "AAPL"), ("FUT", ES_DEC26, "ES"), ("STK", AAPL, "X"))],
        "get_contract_trading_schedule": [get("/contract/trading-schedule", conid=c)
                                          for c in INSTRUMENTS],
        "get_currency_pairs": [get("/iserver/currency/pairs", currency=c)
                               for c in ("USD", "EUR", "CHF")],
        "get_exchange_rate": [get("/iserver/exchangerate", source=s, target=t)
                              for s, t in (("USD", "EUR"), ("EUR", "JPY"), ("GBP", "GBP"),
                                           ("USD", "XYZ"))],
        "get_event_category_tree": [get("/trsrv/event/category-tree")],
        "get_event_contracts": [get("/trsrv/event/contracts", market=FED_FUNDS_MARKET,
                                    exchange="FORECASTX"),
                                get("/trsrv/event/contracts", market=1, exchange="FORECASTX")],
        "get_forecast_category_tree": [get("/forecast/category/tree")],
        "get_forecast_market": [get("/forecast/contract/market",
                                    underlyingConid=FED_FUNDS_MARKET),
                                get("/forecast/contract/market", underlyingConid=AAPL)],
        **{op: [get(path, conid=FED_FUNDS_YES), get(path, conid=AAPL)] for op, path in (
            ("get_forecast_contract_details", "/forecast/contract/details"),
            ("get_forecast_contract_rules", "/forecast/contract/rules"),
            ("get_forecast_contract_schedules", "/forecast/contract/schedules"))},
        "get_market_data_snapshot": [get("/iserver/marketdata/snapshot", conids=conids,
                                         fields=fields)
                                     for fields in ("31,84,86", ",".join(FIELD_IDS))] * 2
        + [get("/iserver/marketdata/snapshot", conids=f"{AAPL}@SMART", fields="31")] * 2,
        "get_regulatory_snapshot": [get("/md/regsnapshot", conid=c) for c in (AAPL, ES_DEC26)],
        "get_market_data_history": [
            *history,
            get("/iserver/marketdata/history", conid=AAPL, bar="1h",
                startTime="20260320-16:00:00"),
            get("/iserver/marketdata/history", conid=AAPL, period="1d", bar="1w")],
        "get_hmds_history": [get("/hmds/history", conid=AAPL, period=p, bar=b, barType=t)
                             for p, b, t in (("1d", "5mins", "Last"), ("1d", "1min", "Bid"),
                                             ("3600S", "30secs", "Midpoint"),
                                             ("1w", "1hrs", "Ask"), ("1y", "1w", "Last"))]
        + [get("/hmds/history", conid=AAPL, period="1w", bar="1d",
               startTime="20260330-13:30:00")],
        "unsubscribe_market_data": [post("/iserver/marketdata/unsubscribe", {"conid": AAPL}),
                                    post("/iserver/marketdata/unsubscribe", {"conid": AAPL})],
        "unsubscribe_all_market_data": [get("/iserver/marketdata/unsubscribeall")],
        "get_scanner_parameters": [get("/iserver/scanner/params")],
        "run_scanner": [post("/iserver/scanner/run", {"instrument": i, "type": t, "location": loc,
                                                      "filter": f})
                        for i, loc in (("STK", "STK.US.MAJOR"), ("ETF.EQ.US", "STK.US"),
                                       ("FUT.US", "FUT.US"))
                        for t in ("TOP_PERC_GAIN", "MOST_ACTIVE")
                        for f in ([], [{"code": "priceAbove", "value": 5}])]
        + [post("/iserver/scanner/run", {"instrument": "STK", "type": "NOPE",
                                         "location": "STK.US"})],
        "get_hmds_scanner_parameters": [get("/hmds/scanner/params")],
        "run_hmds_scanner": [post("/hmds/scanner/run", {
            "instrument": "STK", "locations": "STK.US.MAJOR", "scanCode": "TOP_PERC_LOSE",
            "secType": "STK", "maxItems": 3, "filters": f})
            for f in ([], [{"priceAbove": 10}])],
        "get_fyi_unread_count": [get("/fyi/unreadnumber")],
        "list_fyi_subscriptions": [get("/fyi/settings")],
        "set_fyi_subscription": [post("/fyi/settings/BA", {"enabled": False})],
        "get_fyi_disclaimer": [get("/fyi/disclaimer/SM")],
        "mark_fyi_disclaimer_read": [("PUT", "/fyi/disclaimer/SM", None, None)],
        "get_fyi_delivery_options": [get("/fyi/deliveryoptions")],
        "set_fyi_device_delivery": [post("/fyi/deliveryoptions/device", {
            "deviceName": "Pixel", "deviceId": "fcm-device-1", "uiName": "Pixel",
            "enabled": True})],
        "delete_fyi_device": [("DELETE", "/fyi/deliveryoptions/fcm-device-1", None,
                               None)],
        "set_fyi_email_delivery": [("PUT", "/fyi/deliveryoptions/email", {"enabled": "false"},
                                    None)],
        "list_fyi_notifications": [get("/fyi/notifications"), get("/fyi/notifications", max=3)],
        "list_more_fyi_notifications": [get("/fyi/notifications/more", id=notification),
                                        get("/fyi/notifications/more", id="0")],
        "mark_fyi_notification_read": [("PUT", f"/fyi/notifications/{n}", None, None)
                                       for n in (notification, "0")],
    }


FIELD_IDS = tuple(sorted(__import__("ibkr_webapi.mock.world.fields", fromlist=["FORMATTERS"])
                         .FORMATTERS))


def test_every_operation_of_the_domain_is_covered() -> None:
    ours = {o.operation_id for o in iter_operations() if o.tag in TAGS}
    registered = set().union(*(m.HANDLERS for m in (contract, event_contracts, fyi, market_data,
                                                    scanner)))
    assert registered == ours
    assert set(requests_for(1, "x")) == ours


@pytest.mark.parametrize("moment", [OPEN, CLOSED], ids=["open", "closed"])
def test_every_reply_conforms_to_the_spec(moment: float, validator: SpecValidator) -> None:
    with mock_server(5, ManualClock(moment)) as server:
        http = server.http_client()
        option = server.world.catalogue.option_chain(AAPL, "DEC26")[0].conid
        notification = server.world.fyi.page(1)[0].id
        statuses: set[int] = set()
        failures: list[str] = []
        for operation_id, calls in requests_for(option, notification).items():
            for method, path, query, body in calls:
                response = http.request(method, path, params=query, json=body)
                statuses.add(response.status_code)
                failures += [f"{operation_id} {path} {query}: {problem}"
                             for problem in schema_problems(validator, operation_id, response)]
    assert failures == []
    assert {200, 400, 404, 500} <= statuses


def test_issuer_id_is_the_one_searches_return() -> None:
    with mock_server(5, ManualClock(OPEN)) as server:
        entry = httpx_get(server.http_client(), "/iserver/secdef/search", symbol="US",
                          secType="BOND")[-1]
        assert entry["issuers"] == [{"id": issuer_id(server.world.catalogue.get(TREASURY)),
                                     "name": "United States Treasury"}]
        assert entry["issuers"][0]["id"] == BOND_ISSUER


def httpx_get(http: httpx.Client, path: str, **params: Any) -> Any:
    response = http.get(path, params=params)
    assert response.status_code == 200, response.text
    return response.json()

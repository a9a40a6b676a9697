"""Every reply of the trading-domain handlers conforms to its operation's response schema.

Each operation of the accounts, portfolio, orders, order_monitoring, alerts, fa_allocation,
watchlists and portfolio_analyst tags is called through the app (router, request rules and
all), and the JSON it answers is validated against the effective spec.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from ibkr_webapi.contract.validation import SpecValidator, response_schema_pointer
from ibkr_webapi.contract.validation import iter_operations as spec_operations
from ibkr_webapi.mock.app import MockServer
from ibkr_webapi.mock.config import ManualClock
from ibkr_webapi.spec import effective_spec, iter_operations
from trading_support import (  # noqa: F401 - fixtures, used by name
    AAPL,
    ADVISOR,
    INDIVIDUAL,
    clock_fixture,
    order,
    server_fixture,
)

TAGS = {"accounts", "portfolio", "orders", "order_monitoring", "alerts", "fa_allocation",
        "watchlists", "portfolio_analyst"}
ALERT = {"alertName": "Schema check", "alertMessage": "fired", "alertRepeatable": 0,
         "outsideRth": 0, "tif": "GTC", "conditions": [
             {"conidex": f"{AAPL}@SMART", "logicBind": "n", "operator": ">=",
              "triggerMethod": "0", "type": 1, "value": "500"}]}
GROUP = {"name": "Schema group", "accounts": [{"name": "U7654301"}, {"name": "U7654302"}],
         "default_method": "E"}
PRESETS = {"default_method_for_all": "N", "group_auto_close_positions": True,
           "profiles_auto_close_positions": False, "strict_credit_check": True,
           "group_proportional_allocation": False}

Request = tuple[str, str, dict[str, Any] | None, Any]
"""(method, path, query, JSON body)."""


def requests_for(server: MockServer, order_id: str, reply_id: str, alert_id: int) -> dict[
        str, list[Request]]:
    """Calls covering each operation: its success and, where cheap, an error answer."""
    a = INDIVIDUAL
    return {
        "get_brokerage_accounts": [("GET", "/iserver/accounts", None, None)],
        "switch_account": [("POST", "/iserver/account", None, {"acctId": "U7654301"}),
                           ("POST", "/iserver/account", None, {"acctId": "U7654301"}),
                           ("POST", "/iserver/account", None, {"acctId": a})],
        "set_dynamic_account": [("POST", "/iserver/dynaccount", None, {"acctId": a})],
        "search_dynamic_accounts": [("GET", "/iserver/account/search/U765", None, None)],
        "get_signatures_and_owners": [("GET", f"/acesws/{a}/signatures-and-owners", None, None)],
        "get_account_pnl": [("GET", "/iserver/account/pnl/partitioned", None, None)],
        **{op: [("GET", f"/iserver/account/{a}/summary{suffix}", None, None),
                ("GET", f"/iserver/account/{ADVISOR}/summary{suffix}", None, None)]
           for op, suffix in (("get_account_summary", ""),
                              ("get_account_summary_available_funds", "/available_funds"),
                              ("get_account_summary_balances", "/balances"),
                              ("get_account_summary_margins", "/margins"),
                              ("get_account_summary_market_value", "/market_value"))},
        "get_portfolio_accounts": [("GET", "/portfolio/accounts", None, None)],
        "get_portfolio_subaccounts": [("GET", "/portfolio/subaccounts", None, None)],
        "get_portfolio_subaccounts_page": [("GET", "/portfolio/subaccounts2", {"page": "0"},
                                            None)],
        "get_portfolio_account_meta": [("GET", f"/portfolio/{a}/meta", None, None)],
        "get_portfolio_allocation": [("GET", f"/portfolio/{a}/allocation", None, None)],
        "get_consolidated_portfolio_allocation": [
            ("POST", "/portfolio/allocation", None, {"acctIds": [a, "U7654301"]})],
        "get_portfolio_combo_positions": [("GET", f"/portfolio/{a}/combo/positions", None,
                                           None)],
        "get_portfolio_positions": [("GET", f"/portfolio/{a}/positions/0",
                                     {"sort": "mktValue", "direction": "d"}, None),
                                    ("GET", f"/portfolio/{a}/positions/1", None, None)],
        "get_realtime_portfolio_positions": [("GET", f"/portfolio2/{a}/positions", None, None)],
        "get_portfolio_position_by_conid": [("GET", f"/portfolio/{a}/position/{AAPL}", None,
                                             None),
                                            ("GET", f"/portfolio/{a}/position/1", None, None)],
        "invalidate_portfolio_positions_cache": [
            ("POST", f"/portfolio/{a}/positions/invalidate", None, {})],
        "get_portfolio_summary": [("GET", f"/portfolio/{a}/summary", None, None)],
        "get_portfolio_ledger": [("GET", f"/portfolio/{a}/ledger", None, None)],
        "get_position_and_contract_info": [("GET", "/portfolio/positions/756733", None, None)],
        "get_account_performance": [("POST", "/pa/performance", None,
                                     {"acctIds": [a], "period": period})
                                    for period in ("1D", "7D", "MTD", "1M", "YTD", "1Y")],
        "get_transaction_history": [("POST", "/pa/transactions", None,
                                     {"acctIds": [a], "conids": [8314, AAPL], "currency": "USD",
                                      "days": 60})],
        "get_account_performance_all_periods": [("POST", "/pa/allperiods", None,
                                                 {"acctIds": [a]})],
        "place_orders": [("POST", f"/iserver/account/{a}/orders", None,
                          {"orders": [order(order_type="MKT", quantity=1)]})],
        "reply_to_order_question": [("POST", f"/iserver/reply/{reply_id}", None,
                                     {"confirmed": True}),
                                    ("POST", f"/iserver/reply/{reply_id}", None,
                                     {"confirmed": True})],
        "preview_orders": [("POST", f"/iserver/account/{a}/orders/whatif", None,
                            {"orders": [order(quantity=qty, price=150.0)]})
                           for qty in (10, 10_000_000)],
        "modify_order": [("POST", f"/iserver/account/{a}/order/{order_id}", None,
                          order(price=151.0)),
                         ("POST", f"/iserver/account/{a}/order/777", None, order(price=1.0))],
        "cancel_order": [("DELETE", f"/iserver/account/{a}/order/{order_id}", None, None),
                         ("DELETE", f"/iserver/account/{a}/order/{order_id}", None, None)],
        "respond_to_server_prompt": [("POST", "/iserver/notification", None,
                                      {"orderId": int(order_id), "reqId": "1", "text": "Yes"})],
        "suppress_order_questions": [("POST", "/iserver/questions/suppress", None,
                                      {"messageIds": ["o163", "o451"]})],
        "reset_suppressed_order_questions": [("POST", "/iserver/questions/suppress/reset", None,
                                              None)],
        "get_live_orders": [("GET", "/iserver/account/orders", {"filters": "submitted,filled"},
                             None), ("GET", "/iserver/account/orders", {"force": "true"}, None)],
        "get_order_status": [("GET", f"/iserver/account/order/status/{order_id}", None, None),
                             ("GET", "/iserver/account/order/status/1", None, None)],
        "get_trades": [("GET", "/iserver/account/trades", {"days": "7"}, None),
                       ("GET", "/iserver/account/trades", None, None)],
        "create_or_modify_alert": [("POST", f"/iserver/account/{a}/alert", None, ALERT)],
        "list_alerts": [("GET", f"/iserver/account/{a}/alerts", None, None)],
        "get_alert": [("GET", f"/iserver/account/alert/{alert_id}", {"type": "Q"}, None),
                      ("GET", "/iserver/account/alert/12", {"type": "Q"}, None)],
        "get_mta_alert": [("GET", "/iserver/account/mta", None, None)],
        "set_alert_activation": [("POST", f"/iserver/account/{a}/alert/activate", None,
                                  {"alertId": alert_id, "alertActive": 0})],
        "delete_alert": [("DELETE", f"/iserver/account/{a}/alert/{alert_id}", None, None),
                         ("DELETE", f"/iserver/account/{a}/alert/0", None, None)],
        "get_allocatable_subaccounts": [("GET", "/iserver/account/allocation/accounts", None,
                                         None)],
        "list_allocation_groups": [("GET", "/iserver/account/allocation/group", None, None)],
        "add_allocation_group": [("POST", "/iserver/account/allocation/group", None, GROUP),
                                 ("POST", "/iserver/account/allocation/group", None, GROUP)],
        "modify_allocation_group": [("PUT", "/iserver/account/allocation/group", None,
                                     {**GROUP, "default_method": "N"})],
        "get_allocation_group": [("POST", "/iserver/account/allocation/group/single", None,
                                  {"name": GROUP["name"]})],
        "delete_allocation_group": [("POST", "/iserver/account/allocation/group/delete", None,
                                     {"name": GROUP["name"]})],
        "get_allocation_presets": [("GET", "/iserver/account/allocation/presets", None, None)],
        "set_allocation_presets": [("POST", "/iserver/account/allocation/presets", None,
                                    PRESETS)],
        "list_watchlists": [("GET", "/iserver/watchlists", None, None),
                            ("GET", "/iserver/watchlists", {"SC": "USER_WATCHLIST"}, None)],
        "create_watchlist": [("POST", "/iserver/watchlist", None,
                              {"id": "501", "name": "Schema", "rows": [{"C": AAPL}, {"H": ""}]})],
        "get_watchlist": [("GET", "/iserver/watchlist", {"id": "501"}, None),
                          ("GET", "/iserver/watchlist", {"id": "-1"}, None)],
        "delete_watchlist": [("DELETE", "/iserver/watchlist", {"id": "501"}, None),
                             ("DELETE", "/iserver/watchlist", {"id": "501"}, None)],
    }


@pytest.fixture(scope="module")
def validator() -> SpecValidator:
    return SpecValidator(json.loads(json.dumps(effective_spec())))


def problems(validator: SpecValidator, operation_id: str, response: httpx.Response) -> list[str]:
    operation = next(o for o in spec_operations(validator.spec) if o.operation_id == operation_id)
    content_type = response.headers.get("content-type", "").split(";")[0]
    pointer = response_schema_pointer(validator, operation, response.status_code, content_type)
    if pointer is None:
        return [f"{response.status_code} {content_type} is not declared"]
    body = response.json() if content_type == "application/json" else response.text
    return [str(p) for p in validator.problems(pointer, body)]


def prepared(server: MockServer, http: httpx.Client,
             clock: ManualClock) -> tuple[str, str, int]:
    """A working order, an open question's reply id and an alert id to address."""
    limit = round(server.world.market.price(AAPL) * 0.98, 2)
    acked = http.post(f"/iserver/account/{INDIVIDUAL}/orders",
                      json={"orders": [order(price=limit)]}).json()
    clock.advance(1.5)
    question = http.post(f"/iserver/account/{INDIVIDUAL}/orders",
                         json={"orders": [order(order_type="MKT", quantity=2)]}).json()
    return acked[0]["order_id"], question[0]["id"], min(server.world.lists.alerts)


def test_every_operation_of_the_domain_is_covered(server: MockServer,
                                                  clock: ManualClock) -> None:
    ours = {o.operation_id for o in iter_operations() if o.tag in TAGS}
    assert set(requests_for(server, "1", "x", 1)) == ours


def test_every_reply_conforms_to_the_spec(server: MockServer, clock: ManualClock,
                                          validator: SpecValidator) -> None:
    http = server.http_client()
    order_id, reply_id, alert_id = prepared(server, http, clock)
    statuses: set[int] = set()
    failures = []
    for operation_id, calls in requests_for(server, order_id, reply_id, alert_id).items():
        for method, path, query, body in calls:
            response = http.request(method, path, params=query,
                                    json=body if body is not None else None)
            statuses.add(response.status_code)
            assert response.status_code < 500 or operation_id == "get_order_status" or (
                response.status_code == 503), (operation_id, response.text)
            failures += [f"{operation_id} {method} {path}: {p}"
                         for p in problems(validator, operation_id, response)]
    assert failures == []
    assert {200, 400, 503} <= statuses

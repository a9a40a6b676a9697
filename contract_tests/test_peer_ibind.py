"""Part 0 of the contract suite: a peer client nobody here wrote, ibind 0.2.2, against the mock.

Everything else in the project agrees with everything else in the project; this test checks
the mock against a client written from IBKR's documentation and live servers by others. Each
ibind call is one test case, run in order (a session, then accounts, portfolio, contracts,
market data, scanner, alerts, watchlists, orders through ibind's question answers, trades,
FYIs, the websocket, and logging out and back in), in four setups: Gateway and OAuth 1.0a,
over HTTP and HTTPS (peer_ibind_support.py).

Where ibind itself departs from the documentation, the case asserts the answer the real
server documents, says so, and names the departure (``IBIND_DEPARTS``).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from ibind import IbkrWsClient, QueueSink, StockQuery
from ibind.client.ibkr_utils import OrderRequest, QuestionType
from ibind.ibkr_ws.ibkr_events import AccountSummary, MarketData, Orders
from ibind.ibkr_ws.ibkr_subscriptions import (
    AccountSummarySubscription,
    MarketDataSubscription,
    OrdersSubscription,
)
from ibind.support.errors import ExternalBrokerError

from ibkr_webapi.ws.values import parse_value
from peer_ibind_support import ACCOUNT, SETUPS, Peer, served_peer

AAPL, IBM, SPX = "265598", "8314", "416904"
ANSWERS = {QuestionType.MANDATORY_CAP_PRICE: True, QuestionType.PRICE_PERCENTAGE_CONSTRAINT: True,
           QuestionType.STOP_ORDER_RISKS: True, QuestionType.ORDER_VALUE_LIMIT: True}
WS_WAIT = 5.0
Step = Callable[[Peer], None]
STEPS: list[tuple[str, Step]] = []
IBIND_DEPARTS: dict[str, str] = {}
"""ibind call -> how it departs from IBKR's documentation (the case asserts the documented
answer of the real server to what ibind sends)."""


def call(name: str, departs: str | None = None) -> Callable[[Step], Step]:
    """Register a step: one ibind call, one test case, in definition order."""
    def register(step: Step) -> Step:
        STEPS.append((name, step))
        if departs:
            IBIND_DEPARTS[name] = departs
        return step
    return register


def refused(action: Callable[[], Any]) -> ExternalBrokerError:
    with pytest.raises(ExternalBrokerError) as raised:
        action()
    return raised.value


# ----------------------------------------------------------------------------------- session


@call("tickle")
def _tickle(peer: Peer) -> None:
    assert len(peer.client.tickle().data["session"]) == 32


@call("authentication_status")
def _authentication_status(peer: Peer) -> None:
    assert peer.client.authentication_status().data["authenticated"] is False


@call("initialize_brokerage_session")
def _initialize(peer: Peer) -> None:
    assert peer.client.initialize_brokerage_session(compete=True).data["authenticated"] is True


@call("check_health")
def _check_health(peer: Peer) -> None:
    assert peer.client.check_health() is True


@call("validate")
def _validate(peer: Peer) -> None:
    assert peer.client.validate().data["RESULT"] is True


@call("reauthenticate")
def _reauthenticate(peer: Peer) -> None:
    assert peer.client.reauthenticate().data == {"message": "triggered"}


# ---------------------------------------------------------------------------------- accounts


@call("receive_brokerage_accounts")
def _brokerage_accounts(peer: Peer) -> None:
    assert ACCOUNT in peer.client.receive_brokerage_accounts().data["accounts"]


@call("switch_account")
def _switch_account(peer: Peer) -> None:
    # The documented answer when the account is already the selected one.
    assert peer.client.switch_account(ACCOUNT).data == {"success": "Account already set"}


@call("account_summary")
def _account_summary(peer: Peer) -> None:
    assert peer.client.account_summary(ACCOUNT).data["accountType"]


@call("portfolio_accounts")
def _portfolio_accounts(peer: Peer) -> None:
    assert ACCOUNT in [a["id"] for a in peer.client.portfolio_accounts().data]


@call("portfolio_subaccounts")
def _subaccounts(peer: Peer) -> None:
    assert isinstance(peer.client.portfolio_subaccounts().data, list)


@call("account_profit_and_loss")
def _pnl(peer: Peer) -> None:
    partitions = peer.client.account_profit_and_loss().data["upnl"]
    assert any(key.startswith(ACCOUNT) for key in partitions)


@call("signatures_and_owners")
def _owners(peer: Peer) -> None:
    assert peer.client.signatures_and_owners(ACCOUNT).data["accountId"] == ACCOUNT


@call("search_dynamic_account")
def _search_dynamic(peer: Peer) -> None:
    matched = peer.client.search_dynamic_account("U76").data["matchedAccounts"]
    assert all(entry["accountId"].startswith("U76") for entry in matched) and matched


@call("large_portfolio_subaccounts")
def _subaccounts2(peer: Peer) -> None:
    assert peer.client.large_portfolio_subaccounts().data["metadata"]["pageNum"] == 0


# --------------------------------------------------------------------------------- portfolio


@call("portfolio_account_information")
def _account_information(peer: Peer) -> None:
    assert peer.client.portfolio_account_information(ACCOUNT).data["id"] == ACCOUNT


@call("portfolio_account_allocation")
def _allocation(peer: Peer) -> None:
    assert "assetClass" in peer.client.portfolio_account_allocation(ACCOUNT).data


@call("portfolio_summary")
def _summary(peer: Peer) -> None:
    assert peer.client.portfolio_summary(ACCOUNT).data["accountcode"]["value"] == ACCOUNT


@call("get_ledger")
def _ledger(peer: Peer) -> None:
    assert "BASE" in peer.client.get_ledger(ACCOUNT).data


@call("positions")
def _positions(peer: Peer) -> None:
    positions = peer.client.positions(ACCOUNT).data
    assert positions and all(p["acctId"] == ACCOUNT for p in positions)
    peer.steps["held"] = str(positions[0]["conid"])


@call("positions2")
def _positions2(peer: Peer) -> None:
    assert isinstance(peer.client.positions2(ACCOUNT).data, list)


@call("combination_positions")
def _combination_positions(peer: Peer) -> None:
    # ibind sends nocache=True (Python's spelling): the real server reads booleans either way.
    assert isinstance(peer.client.combination_positions(ACCOUNT, no_cache=True).data, list)


@call("positions_by_conid")
def _positions_by_conid(peer: Peer) -> None:
    assert peer.client.positions_by_conid(ACCOUNT, peer.steps["held"]).data


@call("position_and_contract_info")
def _position_and_contract_info(peer: Peer) -> None:
    assert ACCOUNT in peer.client.position_and_contract_info(peer.steps["held"]).data


@call("invalidate_backend_portfolio_cache")
def _invalidate(peer: Peer) -> None:
    assert peer.client.invalidate_backend_portfolio_cache(ACCOUNT).data is not None


@call("account_performance")
def _performance(peer: Peer) -> None:
    assert peer.client.account_performance([ACCOUNT], "1M").data["nav"]["freq"] == "D"


@call("all_periods")
def _all_periods(peer: Peer) -> None:
    assert peer.client.all_periods([ACCOUNT]).data["included"] == [ACCOUNT]


@call("portfolio_account_allocations", departs="sends GET /portfolio/allocation with acctIds "
      "in the query; the documentation has only POST with a JSON body, so GET is not allowed")
def _allocations(peer: Peer) -> None:
    error = refused(lambda: peer.client.portfolio_account_allocations([ACCOUNT]))
    assert error.status_code == 405


@call("transaction_history")
def _transactions(peer: Peer) -> None:
    # ibind sends conids as strings, as the recording POST_pa_transactions__1's client did.
    answer = peer.client.transaction_history([ACCOUNT], [AAPL], "USD", days=90).data
    assert answer["id"] == "getTransactions" and answer["currency"] == "USD"


# --------------------------------------------------------------------------------- contracts


@call("search_contract_by_symbol")
def _search(peer: Peer) -> None:
    assert str(peer.client.search_contract_by_symbol("AAPL").data[0]["conid"]) == AAPL


@call("search_contract_by_symbol(name=True)")
def _search_by_name(peer: Peer) -> None:
    found = peer.client.search_contract_by_symbol("APPLE", name=True).data
    assert str(found[0]["conid"]) == AAPL


@call("contract_information_by_conid")
def _contract_info(peer: Peer) -> None:
    assert peer.client.contract_information_by_conid(AAPL).data["symbol"] == "AAPL"


@call("info_and_rules_by_conid")
def _info_and_rules(peer: Peer) -> None:
    answer = peer.client.info_and_rules_by_conid(AAPL, is_buy=True).data
    assert "rules" in answer


@call("search_contract_rules")
def _contract_rules(peer: Peer) -> None:
    assert ACCOUNT in peer.client.search_contract_rules(AAPL, is_buy=True).data["canTradeAcctIds"]


@call("algo_params_by_conid")
def _algos(peer: Peer) -> None:
    assert "algos" in peer.client.algo_params_by_conid(AAPL).data


@call("all_conids_by_exchange")
def _all_conids(peer: Peer) -> None:
    found = peer.client.all_conids_by_exchange("NASDAQ").data
    assert {"ticker": "AAPL", "conid": int(AAPL), "exchange": "NASDAQ"} in found


@call("search_bond_filter_information")
def _bond_filters(peer: Peer) -> None:
    bond = next(i for i in peer.server.world.catalogue if i.sec_type == "BOND")
    issuer = f"e{bond.conid % 10_000_000:07d}"  # the mock's issuer ids (contract_details.py)
    assert peer.client.search_bond_filter_information("BOND", issuer).data["bondFilters"]


@call("security_definition_by_conid")
def _secdef(peer: Peer) -> None:
    found = peer.client.security_definition_by_conid([AAPL, IBM]).data["secdef"]
    assert {str(entry["conid"]) for entry in found} == {AAPL, IBM}


@call("security_stocks_by_symbol")
def _stocks(peer: Peer) -> None:
    answer = peer.client.security_stocks_by_symbol("AAPL", default_filtering=False).data
    assert [entry["name"] for entry in answer["AAPL"]] == [
        "APPLE INC", "LS 1X AAPL", "APPLE INC-CDR"]  # as the recording GET_trsrv_stocks__1


@call("stock_conid_by_symbol")
def _stock_conids(peer: Peer) -> None:
    answer = peer.client.stock_conid_by_symbol(["AAPL", "GOOG", "AMZN"]).data
    assert answer == {"AAPL": 265598, "GOOG": 208813720, "AMZN": 3691937}


@call("search_contract_by_symbol(SPX)")
def _search_spx(peer: Peer) -> None:
    # "For all instruments, /iserver/secdef/search must be called first" (the documentation).
    assert SPX in [str(c["conid"]) for c in peer.client.search_contract_by_symbol("SPX").data]


@call("search_strikes_by_conid")
def _strikes(peer: Peer) -> None:
    strikes = peer.client.search_strikes_by_conid(SPX, "OPT", "DEC26").data
    assert strikes["call"] and strikes["put"]
    peer.steps["spx_strike"] = strikes["call"][len(strikes["call"]) // 2]


@call("search_secdef_info_by_conid")
def _secdef_info(peer: Peer) -> None:
    options = peer.client.search_secdef_info_by_conid(
        SPX, "OPT", "DEC26", strike=str(peer.steps["spx_strike"]), right="C").data
    assert options and all(o["right"] == "C" for o in options)


@call("security_future_by_symbol")
def _futures(peer: Peer) -> None:
    assert peer.client.security_future_by_symbol("ES").data["ES"]


@call("trading_schedule_by_symbol", departs="sends no conid, which the documentation of "
      "GET /trsrv/secdef/schedule marks required")
def _schedule(peer: Peer) -> None:
    error = refused(lambda: peer.client.trading_schedule_by_symbol("STK", "AAPL"))
    assert error.status_code == 400 and "missing required parameter 'conid'" in str(error)


@call("currency_pairs")
def _currency_pairs(peer: Peer) -> None:
    assert peer.client.currency_pairs("USD").data


@call("currency_exchange_rate")
def _exchange_rate(peer: Peer) -> None:
    assert peer.client.currency_exchange_rate("EUR", "USD").data["rate"] > 0


# ------------------------------------------------------------------------------- market data


@call("live_marketdata_snapshot (pre-flight)")
def _snapshot_preflight(peer: Peer) -> None:
    first = peer.client.live_marketdata_snapshot([AAPL, IBM], ["31", "84", "86"]).data
    assert {str(entry["conid"]) for entry in first} == {AAPL, IBM}
    assert all("31" not in entry for entry in first)  # the pre-flight answers no fields yet


@call("live_marketdata_snapshot")
def _snapshot(peer: Peer) -> None:
    second = peer.client.live_marketdata_snapshot([AAPL, IBM], ["31", "84", "86"]).data
    assert all("31" in entry for entry in second)
    if peer.oauth:  # ibind signs without the query, the URL it reached, Host: api.ibkr.com
        form = peer.server.requests.signature_forms("get_market_data_snapshot")[-1]
        assert form == f"no_query@{peer.base_url}/iserver/marketdata/snapshot"


@call("live_marketdata_snapshot_by_symbol")
def _snapshot_by_symbol(peer: Peer) -> None:
    answer = peer.client.live_marketdata_snapshot_by_symbol(["AAPL"], ["31"])
    assert "AAPL" in answer


@call("marketdata_history_by_conid")
def _history(peer: Peer) -> None:
    # outsideRth=True, as requests writes a bool: the real server accepts it.
    answer = peer.client.marketdata_history_by_conid(AAPL, "1h", period="1d",
                                                     outside_rth=True).data
    assert answer["data"] and answer["symbol"] == "AAPL"


@call("marketdata_history_by_symbol")
def _history_by_symbol(peer: Peer) -> None:
    answer = peer.client.marketdata_history_by_symbol("AAPL", "1d", "1h").data
    assert answer["symbol"] == "AAPL" and answer["data"]


@call("historical_marketdata_beta")
def _hmds_history(peer: Peer) -> None:
    """The first /hmds/history of a session answers 404 while HMDS warms up, as IBKR's does."""
    warming = refused(lambda: peer.client.historical_marketdata_beta(AAPL, "1d", "30min"))
    answer = peer.client.historical_marketdata_beta(AAPL, "1d", "30min").data
    assert warming.status_code == 404 and answer["data"]


@call("regulatory_snapshot")
def _regulatory_snapshot(peer: Peer) -> None:
    assert str(peer.client.regulatory_snapshot(AAPL).data["conid"]) == AAPL


@call("marketdata_history_by_conids")
def _history_by_conids(peer: Peer) -> None:
    answer = peer.client.marketdata_history_by_conids([AAPL, IBM], period="1d", bar="1h",
                                                      raise_on_error=True)
    assert set(answer) == {AAPL, IBM} and all(answer.values())


@call("marketdata_history_by_symbols")
def _history_by_symbols(peer: Peer) -> None:
    answer = peer.client.marketdata_history_by_symbols(
        [StockQuery("AAPL"), StockQuery("GOOG")], period="1d", bar="1h", raise_on_error=True)
    assert set(answer) == {"AAPL", "GOOG"} and all(answer.values())


@call("marketdata_unsubscribe")
def _unsubscribe(peer: Peer) -> None:
    answers = peer.client.marketdata_unsubscribe([AAPL])
    assert {conid: answer.data for conid, answer in answers.items()} == {AAPL: {"success": True}}


@call("marketdata_unsubscribe_all")
def _unsubscribe_all(peer: Peer) -> None:
    assert peer.client.marketdata_unsubscribe_all().data == {"unsubscribed": True}


# ----------------------------------------------------------------------------------- scanner


@call("scanner_parameters")
def _scanner_parameters(peer: Peer) -> None:
    assert peer.client.scanner_parameters().data["scan_type_list"]


@call("market_scanner")
def _scanner(peer: Peer) -> None:
    answer = peer.client.market_scanner("STK", "TOP_PERC_GAIN", "STK.US.MAJOR").data
    assert answer["contracts"]


@call("hmds_scanner_parameters")
def _hmds_parameters(peer: Peer) -> None:
    assert peer.client.hmds_scanner_parameters().data


@call("hmds_market_scanner", departs="sends 'location' and 'filter' where the documentation "
      "of POST /hmds/scanner/run names 'locations' and 'filters'")
def _hmds_scanner(peer: Peer) -> None:
    error = refused(lambda: peer.client.hmds_market_scanner(
        "BOND", "BOND.US", "HIGH_BOND_ASK_YIELD_ALL", "BOND", []))
    assert error.status_code == 400 and "'location' were unexpected" in str(error)


# ------------------------------------------------ alerts (ibind has no alert methods: get/post)


def alert_body(name: str) -> dict[str, Any]:
    return {"alertName": name, "alertMessage": f"{name} fired", "alertRepeatable": 0,
            "outsideRth": 0, "tif": "GTC", "conditions": [
                {"conidex": f"{AAPL}@SMART", "logicBind": "n", "operator": ">=",
                 "triggerMethod": "0", "type": 1, "value": "500"}]}


@call("post(alert)")
def _create_alert(peer: Peer) -> None:
    answer = peer.client.post(f"iserver/account/{ACCOUNT}/alert", alert_body("peer")).data
    assert answer["success"] is True
    peer.steps["alert"] = answer["order_id"]  # the alert's id, as the documentation says


@call("get(alerts)")
def _alerts(peer: Peer) -> None:
    alerts = peer.client.get(f"iserver/account/{ACCOUNT}/alerts").data
    assert "peer" in [a["alert_name"] for a in alerts]


@call("delete(alert)")
def _delete_alert(peer: Peer) -> None:
    answer = peer.client.delete(f"iserver/account/{ACCOUNT}/alert/{peer.steps['alert']}").data
    assert answer["success"] is True


# -------------------------------------------------------------------------------- watchlists


@call("create_watchlist")
def _create_watchlist(peer: Peer) -> None:
    rows = [{"C": int(AAPL)}, {"H": ""}, {"C": int(IBM)}]
    assert peer.client.create_watchlist("4242", "peer list", rows).data["id"] == "4242"


@call("get_all_watchlists")
def _watchlists(peer: Peer) -> None:
    lists = peer.client.get_all_watchlists().data["data"]["user_lists"]
    assert "4242" in [str(entry["id"]) for entry in lists]


@call("get_watchlist_information")
def _watchlist(peer: Peer) -> None:
    assert peer.client.get_watchlist_information("4242").data["name"] == "peer list"


@call("delete_watchlist", departs="sends the id in a JSON body; IBKR documents it as the "
      "query parameter id, and answers a DELETE without it 400")
def _delete_watchlist(peer: Peer) -> None:
    error = refused(lambda: peer.client.delete_watchlist("4242"))
    assert error.status_code == 400 and "'id'" in str(error)
    assert peer.client.get_watchlist_information("4242").data["name"] == "peer list"


# ------------------------------------------------------------------------------------ orders


def limit_order(price: float, quantity: float = 1) -> OrderRequest:
    return OrderRequest(conid=int(AAPL), side="BUY", quantity=quantity, order_type="LMT",
                        acct_id=ACCOUNT, price=price, tif="DAY", coid=None)


def below_market(peer: Peer, fraction: float = 0.9) -> float:
    """A limit price under AAPL's last price (the snapshot's field 31, "C" when closed)."""
    for _ in range(2):  # the first snapshot after unsubscribing is a pre-flight again
        quote = peer.client.live_marketdata_snapshot([AAPL], ["31"]).data[0]
    return round(float(str(quote["31"]).lstrip("C")) * fraction, 2)


@call("whatif_order")
def _whatif(peer: Peer) -> None:
    answer = peer.client.whatif_order(limit_order(below_market(peer)), ACCOUNT).data
    assert "amount" in answer and "equity" in answer


@call("place_order")
def _place(peer: Peer) -> None:
    answer = peer.client.place_order(limit_order(below_market(peer)), ANSWERS, ACCOUNT).data
    assert answer["order_status"] in ("PreSubmitted", "Submitted")
    peer.steps["order"] = str(answer["order_id"])


@call("order_status")
def _order_status(peer: Peer) -> None:
    status = peer.client.order_status(peer.steps["order"]).data
    assert str(status["order_id"]) == peer.steps["order"] and status["side"] == "B"


@call("live_orders")
def _live_orders(peer: Peer) -> None:
    orders = peer.client.live_orders(account_id=ACCOUNT).data["orders"]
    assert peer.steps["order"] in [str(o["orderId"]) for o in orders]


@call("live_orders(force=True)")
def _live_orders_forced(peer: Peer) -> None:
    # force=True as requests writes it; IBKR answers a forced refresh with no orders.
    assert peer.client.live_orders(force=True, account_id=ACCOUNT).data["orders"] == []


@call("modify_order")
def _modify(peer: Peer) -> None:
    order = limit_order(below_market(peer, 0.85), quantity=2)
    answer = peer.client.modify_order(peer.steps["order"], order, ANSWERS, ACCOUNT).data
    assert str(answer["order_id"]) == peer.steps["order"]
    assert float(peer.client.order_status(peer.steps["order"]).data["total_size"]) == 2


@call("cancel_order")
def _cancel(peer: Peer) -> None:
    answer = peer.client.cancel_order(peer.steps["order"], ACCOUNT).data
    assert answer["msg"] == "Request was submitted"


@call("cancel_order(unknown)")
def _cancel_unknown(peer: Peer) -> None:
    error = refused(lambda: peer.client.cancel_order("1", ACCOUNT))
    assert error.status_code == 400 and "OrderID 1 doesn't exist" in str(error)


@call("place_order(market)")
def _place_market(peer: Peer) -> None:
    order = OrderRequest(conid=int(AAPL), side="BUY", quantity=1, order_type="MKT",
                         acct_id=ACCOUNT, tif="DAY")
    answer = peer.client.place_order(order, ANSWERS, ACCOUNT).data  # through o10153
    peer.steps["market_order"] = str(answer["order_id"])
    peer.steps["market_order_placed_ms"] = int(time.time() * 1000) - 1000


@call("trades")
def _trades(peer: Peer) -> None:
    """The market order fills within a second of the mock's (real) clock; its execution is
    then among the trades."""
    def ours(trades: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return [t for t in trades if t["symbol"] == "AAPL" and t["side"] == "B"
                and t["trade_time_r"] >= peer.steps["market_order_placed_ms"]]

    deadline = time.monotonic() + WS_WAIT
    trades = peer.client.trades(days="1", account_id=ACCOUNT).data
    while not ours(trades) and time.monotonic() < deadline:
        time.sleep(0.2)
        trades = peer.client.trades(days="1", account_id=ACCOUNT).data
    assert [float(t["size"]) for t in ours(trades)] == [1.0]


@call("suppress_messages")
def _suppress(peer: Peer) -> None:
    assert peer.client.suppress_messages(["o163"]).data == {"status": "submitted"}


@call("reset_suppressed_messages")
def _reset_suppressed(peer: Peer) -> None:
    assert peer.client.reset_suppressed_messages().data == {"status": "submitted"}


# ----------------------------------------------------- FYIs (ibind has no FYI methods: get)


@call("get(fyi/unreadnumber)")
def _fyi_unread(peer: Peer) -> None:
    assert peer.client.get("fyi/unreadnumber").data["BN"] >= 0


@call("get(fyi/settings)")
def _fyi_settings(peer: Peer) -> None:
    assert [entry["FC"] for entry in peer.client.get("fyi/settings").data]


@call("get(fyi/notifications)")
def _fyi_notifications(peer: Peer) -> None:
    notifications = peer.client.get("fyi/notifications", {"max": 5}).data
    assert isinstance(notifications, list) and len(notifications) <= 5


# --------------------------------------------------------------------------------- websocket


@call("IbkrWsClient.start")
def _ws_start(peer: Peer) -> None:
    sink = QueueSink()
    websocket = IbkrWsClient(
        account_id=ACCOUNT, url=peer.ws_url, ibkr_client=peer.client, use_oauth=peer.oauth,
        access_token=peer.access_token, cacert=str(peer.certificate or False) if
        peer.certificate else False, sink=sink, synchronous_output_events=True)
    peer.steps["ws"], peer.steps["sink"] = websocket, sink
    assert websocket.start() is True


def subscribed(peer: Peer, subscription: Any, event: type) -> Any:
    handle = peer.steps["ws"].subscribe(subscription)
    assert handle.wait(WS_WAIT), f"{subscription} not confirmed: {handle.status}"
    return peer.steps["sink"].new_queue_accessor(event).get(block=True, timeout=WS_WAIT)


@call("IbkrWsClient.subscribe(smd)")
def _smd(peer: Peer) -> None:
    tick = subscribed(peer, MarketDataSubscription(conid=AAPL, fields=["31", "84"]), MarketData)
    # Outside trading hours (by the clock the test runs at) IBKR marks the last price as the
    # previous close with a "C" prefix ("C206.35"): read it as the documentation says.
    last = parse_value(tick.data["last_price"]).number
    assert tick.conid == AAPL and last is not None and last > 0


@call("IbkrWsClient.subscribe(sor)")
def _sor(peer: Peer) -> None:
    """Subscribed first; an order then placed through ibind arrives as an update."""
    handle = peer.steps["ws"].subscribe(OrdersSubscription())
    assert handle.wait(WS_WAIT), f"sor not confirmed: {handle.status}"
    placed = str(peer.client.place_order(limit_order(below_market(peer)), ANSWERS,
                                         ACCOUNT).data["order_id"])
    updates = peer.steps["sink"].new_queue_accessor(Orders)
    seen: list[str] = []
    while placed not in seen:
        update = updates.get(block=True, timeout=WS_WAIT)
        assert update is not None, f"no sor update for order {placed}"
        seen += [str(order["orderId"]) for order in update.data["args"]]
    peer.client.cancel_order(placed, ACCOUNT)


@call("IbkrWsClient.subscribe(ssd)")
def _ssd(peer: Peer) -> None:
    summary = subscribed(peer, AccountSummarySubscription(account_id=ACCOUNT), AccountSummary)
    assert summary.account_id == ACCOUNT  # routed by the AccountCode entry


@call("set_dynamic_account")
def _set_dynamic(peer: Peer) -> None:
    assert peer.client.set_dynamic_account("U7654301").data == {"set": True,
                                                               "acctId": "U7654301"}


@call("check_auth_status")
def _check_auth_status(peer: Peer) -> None:
    assert peer.client.check_auth_status() is True


# ------------------------------------------------------------------ logging out and back in


@call("logout")
def _logout(peer: Peer) -> None:
    assert peer.client.logout().data == {"status": True}
    assert refused(lambda: peer.client.receive_brokerage_accounts()).status_code == 401


@call("initialize_brokerage_session (after logout)")
def _back_in(peer: Peer) -> None:
    assert peer.client.initialize_brokerage_session().data["authenticated"] is True
    assert ACCOUNT in peer.client.receive_brokerage_accounts().data["accounts"]


# ------------------------------------------------------------------------------------ tests
# (after the steps: parametrizing reads STEPS)


@pytest.fixture(scope="module", params=SETUPS)
def peer(request: pytest.FixtureRequest) -> Iterator[Peer]:
    with served_peer(request.param) as served:
        yield served
        websocket = served.steps.get("ws")
        if websocket is not None:
            # websocket-client notices its own close only at its next select timeout (~10 s,
            # against any server), and ibind waits 5 s for it: stop it without waiting.
            threading.Thread(target=websocket.shutdown, daemon=True).start()


@pytest.mark.parametrize("name", [name for name, _ in STEPS])
def test_ibind_call(peer: Peer, name: str) -> None:
    dict(STEPS)[name](peer)


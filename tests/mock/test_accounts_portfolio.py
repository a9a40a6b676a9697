"""Accounts, portfolio and Portfolio Analyst through the generated client: the figures agree
with each other and move with fills."""

from __future__ import annotations

from typing import Any

import pytest

from ibkr_client import Client
from ibkr_client.api.accounts import (
    get_account_pnl,
    get_account_summary,
    get_brokerage_accounts,
    switch_account,
)
from ibkr_client.api.order_monitoring import get_live_orders, get_trades
from ibkr_client.api.portfolio import (
    get_portfolio_ledger,
    get_portfolio_position_by_conid,
    get_portfolio_positions,
    get_portfolio_subaccounts,
    get_portfolio_summary,
)
from ibkr_client.api.portfolio_analyst import (
    get_account_performance,
    get_account_performance_all_periods,
    get_transaction_history,
)
from ibkr_client.models import (
    PaAllPeriodsRequest,
    PaPerformanceRequest,
    PaTransactionsRequest,
    SwitchAccountRequest,
)
from ibkr_webapi.mock.app import MockServer
from ibkr_webapi.mock.config import ManualClock
from trading_support import (  # noqa: F401 - fixtures, used by name
    AAPL,
    INDIVIDUAL,
    client_fixture,
    clock_fixture,
    known,
    order,
    place_confirmed,
    server_fixture,
)

IBM = 8314


def as_dict(value: Any) -> dict[str, Any]:
    assert hasattr(value, "to_dict"), value
    result: dict[str, Any] = value.to_dict()
    return result


def ledger(client: Client, account: str = INDIVIDUAL) -> dict[str, Any]:
    return as_dict(get_portfolio_ledger.sync(account, client=client))


def aapl_position(client: Client) -> float:
    rows = get_portfolio_position_by_conid.sync(INDIVIDUAL, AAPL, client=client)
    assert isinstance(rows, list) and len(rows) == 1
    return known(rows[0].position)


def test_the_login_sees_an_individual_and_an_advisor_structure(client: Client) -> None:
    accounts = as_dict(get_brokerage_accounts.sync(client=client))
    assert accounts["accounts"] == ["U1234567", "F7654321", "U7654301", "U7654302", "U7654303"]
    assert accounts["selectedAccount"] == INDIVIDUAL
    assert accounts["acctProps"]["F7654321"]["hasChildAccounts"] is True
    subaccounts = get_portfolio_subaccounts.sync(client=client)
    assert isinstance(subaccounts, list)
    assert [s.account_id for s in subaccounts] == ["U7654301", "U7654302", "U7654303"]


def test_switching_accounts_scopes_trades(client: Client) -> None:
    first = as_dict(switch_account.sync(client=client,
                                        body=SwitchAccountRequest(acct_id="U7654301")))
    assert first == {"set": True, "acctId": "U7654301"}
    again = as_dict(switch_account.sync(client=client,
                                        body=SwitchAccountRequest(acct_id="U7654301")))
    assert again == {"success": "Account already set"}
    trades = get_trades.sync(client=client, days=7)
    assert isinstance(trades, list)
    assert {t.account for t in trades} <= {"U7654301"}


def test_a_fill_moves_position_cash_and_trades(
        server: MockServer, client: Client, clock: ManualClock) -> None:
    held, cash = aapl_position(client), ledger(client)["USD"]["cashbalance"]
    place_confirmed(client, order(order_type="MKT", quantity=10))
    clock.advance(3)
    trades = get_trades.sync(client=client)
    assert isinstance(trades, list) and trades[0].conid == AAPL and trades[0].size == 10
    price, fee = float(known(trades[0].price)), float(known(trades[0].commission))
    assert aapl_position(client) == held + 10
    assert ledger(client)["USD"]["cashbalance"] == pytest.approx(cash - 10 * price - fee)
    assert trades[0].position == f"{held + 10:g}"


def test_ledger_summary_and_pnl_agree(client: Client) -> None:
    base = ledger(client)["BASE"]
    summary = as_dict(get_portfolio_summary.sync(INDIVIDUAL, client=client))
    pnl = as_dict(get_account_pnl.sync(client=client))["upnl"][f"{INDIVIDUAL}.Core"]
    account = as_dict(get_account_summary.sync(INDIVIDUAL, client=client))
    net = base["netliquidationvalue"]
    assert summary["netliquidation"]["amount"] == pytest.approx(net, abs=0.01)
    assert pnl["nl"] == pytest.approx(net, abs=0.01)
    assert account["netLiquidationValue"] == pytest.approx(net, abs=0.01)
    assert pnl["upl"] == pytest.approx(base["unrealizedpnl"], abs=0.01)
    currencies = ledger(client)
    assert net == pytest.approx(sum(c["netliquidationvalue"] * c["exchangerate"]
                                    for k, c in currencies.items() if k != "BASE"), abs=0.05)


def test_positions_page_and_sort(client: Client) -> None:
    rows = get_portfolio_positions.sync(INDIVIDUAL, 0, client=client, sort="mktValue")
    assert isinstance(rows, list) and len(rows) >= 4
    values = [known(r.mkt_value) for r in rows]
    assert values == sorted(values)
    assert get_portfolio_positions.sync(INDIVIDUAL, 1, client=client) == []


def test_live_orders_follow_the_selected_account(
        server: MockServer, client: Client, clock: ManualClock) -> None:
    place_confirmed(client, order(order_type="MKT", quantity=1))
    switch_account.sync(client=client, body=SwitchAccountRequest(acct_id="U7654302"))
    orders = get_live_orders.sync(client=client)
    assert orders is not None and not isinstance(orders, list)
    assert as_dict(orders)["orders"] == []


def test_performance_ends_at_todays_net_liquidation(client: Client) -> None:
    net = ledger(client)["BASE"]["netliquidationvalue"]
    body = PaPerformanceRequest.from_dict({"acctIds": [INDIVIDUAL], "period": "1M"})
    answer = as_dict(get_account_performance.sync(client=client, body=body))
    navs = answer["nav"]["data"][0]["navs"]
    assert len(navs) == len(answer["nav"]["dates"]) >= 20
    assert navs[-1] == pytest.approx(net, abs=0.01)
    returns = answer["cps"]["data"][0]["returns"]
    start = answer["nav"]["data"][0]["startNAV"]["val"]
    assert returns[-1] == pytest.approx(navs[-1] / start - 1, abs=1e-6)


def test_all_periods_and_transactions(client: Client) -> None:
    periods = as_dict(get_account_performance_all_periods.sync(
        client=client, body=PaAllPeriodsRequest.from_dict({"acctIds": [INDIVIDUAL]})))
    assert set(periods[INDIVIDUAL]["periods"]) == {"1D", "7D", "MTD", "1M", "YTD", "1Y"}
    history = as_dict(get_transaction_history.sync(client=client, body=PaTransactionsRequest(
        acct_ids=[INDIVIDUAL], conids=[IBM], currency="USD", days=60)))
    kinds = [t["type"] for t in history["transactions"]]
    assert kinds == ["Buy", "Sell"]
    realized = sum(float(r["amt"]) for r in history["rpnl"]["data"])
    assert realized == pytest.approx(float(history["rpnl"]["amt"]))
    buy, sell = history["transactions"]
    assert realized == pytest.approx(buy["amt"] + sell["amt"], abs=0.01)

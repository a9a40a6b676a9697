"""The mock's Flex report: valid against spec/flex, parsed without drift, and consistent with
the trading state it is built from."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
import xmlschema

from ibkr_client.flex.rows import CashReportCurrency, OpenPosition, Trade
from ibkr_webapi import flex
from ibkr_webapi.mock.config import ManualClock
from ibkr_webapi.mock.flex_report import build_report
from ibkr_webapi.mock.world import World, build_world
from trading_support import AAPL, INDIVIDUAL, START, known, order

XSD = Path(__file__).resolve().parents[2] / "spec" / "flex" / "flex.xsd"


@pytest.fixture(scope="module")
def schema() -> xmlschema.XMLSchema11:
    return xmlschema.XMLSchema11(str(XSD))


@pytest.fixture
def world() -> World:
    clock = ManualClock(START)
    world = build_world(seed=5, clock=clock)
    answer = world.trading.place(INDIVIDUAL, [order(order_type="MKT", quantity=7)])
    while "id" in answer[0]:
        answer = world.trading.reply(answer[0]["id"], True)
    clock.advance(5)
    world.trading.advance()
    return world


def test_the_report_validates_against_the_xsd(schema: xmlschema.XMLSchema11,
                                              world: World) -> None:
    schema.validate(build_report(world).decode())


def test_the_report_parses_without_drift(world: World) -> None:
    report = flex.parse(build_report(world))
    assert not report.drift, report.drift.summary()
    assert [known(s.account_information).account_id for s in report.statements] == [
        a.account_id for a in world.accounts.all]


def test_positions_trades_and_cash_match_the_trading_state(world: World) -> None:
    statement = flex.parse(build_report(world)).statements[0]
    book = world.trading.books[INDIVIDUAL]
    open_positions = [p for p in statement.open_positions if isinstance(p, OpenPosition)]
    trades = [t for t in statement.trades if isinstance(t, Trade)]
    cash = [c for c in statement.cash_report if isinstance(c, CashReportCurrency)]
    assert (len(open_positions), len(trades), len(cash)) == (
        len(statement.open_positions), len(statement.trades), len(statement.cash_report))
    positions = {p.conid: p.position for p in open_positions}
    assert positions == {str(c): Decimal(f"{p.quantity:g}") for c, p in book.positions.items()
                         if p.quantity}
    assert str(AAPL) in positions
    executions = world.trading.executions_of([INDIVIDUAL], START - 30 * 86_400)
    assert [t.ib_exec_id for t in trades] == [e.execution_id for e in executions]
    usd = next(c for c in cash if c.currency == "USD")
    ending = known(usd.ending_cash)
    assert ending == Decimal(str(round(book.cash["USD"], 2)))
    moved = sum(known(flow) for flow in (
        usd.net_trades_sales, usd.net_trades_purchases, usd.commissions, usd.realized_vm,
        usd.other, usd.deposit_withdrawals))
    assert known(usd.starting_cash) + moved == pytest.approx(ending, abs=Decimal("0.05"))

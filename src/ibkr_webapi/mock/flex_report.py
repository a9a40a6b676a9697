"""The Flex report the mock's Flex Web Service returns: the world's accounts as a Flex query.

One FlexStatement per account over the last `PERIOD_DAYS` days, with the sections an
activity query usually holds: AccountInformation, CashReport (per currency and the base
summary), OpenPositions and Trades. Every figure comes from the trading state, so the
report agrees with the REST endpoints: open positions are the current positions, trades
are the executions, and each currency's cash moves from starting to ending cash by the
trades, commissions and variation margin of the period.

>>> from ibkr_webapi import flex
>>> from ibkr_webapi.mock.world import build_world
>>> report = flex.parse(build_report(build_world(seed=0, clock=lambda: 1_760_022_000.0)))
>>> [s.account_information.account_id for s in report.statements][:2]
['U1234567', 'F7654321']
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from collections.abc import Mapping
from xml.etree import ElementTree

from ibkr_webapi.mock.world import World
from ibkr_webapi.mock.world.accounts import Account
from ibkr_webapi.mock.world.book import forex_currencies
from ibkr_webapi.mock.world.catalogue import Instrument
from ibkr_webapi.mock.world.costs import usd_per_unit
from ibkr_webapi.mock.world.orders import Execution
from ibkr_webapi.mock.world.valuation import AccountValue, MarkedPosition

PERIOD_DAYS = 30
QUERY_NAME = "Mock activity"
ACCOUNT_TYPES = {"INDIVIDUAL": "Individual", "ADVISOR": "Advisor", "SUBACCOUNT": "Advisor Client"}
CASH_FLOWS = ("netTradesSales", "netTradesPurchases", "commissions", "realizedVm", "other")


def _day(epoch: float) -> str:
    return datetime.datetime.fromtimestamp(epoch, datetime.UTC).strftime("%Y%m%d")


def _moment(epoch: float) -> str:
    return datetime.datetime.fromtimestamp(epoch, datetime.UTC).strftime("%Y%m%d;%H%M%S")


def _number(value: float) -> str:
    """A decimal without exponent or trailing zeros: 961778.45, 100, -0.5."""
    text = f"{value:.6f}".rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


def _row(tag: str, **attributes: str) -> ElementTree.Element:
    return ElementTree.Element(tag, attributes)


def build_report(world: World) -> bytes:
    """The FlexQueryResponse XML of every account, as of the world's clock."""
    now = world.clock()
    since = now - PERIOD_DAYS * 86_400
    root = ElementTree.Element("FlexQueryResponse", queryName=QUERY_NAME, type="AF")
    statements = ElementTree.SubElement(root, "FlexStatements",
                                        count=str(len(world.accounts.all)))
    for account in world.accounts.all:
        statement = ElementTree.SubElement(
            statements, "FlexStatement", accountId=account.account_id, fromDate=_day(since),
            toDate=_day(now), period=f"Last{PERIOD_DAYS}CalendarDays",
            whenGenerated=_moment(now))
        value = world.trading.value_of_own(account.account_id)
        executions = world.trading.executions_of([account.account_id], since)
        statement.append(_account_information(account, world))
        statement.append(_cash_report(account, value, executions, world, since, now))
        statement.append(_open_positions(account, value, now))
        statement.append(_trades(account, executions, world))
    document: bytes = ElementTree.tostring(root, encoding="utf-8", xml_declaration=True)
    return document


def _account_information(account: Account, world: World) -> ElementTree.Element:
    advisor = world.accounts.advisor
    return _row(
        "AccountInformation", accountId=account.account_id, acctAlias="", currency="USD",
        name=account.title, accountType=ACCOUNT_TYPES[account.kind], customerType="Individual",
        dateOpened=_day(account.opened_ms / 1000), ibEntity="IBLLC-US",
        masterName=advisor.title if account.parent else "")


def _cash_flows(executions: list[Execution], world: World) -> dict[str, dict[str, float]]:
    """Per currency, how the period's executions moved cash (each flow as Flex names it)."""
    flows: dict[str, dict[str, float]] = defaultdict(lambda: dict.fromkeys(CASH_FLOWS, 0.0))
    for e in executions:
        instrument = world.catalogue.get(e.conid)
        if instrument.sec_type == "CASH":
            bought, paid = forex_currencies(instrument)
            flows[bought]["other"] += e.signed_quantity
            flows[paid]["other"] -= e.signed_quantity * e.price
            flows[paid]["commissions"] -= e.commission
            continue
        currency = flows[instrument.currency]
        currency["commissions"] -= e.commission
        if instrument.sec_type == "FUT":
            currency["realizedVm"] += e.realized_pnl
        elif e.side == "BUY":
            currency["netTradesPurchases"] -= e.net_amount
        else:
            currency["netTradesSales"] += e.net_amount
    return flows


def _cash_report(account: Account, value: AccountValue, executions: list[Execution],
                 world: World, since: float, now: float) -> ElementTree.Element:
    section = ElementTree.Element("CashReport")
    flows = _cash_flows(executions, world)
    base: dict[str, float] = defaultdict(float)
    for code, entry in sorted(value.currencies.items()):
        moved = flows[code]
        rate = usd_per_unit(code, world.trading.price)
        figures = {"startingCash": entry.cash - sum(moved.values()), **moved,
                   "depositWithdrawals": 0.0, "endingCash": entry.cash,
                   "endingSettledCash": entry.cash}
        for name, amount in figures.items():
            base[name] += amount * rate
        section.append(_cash_row(account, code, "Currency", figures, since, now))
    section.insert(0, _cash_row(account, "BASE_SUMMARY", "BaseCurrency", base, since, now))
    return section


def _cash_row(account: Account, currency: str, level: str, figures: dict[str, float],
              since: float, now: float) -> ElementTree.Element:
    return _row(
        "CashReportCurrency", accountId=account.account_id, acctAlias="", currency=currency,
        levelOfDetail=level, fromDate=_day(since), toDate=_day(now),
        **{name: _number(round(amount, 2)) for name, amount in figures.items()})


def _open_positions(account: Account, value: AccountValue, now: float) -> ElementTree.Element:
    section = ElementTree.Element("OpenPositions")
    for mark in value.positions:
        section.append(_open_position(account, mark, value, now))
    return section


def _contract(i: Instrument) -> Mapping[str, str]:
    derivative = i.sec_type in ("OPT", "FUT", "EC")
    return {"currency": i.currency, "assetCategory": "OPT" if i.sec_type == "EC" else i.sec_type,
            "symbol": i.symbol, "description": i.description, "conid": str(i.conid),
            "listingExchange": i.listing_exchange or i.exchange,
            "underlyingConid": str(i.underlying) if i.underlying else "",
            "multiplier": _number(i.multiplier), "strike": _number(i.strike) if derivative else "",
            "expiry": i.maturity if derivative else "", "putCall": i.right}


def _open_position(account: Account, mark: MarkedPosition, value: AccountValue,
                   now: float) -> ElementTree.Element:
    position = mark.position
    rate = value.rate(mark.instrument.currency)
    cost = position.quantity * position.average_price * mark.instrument.multiplier
    share = mark.market_value * rate / value.net_liquidation * 100 if value.net_liquidation \
        else 0.0
    return _row(
        "OpenPosition", accountId=account.account_id, acctAlias="", fxRateToBase=_number(rate),
        **_contract(mark.instrument), reportDate=_day(now), position=_number(position.quantity),
        markPrice=_number(mark.price), positionValue=_number(round(mark.market_value, 2)),
        openPrice=_number(position.average_price), costBasisPrice=_number(position.average_price),
        costBasisMoney=_number(round(cost, 2)), percentOfNAV=_number(round(share, 2)),
        fifoPnlUnrealized=_number(round(mark.unrealized_pnl, 2)),
        side="Long" if position.quantity > 0 else "Short", levelOfDetail="SUMMARY")


def _trades(account: Account, executions: list[Execution], world: World) -> ElementTree.Element:
    section = ElementTree.Element("Trades")
    for e in executions:
        instrument = world.catalogue.get(e.conid)
        order = world.trading.orders.get(e.order_id)
        proceeds = -e.signed_quantity * e.price * e.multiplier
        closing = e.realized_pnl != 0
        section.append(_row(
            "Trade", accountId=account.account_id, acctAlias="",
            fxRateToBase=_number(usd_per_unit(instrument.currency, world.trading.price)),
            **_contract(instrument), tradeID=e.execution_id.split(".")[0],
            reportDate=_day(e.time), tradeDate=_day(e.time), tradeTime=_moment(e.time)[9:],
            dateTime=_moment(e.time), settleDateTarget=_day(e.time + 86_400),
            transactionType="ExchTrade", exchange=instrument.exchange,
            quantity=_number(e.signed_quantity), tradePrice=_number(e.price),
            tradeMoney=_number(round(-proceeds, 2)), proceeds=_number(round(proceeds, 2)),
            taxes="0", ibCommission=_number(-e.commission), ibCommissionCurrency=(
                instrument.currency),
            netCash=_number(round(proceeds - e.commission, 2)),
            openCloseIndicator="C" if closing else "O",
            fifoPnlRealized=_number(round(e.realized_pnl, 2)), buySell=e.side,
            ibOrderID=str(e.order_id), ibExecID=e.execution_id, orderReference=e.order_ref,
            orderType=order.ticket.order_type if order else "LMT",
            orderTime=_moment(order.placed_at if order else e.time),
            levelOfDetail="EXECUTION"))
    return section

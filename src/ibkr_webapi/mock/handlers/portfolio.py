"""Handlers of the `portfolio` operations: accounts, positions, ledger, summary, allocation.

Positions and balances are the trading books marked to market at the current price, so
every endpoint agrees with the others and with the fills that built them.

>>> from ibkr_webapi.mock.world import build_world
>>> from ibkr_webapi.spec import operation
>>> world = build_world(seed=0, clock=lambda: 1_760_000_000.0)
>>> call = Call(operation("get_portfolio_ledger"), {"accountId": "U1234567"}, {}, None, {},
...             world)
>>> sorted(HANDLERS["get_portfolio_ledger"](call).body)
['BASE', 'EUR', 'USD']
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ibkr_webapi.mock.handler_api import ApiError, Call, Registry, Reply
from ibkr_webapi.mock.handlers.accounts import account_of, body_field
from ibkr_webapi.mock.world.accounts import Account
from ibkr_webapi.mock.world.profiles import profile
from ibkr_webapi.mock.world.trading_views import portfolio_position, realtime_position
from ibkr_webapi.mock.world.valuation import AccountValue, CurrencyValue, MarkedPosition

PAGE_SIZE = 100
SUBACCOUNT_PAGE_SIZE = 20
LEDGER_ZEROES = ("commoditymarketvalue", "warrantsmarketvalue", "interest", "moneyfunds",
                 "funds", "issueroptionsmarketvalue", "futureoptionmarketvalue",
                 "cashbalancefxsegment", "tbillsmarketvalue", "dividends",
                 "corporatebondsmarketvalue")
SORT_KEYS = {"position": "position", "mktValue": "mktValue", "unrealizedPnl": "unrealizedPnl",
             "realizedPnl": "realizedPnl", "name": "contractDesc", "contractDesc": "contractDesc",
             "conid": "conid", "mktPrice": "mktPrice", "avgCost": "avgCost"}


def account_record(account: Account) -> dict[str, Any]:
    """An account as /portfolio/accounts, /portfolio/subaccounts and meta describe it."""
    return {
        "id": account.account_id, "PrepaidCrypto-Z": False, "PrepaidCrypto-P": False,
        "brokerageAccess": True, "accountId": account.account_id,
        "accountVan": account.account_id, "accountTitle": account.title,
        "displayName": account.title, "accountAlias": None,
        "accountStatus": account.opened_ms, "currency": account.currency,
        "type": "INDIVIDUAL" if not account.is_advisor else "ADVISOR",
        "tradingType": "STKNOPT", "businessType": "INDEPENDENT", "category": "",
        "ibEntity": "IBLLC-US", "faclient": account.kind == "SUBACCOUNT",
        "clearingStatus": "O", "covestor": False, "noClientTrading": False,
        "trackVirtualFXPortfolio": False, "acctCustType": "INDIVIDUAL",
        "parent": {"mmc": [], "accountId": account.parent, "isMParent": account.is_advisor,
                   "isMChild": bool(account.parent), "isMultiplex": False},
        "desc": account.account_id,
    }


def get_portfolio_accounts(call: Call) -> Reply:
    return Reply([account_record(a) for a in call.world.accounts.all])


def get_portfolio_subaccounts(call: Call) -> Reply:
    return Reply([account_record(a) for a in call.world.accounts.subaccounts()])


def get_portfolio_subaccounts_page(call: Call) -> Reply:
    page = int(call.param("page") or 0)
    everyone = call.world.accounts.subaccounts()
    chunk = everyone[page * SUBACCOUNT_PAGE_SIZE:(page + 1) * SUBACCOUNT_PAGE_SIZE]
    return Reply({"metadata": {"total": len(everyone), "pageSize": SUBACCOUNT_PAGE_SIZE,
                               "pageNum": page},
                  "subaccounts": [account_record(a) for a in chunk]})


def get_portfolio_account_meta(call: Call) -> Reply:
    return Reply(account_record(account_of(call)))


def _positions(call: Call, account: Account) -> list[dict[str, Any]]:
    marks = call.world.trading.positions(account.account_id)
    rows = [_described(portfolio_position(mark), mark) for mark in marks]
    key = SORT_KEYS.get(call.param("sort") or "", "conid")
    rows.sort(key=lambda row: row[key], reverse=call.param("direction") == "d")
    return rows


def _described(row: dict[str, Any], mark: MarkedPosition) -> dict[str, Any]:
    described = profile(mark.instrument)
    return {**row, "sector": described.sector.sector, "group": described.industry,
            "sectorGroup": described.industry}


def get_portfolio_positions(call: Call) -> Reply:
    page = int(call.param("pageId") or 0)
    rows = _positions(call, account_of(call))
    return Reply(rows[page * PAGE_SIZE:(page + 1) * PAGE_SIZE])


def get_realtime_portfolio_positions(call: Call) -> Reply:
    account = account_of(call)
    now = call.world.clock()
    return Reply([realtime_position(mark, now)
                  for mark in call.world.trading.positions(account.account_id)])


def _conid(call: Call) -> int | None:
    """The conid parameter; an unknown one simply has no positions (no error, as at IBKR)."""
    instrument = call.world.catalogue.find(call.param("conid") or "")
    return instrument.conid if instrument else None


def get_portfolio_position_by_conid(call: Call) -> Reply:
    conid = _conid(call)
    return Reply([row for row in _positions(call, account_of(call)) if row["conid"] == conid])


def get_position_and_contract_info(call: Call) -> Reply:
    conid = _conid(call)
    holders: dict[str, list[dict[str, Any]]] = {}
    for account in call.world.accounts.all:
        rows = [row for row in _positions(call, account) if row["conid"] == conid]
        if rows:
            holders[account.account_id] = rows
    return Reply(holders)


def invalidate_portfolio_positions_cache(call: Call) -> Reply:
    account_of(call)
    return Reply({"message": "success"})


def get_portfolio_combo_positions(call: Call) -> Reply:
    """Combos come only from combo (BAG) orders, which the mock does not take: always none."""
    account_of(call)
    return Reply([])


def _ledger_row(account_id: str, entry: CurrencyValue, key: str, now: float,
                rate: float) -> dict[str, Any]:
    row: dict[str, Any] = dict.fromkeys(LEDGER_ZEROES, 0.0)
    row.update({
        "currency": key, "secondkey": key, "key": "LedgerList", "acctcode": account_id,
        "exchangerate": rate, "sessionid": 1, "timestamp": int(now), "severity": 0,
        "cashbalance": round(entry.cash, 2), "settledcash": round(entry.cash, 2),
        "stockmarketvalue": round(entry.values.get("stock", 0.0), 2),
        "stockoptionmarketvalue": round(entry.values.get("options", 0.0), 2),
        "tbondsmarketvalue": round(entry.values.get("bonds", 0.0), 2),
        "futuremarketvalue": round(entry.values.get("futures", 0.0), 2),
        "futuresonlypnl": round(entry.futures_pnl, 2),
        "netliquidationvalue": round(entry.net_liquidation, 2),
        "unrealizedpnl": round(entry.unrealized_pnl, 2),
        "realizedpnl": round(entry.realized_pnl, 2),
        "cryptocurrencyvalue": 0.0,  # sent in every recording; the mock holds no crypto
    })
    return row


def _in_base(value: AccountValue) -> CurrencyValue:
    base = CurrencyValue("BASE", 1.0)
    for entry in value.currencies.values():
        base.cash += entry.cash * entry.rate
        base.unrealized_pnl += entry.unrealized_pnl * entry.rate
        base.realized_pnl += entry.realized_pnl * entry.rate
        base.futures_pnl += entry.futures_pnl * entry.rate
        for bucket, amount in entry.values.items():
            base.values[bucket] = base.values.get(bucket, 0.0) + amount * entry.rate
    return base


def get_portfolio_ledger(call: Call) -> Reply:
    account = account_of(call)
    value = call.world.trading.value(account.account_id)
    now = call.world.clock()
    ledger = {code: _ledger_row(account.account_id, entry, code, now, round(entry.rate, 6))
              for code, entry in sorted(value.currencies.items())}
    ledger[next(reversed(ledger))]["endofbundle"] = 1
    ledger["BASE"] = _ledger_row(account.account_id, _in_base(value), "BASE", now, 1)
    return Reply(ledger)


def _summary_entry(amount: float | None, now: float, value: str | None = None,
                   currency: str | None = "USD") -> dict[str, Any]:
    return {"amount": 0.0 if amount is None else round(amount, 2), "currency": currency,
            "isNull": False, "timestamp": int(now * 1000),
            "value": value if value is not None else f"{amount:.2f}", "severity": 0}


def get_portfolio_summary(call: Call) -> Reply:
    account = account_of(call)
    value = call.world.trading.value(account.account_id)
    now = call.world.clock()
    figures = {
        "netliquidation": value.net_liquidation, "totalcashvalue": value.cash,
        "settledcash": value.cash, "accruedcash": 0.0, "buyingpower": value.buying_power,
        "equitywithloanvalue": value.net_liquidation,
        "grosspositionvalue": value.gross_position_value, "initmarginreq": value.margin(),
        "maintmarginreq": value.margin(maintenance=True),
        "availablefunds": value.available_funds, "excessliquidity": value.excess_liquidity,
        "unrealizedpnl": value.unrealized_pnl, "realizedpnl": value.realized_pnl,
        "cushion": value.excess_liquidity / value.net_liquidation if value.net_liquidation
        else 0.0,
    }
    summary = {key: _summary_entry(amount, now) for key, amount in figures.items()}
    summary["accountcode"] = _summary_entry(None, now, account.account_id, None)
    summary["accountready"] = _summary_entry(None, now, "true", None)
    summary["accounttype"] = _summary_entry(None, now, account.kind, None)
    summary["daytradesremaining"] = _summary_entry(None, now, "-1", None)
    return Reply(summary)


def _allocation(call: Call, account_ids: Iterable[str]) -> dict[str, Any]:
    buckets: dict[str, dict[str, dict[str, float]]] = {
        name: {"long": {}, "short": {}} for name in ("assetClass", "sector", "group")}

    def add(bucket: str, key: str, amount: float) -> None:
        side = buckets[bucket]["long" if amount >= 0 else "short"]
        side[key] = round(side.get(key, 0.0) + amount, 2)

    for account_id in account_ids:
        value = call.world.trading.value(account_id)
        add("assetClass", "CASH", value.cash)
        for mark in value.positions:
            amount = mark.market_value * value.rate(mark.instrument.currency)
            described = profile(mark.instrument)
            add("assetClass", mark.instrument.sec_type, amount)
            add("sector", described.sector.sector, amount)
            add("group", described.industry, amount)
    return buckets


def get_portfolio_allocation(call: Call) -> Reply:
    return Reply(_allocation(call, [account_of(call).account_id]))


def get_consolidated_portfolio_allocation(call: Call) -> Reply:
    account_ids = body_field(call, "acctIds")
    if not account_ids:
        raise ApiError(400, "acctIds must not be empty")
    return Reply(_allocation(call, [call.world.accounts.get(a).account_id for a in account_ids]))


HANDLERS: Registry = {
    "get_portfolio_accounts": get_portfolio_accounts,
    "get_portfolio_subaccounts": get_portfolio_subaccounts,
    "get_portfolio_subaccounts_page": get_portfolio_subaccounts_page,
    "get_portfolio_account_meta": get_portfolio_account_meta,
    "get_portfolio_positions": get_portfolio_positions,
    "get_realtime_portfolio_positions": get_realtime_portfolio_positions,
    "get_portfolio_position_by_conid": get_portfolio_position_by_conid,
    "get_position_and_contract_info": get_position_and_contract_info,
    "invalidate_portfolio_positions_cache": invalidate_portfolio_positions_cache,
    "get_portfolio_combo_positions": get_portfolio_combo_positions,
    "get_portfolio_ledger": get_portfolio_ledger,
    "get_portfolio_summary": get_portfolio_summary,
    "get_portfolio_allocation": get_portfolio_allocation,
    "get_consolidated_portfolio_allocation": get_consolidated_portfolio_allocation,
}

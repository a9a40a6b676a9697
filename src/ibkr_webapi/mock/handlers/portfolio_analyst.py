"""Handlers of the `portfolio_analyst` operations: performance, all periods, transactions.

Series come from world/analyst.py (history replayed and marked at each day's prices);
transactions are the recorded executions.

>>> from ibkr_webapi.mock.world import build_world
>>> from ibkr_webapi.spec import operation
>>> world = build_world(seed=0, clock=lambda: 1_760_000_000.0)
>>> call = Call(operation("get_account_performance"), {}, {},
...             {"acctIds": ["U1234567"], "period": "1M"}, {}, world)
>>> HANDLERS["get_account_performance"](call).body["nav"]["freq"]
'D'
"""

from __future__ import annotations

import datetime
from typing import Any

from ibkr_webapi.mock.handler_api import ApiError, Call, Registry, Reply
from ibkr_webapi.mock.handlers.accounts import body_field
from ibkr_webapi.mock.world.analyst import PERIODS, NavSeries, nav_series, period_days
from ibkr_webapi.mock.world.costs import usd_per_unit

DEFAULT_TRANSACTION_DAYS = 90


def _accounts(call: Call) -> list[str]:
    ids = [call.world.accounts.get(a).account_id for a in body_field(call, "acctIds")]
    if not ids:
        raise ApiError(400, "acctIds must not be empty")
    return ids


def _series(call: Call, account_id: str, period: str) -> NavSeries:
    return nav_series(call.world.trading, [account_id],
                      period_days(period, call.world.clock()))


def _entry(account_id: str, series: NavSeries, **values: Any) -> dict[str, Any]:
    return {"id": account_id, "idType": "acctid", "start": series.start_date,
            "end": series.dates[-1], "baseCurrency": "USD", **values}


def get_account_performance(call: Call) -> Reply:
    period = str(body_field(call, "period"))
    if period not in PERIODS:
        raise ApiError(400, f"period must be one of {', '.join(PERIODS)}")
    ids = _accounts(call)
    series = {a: _series(call, a, period) for a in ids}
    first = series[ids[0]]
    months, _ = first.monthly_returns()
    return Reply({
        "currencyType": "base", "rc": 0, "nd": len(first.dates), "id": "getPerformanceData",
        "included": ids, "pm": "TWR",
        "nav": {"freq": "D", "dates": first.dates, "data": [_entry(
            a, s, navs=s.navs, startNAV={"date": s.start_date, "val": s.start_nav})
            for a, s in series.items()]},
        "cps": {"freq": "D", "dates": first.dates, "data": [
            _entry(a, s, returns=s.cumulative_returns) for a, s in series.items()]},
        "tpps": {"freq": "M", "dates": months, "data": [
            _entry(a, s, returns=s.monthly_returns()[1]) for a, s in series.items()]},
    })


def get_account_performance_all_periods(call: Call) -> Reply:
    ids = _accounts(call)
    now = call.world.clock()
    body: dict[str, Any] = {"pm": "TWR", "id": "getPerformanceAllPeriods",
                            "currencyType": "base", "view": ids, "included": ids}
    for account_id in ids:
        entry: dict[str, Any] = {"baseCurrency": "USD", "periods": list(PERIODS),
                                 "lastSuccessfulUpdate": _utc(now).strftime("%Y-%m-%d %H:%M:%S")}
        for period in PERIODS:
            series = _series(call, account_id, period)
            entry[period] = {"freq": "D", "startNAV": {"date": series.start_date,
                                                       "val": series.start_nav},
                             "dates": series.dates, "nav": series.navs,
                             "cps": series.cumulative_returns}
        year = entry["1Y"]
        entry["start"], entry["end"] = year["startNAV"]["date"], year["dates"][-1]
        body["nd"] = len(year["dates"])
        body[account_id] = entry
    return Reply(body)


def _utc(epoch: float) -> datetime.datetime:
    return datetime.datetime.fromtimestamp(epoch, datetime.UTC)


def get_transaction_history(call: Call) -> Reply:
    ids = _accounts(call)
    conids = {call.world.catalogue.get(c).conid for c in body_field(call, "conids")}
    currency = str(body_field(call, "currency"))
    body = call.body if isinstance(call.body, dict) else {}
    days = int(body.get("days", DEFAULT_TRANSACTION_DAYS))
    now = call.world.clock()
    since = now - days * 86_400
    trading = call.world.trading
    rate = 1 / usd_per_unit(currency, trading.price)
    executions = [e for e in trading.executions_of(ids, since) if e.conid in conids]
    transactions: list[dict[str, Any]] = []
    realized: list[dict[str, Any]] = []
    for e in executions:
        instrument = call.world.catalogue.get(e.conid)
        fx = round(usd_per_unit(instrument.currency, trading.price) * rate, 8)
        day = _utc(e.time)
        transactions.append({
            "date": day.strftime("%a %b %d 00:00:00 UTC %Y"), "rawDate": day.strftime("%Y%m%d"),
            "cur": instrument.currency, "fxRate": fx, "pr": e.price, "qty": e.signed_quantity,
            "acctid": e.account_id, "amt": round(-e.signed_quantity * e.price * e.multiplier, 2),
            "conid": e.conid, "type": "Buy" if e.side == "BUY" else "Sell",
            "desc": instrument.company_name})
        if e.realized_pnl:
            realized.append({"date": day.strftime("%Y%m%d"), "cur": instrument.currency,
                             "fxRate": fx, "side": "G" if e.realized_pnl > 0 else "L",
                             "acctid": e.account_id, "amt": f"{e.realized_pnl:.2f}",
                             "conid": str(e.conid)})
    total = sum(float(r["amt"]) * r["fxRate"] for r in realized)
    return Reply({"rc": 0, "nd": days, "id": "getTransactions", "currency": currency,
                  "from": int(since * 1000), "to": int(now * 1000), "includesRealTime": True,
                  "rpnl": {"data": realized, "amt": f"{total:.2f}"},
                  "transactions": transactions})


HANDLERS: Registry = {
    "get_account_performance": get_account_performance,
    "get_account_performance_all_periods": get_account_performance_all_periods,
    "get_transaction_history": get_transaction_history,
}

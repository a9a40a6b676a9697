"""Handlers of the contract operations: search, secdef, info, rules, strikes, schedules.

IBKR's discovery rules hold: /iserver/secdef/strikes answers empty arrays until the
underlying's symbol was searched in this session, and /iserver/contract/{conid}/algos
answers without algos on its first call for a conid (pre-flight).

>>> from ibkr_webapi.mock.world import build_world
>>> from ibkr_webapi.mock.handler_api import Call
>>> from ibkr_webapi.spec import operation
>>> world = build_world(seed=1, clock=lambda: 1_775_150_000.0)
>>> call = Call(operation("search_contracts"), {}, {"symbol": "AAPL"}, None, {}, world)
>>> HANDLERS["search_contracts"](call).body[0]["conid"]
'265598'
"""

from __future__ import annotations

import json
from typing import Any

from ibkr_webapi.mock.handler_api import ApiError, Call, Registry, Reply
from ibkr_webapi.mock.world.catalogue import Instrument
from ibkr_webapi.mock.world.contract_details import (
    bond_entry,
    contract_info,
    derivative_months,
    issuer_id,
    last_trading_day,
    listing,
    rules,
    search_entry,
    secdef,
    secdef_info,
    underlying_of,
)
from ibkr_webapi.mock.world.listings import listings_of
from ibkr_webapi.mock.world.trading_hours import Hours, hours_for

SCHEDULE_DAYS = 7
"""Days ahead listed by /contract/trading-schedule."""
_ZONE_NAMES = {"America/New_York": "US/Eastern", "America/Chicago": "US/Central"}
_ALGOS = (
    ("Adaptive", "Adaptive", "Seeks a better price by working the order between the bid and ask.",
     [{"guiRank": 1, "defaultValue": "Normal", "name": "Adaptive order priority/urgency",
       "id": "adaptivePriority", "legalStrings": ["Urgent", "Normal", "Patient"],
       "required": "true", "valueClassName": "String"}]),
    ("VWAP", "Vwap", "Trades toward the volume-weighted average price of the day.",
     [{"guiRank": 1, "minValue": 0.01, "maxValue": 50, "name": "Max Percentage",
       "id": "maxPctVol", "valueClassName": "Double"},
      {"guiRank": 2, "name": "Start Time", "id": "startTime", "valueClassName": "Time"},
      {"guiRank": 3, "name": "End Time", "id": "endTime", "valueClassName": "Time"}]),
    ("TWAP", "Twap", "Trades evenly over the chosen time window.",
     [{"guiRank": 1, "defaultValue": "Marketable", "name": "Trade when",
       "id": "strategyType", "legalStrings": ["Marketable", "Matching Midpoint"],
       "required": "true", "valueClassName": "String"}]),
)


def flag(call: Call, name: str) -> bool:
    """A boolean query parameter ("true"/"false"; IBKR also reads 1/0)."""
    return (call.param(name) or "").lower() in ("true", "1")


def required(call: Call, name: str) -> str:
    value = call.param(name)
    if not value:
        raise ApiError(400, f"{name} is required")
    return value


def _search(call: Call, symbol: str, by_name: bool, sec_type: str | None) -> Reply:
    catalogue = call.world.catalogue
    matches = [underlying_of(catalogue, instrument) for instrument in _matching(call, symbol,
                                                                                 by_name)]
    bonds = [i for i in matches if i.sec_type == "BOND"]
    found = list({i.conid: i for i in matches if i.sec_type != "BOND"
                  and sec_type in (None, "BOND", i.sec_type)}.values())
    if sec_type == "BOND":
        found = []
    if not found and not bonds:
        raise ApiError(400, f"No contracts found for symbol: {symbol}")
    call.world.market.session.searched.update(i.symbol for i in found)
    entries = [search_entry(catalogue, i) for i in found]
    if by_name:
        entries = [{key: entry[key] for key in ("conid", "companyHeader", "companyName",
                                                "symbol")} for entry in entries]
    return Reply(entries + ([bond_entry(bonds)] if bonds else []))


def _matching(call: Call, symbol: str, by_name: bool) -> list[Instrument]:
    if not by_name:
        return call.world.catalogue.search(symbol)
    needle = symbol.upper()
    return [i for i in call.world.catalogue
            if i.sec_type != "OPT" and i.company_name.upper().startswith(needle)]


def search_contracts(call: Call) -> Reply:
    return _search(call, required(call, "symbol"), flag(call, "name"), call.param("secType"))


def search_contracts_via_post(call: Call) -> Reply:
    body = call.body or {}
    symbol = body.get("symbol")
    if not isinstance(symbol, str) or not symbol:
        raise ApiError(400, "symbol is required")
    return _search(call, symbol, body.get("name") is True, body.get("secType"))


def get_security_definitions(call: Call) -> Reply:
    catalogue = call.world.catalogue
    instruments = [catalogue.get(conid) for conid in required(call, "conids").split(",")]
    return Reply({"secdef": [secdef(i, bool(derivative_months(catalogue, i.conid, "OPT")))
                             for i in instruments]})


def get_all_conids_by_exchange(call: Call) -> Reply:
    exchange = required(call, "exchange").upper()
    return Reply([{"ticker": i.symbol, "conid": i.conid, "exchange": listing(i)}
                  for i in call.world.catalogue if i.sec_type == "STK"
                  and exchange in (listing(i), i.exchange)])


def get_contract_info(call: Call) -> Reply:
    return Reply(contract_info(call.world.catalogue.get(required(call, "conid"))))


def _accounts(call: Call) -> list[str]:
    return [account.account_id for account in call.world.accounts.all if not account.is_advisor]


def _rules(call: Call, instrument: Instrument, is_buy: bool, modify: bool = False) -> dict[
        str, Any]:
    return rules(instrument, call.world.market.price(instrument.conid), _accounts(call), is_buy,
                 modify)


def get_contract_info_and_rules(call: Call) -> Reply:
    instrument = call.world.catalogue.get(required(call, "conid"))
    is_buy = call.param("isBuy", "true").lower() != "false"  # type: ignore[union-attr]
    return Reply({**contract_info(instrument), "rules": _rules(call, instrument, is_buy)})


def get_contract_rules(call: Call) -> Reply:
    body = call.body or {}
    if "conid" not in body:
        raise ApiError(400, "conid is required")
    instrument = call.world.catalogue.get(body["conid"])
    return Reply(_rules(call, instrument, body.get("isBuy", True) is not False,
                        body.get("modifyOrder") is True))


def get_contract_algos(call: Call) -> Reply:
    instrument = call.world.catalogue.get(required(call, "conid"))
    session = call.world.market.session
    if session.first_call(session.algo_preflight, instrument.conid) or (
            instrument.sec_type != "STK"):
        return Reply({"algos": []})
    wanted = [name for name in (call.param("algos") or "").split(";") if name]
    algos = []
    for name, algo_id, description, parameters in _ALGOS:
        if wanted and algo_id not in wanted:
            continue
        algo: dict[str, Any] = {"name": name, "id": algo_id}
        if call.param("addDescription") == "1":
            algo["description"] = description
        if call.param("addParams") == "1":
            algo["parameters"] = parameters
        algos.append(algo)
    return Reply({"algos": algos})


def _bonds_of(call: Call, issuer: str) -> list[Instrument]:
    bonds = [i for i in call.world.catalogue if i.sec_type == "BOND" and issuer_id(i) == issuer]
    if not bonds:
        raise ApiError(400, f"Invalid issuerId: {issuer}")
    return bonds


def get_bond_filters(call: Call) -> Reply:
    bonds = _bonds_of(call, required(call, "issuerId"))

    def options(values: set[tuple[str, str]]) -> list[dict[str, str]]:
        return [{"text": text, "value": value} for text, value in sorted(values)]

    return Reply({"bondFilters": [
        {"displayText": "Exchange", "columnId": 0,
         "options": [{"value": b.exchange} for b in bonds]},
        {"displayText": "Maturity Date", "columnId": 27,
         "options": options({(b.maturity[:6], b.maturity[:6]) for b in bonds})},
        {"displayText": "Currency", "columnId": 5, "options": [{"value": b.currency}
                                                               for b in bonds]},
    ]})


def get_secdef_info(call: Call) -> Reply:
    conid = required(call, "conid")
    sec_type = required(call, "sectype").upper()
    base = call.world.catalogue.find(conid)
    if base is None:
        detail = json.dumps({"errorCode": "INVALID_CONID",
                             "errorMessage": f"Invalid conid {conid}"})
        raise ApiError(500, detail, body={"error": detail})
    if sec_type == "BOND" and call.param("issuerId"):
        return Reply([secdef_info(b) for b in _bonds_of(call, call.param("issuerId") or "")])
    if base.sec_type == sec_type or sec_type not in ("OPT", "FUT", "WAR", "FOP"):
        return Reply(secdef_info(base))
    return Reply([secdef_info(i) for i in _derivatives(call, base, sec_type)])


def _derivatives(call: Call, base: Instrument, sec_type: str) -> list[Instrument]:
    month = call.param("month")
    if not month:
        raise ApiError(400, f"month is required for {sec_type}")
    strike, right = call.param("strike"), call.param("right")
    found = [i for i in call.world.catalogue
             if i.sec_type == sec_type and i.underlying == base.conid and i.month == month.upper()
             and (not strike or _same_strike(i.strike, strike)) and right in (None, i.right)]
    if not found:
        raise ApiError(400, f"No {sec_type} contracts for {base.symbol} {month}")
    return found


def _same_strike(strike: float, text: str) -> bool:
    try:
        return abs(strike - float(text)) < 1e-9
    except ValueError:
        raise ApiError(400, f"Invalid strike: {text}") from None


def get_secdef_strikes(call: Call) -> Reply:
    underlying = call.world.catalogue.get(required(call, "conid"))
    month = required(call, "month").upper()
    sec_type = required(call, "sectype").upper()
    if underlying.symbol not in call.world.market.session.searched:
        return Reply({"call": [], "put": []})
    chain = [i for i in call.world.catalogue if i.sec_type == sec_type
             and i.underlying == underlying.conid and i.month == month]
    return Reply({side: sorted({i.strike for i in chain if i.right == right})
                  for side, right in (("call", "C"), ("put", "P"))})


def _symbols(call: Call) -> list[str]:
    return [symbol.strip().upper() for symbol in required(call, "symbols").split(",")
            if symbol.strip()]


def get_futures_by_symbols(call: Call) -> Reply:
    today = int(hours_for("FUT").local_date(call.world.clock()).strftime("%Y%m%d"))
    return Reply({symbol: [
        {"symbol": f.symbol, "conid": f.conid, "underlyingConid": f.underlying,
         "expirationDate": int(f.maturity), "ltd": last_trading_day(f.maturity),
         "shortFuturesCutOff": last_trading_day(f.maturity),
         "longFuturesCutOff": last_trading_day(f.maturity)}
        for f in sorted(call.world.catalogue.futures(symbol), key=lambda f: f.maturity)
        if int(f.maturity) >= today] for symbol in _symbols(call)})


def get_stocks_by_symbols(call: Call) -> Reply:
    """Recorded symbols answer every listing the recording has (world/listings.py); the
    others their one US listing from the catalogue."""
    def listings(symbol: str) -> list[dict[str, Any]]:
        recorded = listings_of(symbol)
        if recorded is not None:
            return recorded
        stocks = [i for i in call.world.catalogue if i.sec_type == "STK" and i.symbol == symbol]
        return [{"name": s.company_name, "chineseName": None, "assetClass": "STK",
                 "contracts": [{"conid": s.conid, "exchange": listing(s), "isUS": True}]}
                for s in stocks]
    return Reply({symbol: listings(symbol) for symbol in _symbols(call)})


def _hhmm(minute: int) -> str:
    return f"{minute // 60 % 24:02d}{minute % 60:02d}"


def weekly_schedule(hours: Hours) -> list[dict[str, Any]]:
    """One entry per weekday; 20000101 stands for any Saturday, ..., 20000107 any Friday."""
    entries = []
    for offset in range(7):
        weekday = (offset + 5) % 7  # 2000-01-01 was a Saturday
        trading = weekday in hours.days
        entries.append({
            "clearingCycleEndTime": _hhmm(hours.extended[-1][1]),
            "tradingScheduleDate": f"2000010{offset + 1}",
            "sessions": [{"openingTime": _hhmm(start), "closingTime": _hhmm(end),
                          "prop": "LIQUID"} for start, end in hours.liquid] if trading else [],
            "tradingtimes": [{"openingTime": _hhmm(start), "closingTime": _hhmm(end),
                              "cancelDayOrders": "Y"} for start, end in hours.extended]
            if trading else [],
        })
    return entries


def get_trading_schedule_by_symbol(call: Call) -> Reply:
    instrument = call.world.catalogue.get(required(call, "conid"))
    if required(call, "symbol").upper() != instrument.symbol.upper():
        raise ApiError(400, f"Symbol {call.param('symbol')} does not match conid "
                            f"{instrument.conid}")
    hours = hours_for(instrument.sec_type)
    return Reply([{"id": f"p{instrument.conid % 1_000_000}",
                   "tradeVenueId": f"v{instrument.conid % 100_000}",
                   "timezone": hours.timezone, "schedules": weekly_schedule(hours)}])


def get_contract_trading_schedule(call: Call) -> Reply:
    instrument = call.world.catalogue.get(required(call, "conid"))
    hours = hours_for(instrument.sec_type)
    now = call.world.clock()
    days: dict[str, dict[str, Any]] = {}
    for outside_rth, key in ((False, "liquid_hours"), (True, "extended_hours")):
        for opening, closing in hours.spans_after(now, SCHEDULE_DAYS, outside_rth):
            day = days.setdefault(hours.local_date(opening).strftime("%Y%m%d"),
                                  {"liquid_hours": [], "extended_hours": []})
            entry: dict[str, Any] = {"opening": opening, "closing": closing}
            if outside_rth:
                entry["cancel_daily_orders"] = True
            day[key].append(entry)
    return Reply({"exchange_time_zone": _ZONE_NAMES.get(hours.timezone, hours.timezone),
                  "schedules": days})


def get_currency_pairs(call: Call) -> Reply:
    currency = required(call, "currency").upper()
    pairs = [pair for pair in call.world.market.currency_pairs()
             if currency in (pair.symbol, pair.currency)]
    return Reply({currency: [
        {"symbol": pair.description, "conid": pair.conid,
         "ccyPair": pair.currency if pair.symbol == currency else pair.symbol}
        for pair in pairs]})


def get_exchange_rate(call: Call) -> Reply:
    source, target = required(call, "source").upper(), required(call, "target").upper()
    rate = call.world.market.exchange_rate(source, target)
    if rate is None:
        raise ApiError(400, f"No exchange rate for {source} to {target}")
    return Reply({"rate": round(rate, 8)})


HANDLERS: Registry = {
    "search_contracts": search_contracts,
    "search_contracts_via_post": search_contracts_via_post,
    "get_security_definitions": get_security_definitions,
    "get_all_conids_by_exchange": get_all_conids_by_exchange,
    "get_contract_info": get_contract_info,
    "get_contract_info_and_rules": get_contract_info_and_rules,
    "get_contract_rules": get_contract_rules,
    "get_contract_algos": get_contract_algos,
    "get_bond_filters": get_bond_filters,
    "get_secdef_info": get_secdef_info,
    "get_secdef_strikes": get_secdef_strikes,
    "get_futures_by_symbols": get_futures_by_symbols,
    "get_stocks_by_symbols": get_stocks_by_symbols,
    "get_trading_schedule_by_symbol": get_trading_schedule_by_symbol,
    "get_contract_trading_schedule": get_contract_trading_schedule,
    "get_currency_pairs": get_currency_pairs,
    "get_exchange_rate": get_exchange_rate,
}

"""Handlers of the event contract operations (/trsrv/event/* and /forecast/*).

Markets are the event contracts' underlyings in the catalogue; each strike has a YES
(call) and, when the catalogue lists it, a NO (put) contract.

>>> from ibkr_webapi.mock.world import build_world
>>> from ibkr_webapi.mock.handler_api import Call
>>> from ibkr_webapi.spec import operation
>>> world = build_world(seed=1, clock=lambda: 1_775_150_000.0)
>>> call = Call(operation("get_forecast_contract_details"), {}, {"conid": "689951020"}, None,
...             {}, world)
>>> HANDLERS["get_forecast_contract_details"](call).body["symbol"]
'FF'
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from ibkr_webapi.mock.handler_api import ApiError, Call, Registry, Reply
from ibkr_webapi.mock.handlers.contract import required, weekly_schedule
from ibkr_webapi.mock.world.catalogue import Instrument
from ibkr_webapi.mock.world.trading_hours import hours_for

EXCHANGE = "FORECASTX"
_DAY_NAMES = ("Saturday", "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday")


@dataclass(frozen=True)
class EventMarket:
    """A forecast market: the category it sits in and its resolution rules."""

    name: str
    category: tuple[tuple[str, str], ...]
    """(id, label) from the root category down to the leaf holding the market."""
    product_conid: int
    source_agency: str
    authority_url: str
    rules_link: str
    question: str
    """The question, with {strike} for the strike."""


MARKETS = {
    658663572: EventMarket(
        "US Fed Funds Target Rate",
        (("g1003", "Economic Indicators"), ("g17466", "Interest Rates"),
         ("g13834", "Fed Policy")),
        658663579, "U.S. Federal Reserve",
        "https://www.federalreserve.gov/monetarypolicy/openmarket.htm",
        "https://data.forecastex.com/regulatory/FFTermsandConditions.pdf",
        "Will the US Fed Funds Target Rate be set above {strike}% at the FOMC meeting?"),
}


def _market_of(underlying: int) -> EventMarket:
    try:
        return MARKETS[underlying]
    except KeyError:
        raise ApiError(400, f"Invalid market: {underlying}") from None


def _contracts(call: Call, underlying: int) -> list[Instrument]:
    found = [i for i in call.world.catalogue if i.sec_type == "EC" and i.underlying == underlying]
    return sorted(found, key=lambda i: (i.maturity, i.strike, i.right))


def _event_contract(call: Call, conid: str) -> Instrument:
    instrument = call.world.catalogue.get(conid)
    if instrument.sec_type != "EC":
        raise ApiError(400, f"Not an event contract: {conid}")
    return instrument


def _side(instrument: Instrument) -> str:
    return "Y" if instrument.right == "C" else "N"


def _measured_period(maturity: str) -> str:
    return datetime.strptime(maturity, "%Y%m%d").strftime("%b%d'%y")


def _strike_label(instrument: Instrument) -> str:
    return f"Above {instrument.strike:g}%"


def _last_trade(instrument: Instrument) -> datetime:
    zone = ZoneInfo(hours_for("EC").timezone)
    return datetime.strptime(instrument.maturity, "%Y%m%d").replace(hour=15, tzinfo=zone)


def get_event_category_tree(call: Call) -> Reply:
    tree: dict[str, dict[str, Any]] = {}
    for underlying, market in MARKETS.items():
        parent = ""
        for category_id, label in market.category:
            node = tree.setdefault(category_id, {"label": label, "markets": []})
            if parent:
                node["parentId"] = parent
            parent = category_id
        tree[parent]["markets"].append({"name": market.name, "symbol": _symbol(call, underlying),
                                        "exchange": EXCHANGE, "conid": underlying})
    return Reply(tree)


def _symbol(call: Call, underlying: int) -> str:
    contracts = _contracts(call, underlying)
    return contracts[0].symbol if contracts else ""


def get_event_contracts(call: Call) -> Reply:
    underlying = int(required(call, "market"))
    market = _market_of(underlying)
    if required(call, "exchange").upper() != EXCHANGE:
        raise ApiError(400, f"Invalid exchange: {call.param('exchange')}")
    return Reply({"contracts": [_trsrv_contract(market, i, rank)
                                for rank, i in enumerate(_contracts(call, underlying))]})


def _trsrv_contract(market: EventMarket, instrument: Instrument, rank: int) -> dict[str, Any]:
    last_trade = _last_trade(instrument)
    yes_no = "YES" if instrument.right == "C" else "NO"
    return {
        "market": market.category[-1][1], "popularityRank": 1000 + rank,
        "name": f"{instrument.symbol} {_measured_period(instrument.maturity)} "
                f"{_strike_label(instrument)}",
        "longDescription": market.question.format(strike=f"{instrument.strike:g}"),
        "putOrCall": instrument.right, "expiration": instrument.maturity,
        "currency": instrument.currency, "lastTradeMillis": int(last_trade.timestamp() * 1000),
        "lastTradeDate": instrument.maturity, "lastTradeTime": "1500",
        "timezone": hours_for("EC").timezone, "commodityCode": instrument.symbol,
        "eventAuthorityURL": market.authority_url, "eventFixedPayout": "1",
        "sourceAgency": market.source_agency, "marketRulesLink": market.rules_link,
        "underlyingName": market.name, "categories": [c for c, _ in market.category],
        "expectedResolutionTime": f"{instrument.maturity}150000",
        "expectedPayoutTime": f"{instrument.maturity}180000",
        "timespecifierParam": f"{instrument.maturity[:4]}.{int(instrument.maturity[4:6])}",
        "exchange": EXCHANGE, "priceIncrement": instrument.tick,
        "tradingHours": {"timezone": hours_for("EC").timezone, "holidays": []},
        "conid": instrument.conid, "underlyingConid": instrument.underlying,
        "underlyingSymbol": instrument.symbol,
        "shortDescription": f"{instrument.symbol} {_measured_period(instrument.maturity)} "
                            f"{instrument.strike:g} {yes_no} @{EXCHANGE}",
        "strike": instrument.strike, "strikeLabel": _strike_label(instrument),
    }


def get_forecast_category_tree(call: Call) -> Reply:
    categories: dict[str, dict[str, Any]] = {}
    for underlying, market in MARKETS.items():
        parent = ""
        for category_id, label in market.category:
            node = categories.setdefault(category_id, {"name": label})
            if parent:
                node["parent_id"] = parent
            parent = category_id
        categories[parent].setdefault("markets", []).append({
            "name": market.name, "symbol": _symbol(call, underlying), "exchange": EXCHANGE,
            "conid": underlying, "product_conid": market.product_conid})
    return Reply({"categories": categories})


def get_forecast_market(call: Call) -> Reply:
    underlying = int(required(call, "underlyingConid"))
    market = _market_of(underlying)
    contracts = _contracts(call, underlying)
    return Reply({
        "market_name": market.name, "exchange": EXCHANGE, "symbol": _symbol(call, underlying),
        "logo_category": market.category[-1][0], "exclude_historical_data": False,
        "payout": 1.0, "contracts": [{
            "conid": i.conid, "side": _side(i), "expiration": i.maturity, "strike": i.strike,
            "strike_label": _strike_label(i),
            "expiry_label": datetime.strptime(i.maturity, "%Y%m%d").strftime("%B %d, %Y"),
            "underlying_conid": i.underlying,
            "time_specifier": f"{i.maturity[:4]}.{int(i.maturity[4:6])}.{int(i.maturity[6:])}",
        } for i in contracts]})


def _pair(call: Call, instrument: Instrument) -> dict[str, int]:
    """conid_yes / conid_no of the strike; a side the catalogue lacks is left out."""
    sides = {_side(i): i.conid for i in _contracts(call, instrument.underlying)
             if (i.maturity, i.strike) == (instrument.maturity, instrument.strike)}
    return {f"conid_{'yes' if side == 'Y' else 'no'}": conid for side, conid in sides.items()}


def get_forecast_contract_details(call: Call) -> Reply:
    instrument = _event_contract(call, required(call, "conid"))
    market = _market_of(instrument.underlying)
    return Reply({
        **_pair(call, instrument),
        "question": market.question.format(strike=f"{instrument.strike:g}"),
        "side": _side(instrument), "strike_label": _strike_label(instrument),
        "strike": instrument.strike, "exchange": EXCHANGE, "expiration": instrument.maturity,
        "symbol": instrument.symbol, "category": market.category[0][0],
        "logo_category": market.category[-1][0],
        "measured_period": _measured_period(instrument.maturity),
        "market_name": market.name, "underlying_conid": instrument.underlying, "payout": 1.0,
        "product_conid": market.product_conid, "is_restricted": False, "party": None,
    })


def get_forecast_contract_rules(call: Call) -> Reply:
    instrument = _event_contract(call, required(call, "conid"))
    market = _market_of(instrument.underlying)
    last_trade = int(_last_trade(instrument).timestamp())
    return Reply({
        "asset_class": "OPT", "market_name": market.name,
        "measured_period": _measured_period(instrument.maturity),
        "threshold": f"{instrument.strike:g}", "source_agency": market.source_agency,
        "data_and_resolution_link": market.authority_url, "last_trade_time": last_trade,
        "product_code": instrument.symbol, "market_rules_link": market.rules_link,
        "release_time": last_trade, "payout_time": last_trade + 86_400, "payout": "$1.00",
        "price_increment": f"${instrument.tick:.2f}", "exchange_timezone": "US/Central",
    })


def get_forecast_contract_schedules(call: Call) -> Reply:
    _event_contract(call, required(call, "conid"))
    hours = hours_for("EC")
    days = []
    for offset, entry in enumerate(weekly_schedule(hours)):
        times = [{"open": _clock(t["openingTime"]), "close": _clock(t["closingTime"])}
                 for t in entry["tradingtimes"]]
        if times:
            days.append({"day_of_week": _DAY_NAMES[offset], "trading_times": times})
    return Reply({"timezone": "US/Central", "trading_schedules": days})


def _clock(hhmm: str) -> str:
    """"1615" -> "4:15 PM", as /forecast/contract/schedules writes times."""
    return datetime.strptime(hhmm, "%H%M").strftime("%-I:%M %p")


HANDLERS: Registry = {
    "get_event_category_tree": get_event_category_tree,
    "get_event_contracts": get_event_contracts,
    "get_forecast_category_tree": get_forecast_category_tree,
    "get_forecast_market": get_forecast_market,
    "get_forecast_contract_details": get_forecast_contract_details,
    "get_forecast_contract_rules": get_forecast_contract_rules,
    "get_forecast_contract_schedules": get_forecast_contract_schedules,
}

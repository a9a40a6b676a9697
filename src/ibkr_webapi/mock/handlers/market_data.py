"""Handlers of the market data operations: snapshots, history, unsubscribe.

The snapshot pre-flight holds: the first snapshot of a conid in a session answers only
conid and conidEx; later ones carry the requested fields. Unsubscribing resets it. The
first /hmds/history call of a session answers 404 (IBKR's HMDS warm-up), later ones data.

>>> from ibkr_webapi.mock.world import build_world
>>> from ibkr_webapi.mock.handler_api import Call
>>> from ibkr_webapi.spec import operation
>>> world = build_world(seed=1, clock=lambda: 1_775_150_000.0)
>>> def snapshot():
...     query = {"conids": "265598", "fields": "31,55"}
...     call = Call(operation("get_market_data_snapshot"), {}, query, None, {}, world)
...     return HANDLERS["get_market_data_snapshot"](call).body[0]
>>> snapshot()
{'conid': 265598, 'conidEx': '265598'}
>>> snapshot()["55"]
'AAPL'
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from ibkr_webapi.mock.handler_api import ApiError, Call, Registry, Reply
from ibkr_webapi.mock.handlers.contract import flag, required
from ibkr_webapi.mock.world.bars import Bar, parse_duration
from ibkr_webapi.mock.world.fields import SERVER_ID, updated_millis, utc_stamp
from ibkr_webapi.mock.world.market import BAR_TYPES, Market
from ibkr_webapi.mock.world.trading_hours import hours_for

RESOURCE_NOT_FOUND = "<html><body><h1>Resource not found</h1></body></html>"
HMDS_MAX_POINTS = 1000


def _conid_ex(text: str) -> tuple[int, str]:
    conid = text.split("@")[0].strip()
    if not conid.isdigit():
        raise ApiError(400, f"Invalid conid: {text}")
    return int(conid), text.strip()


def get_market_data_snapshot(call: Call) -> Reply:
    conids = [c for c in (call.param("conids") or "").split(",") if c.strip()]
    if not conids:
        raise ApiError(400, "Bad Request: Conid(s) missing")
    fields = [f.strip() for f in (call.param("fields") or "").split(",") if f.strip()]
    market = call.world.market
    return Reply([_snapshot_entry(market, *_conid_ex(text), fields) for text in conids])


def _snapshot_entry(market: Market, conid: int, conid_ex: str, fields: list[str]) -> dict[
        str, Any]:
    market.instrument(conid)
    entry: dict[str, Any] = {"conid": conid, "conidEx": conid_ex}
    if market.session.first_call(market.session.streaming, conid):
        return entry
    moment = market.clock()
    return {**entry, "_updated": updated_millis(moment), "server_id": SERVER_ID,
            **market.field_values(conid, fields, moment)}


def get_regulatory_snapshot(call: Call) -> Reply:
    conid, conid_ex = _conid_ex(required(call, "conid"))
    quote = call.world.market.quote(conid)
    return Reply({
        "conid": conid, "conidEx": conid_ex, "BboExchange": "9c0001", "HasDelayed": False,
        "84": quote.bid, "86": quote.ask, "88": quote.bid_size, "85": quote.ask_size,
        "31": quote.last, "7059": quote.last_size, "BestBidExch": 2, "BestAskExch": 2,
        "LastExch": 2, "7057": "Q", "7068": "Q", "7058": "Q",
    })


def unsubscribe_market_data(call: Call) -> Reply:
    body = call.body or {}
    streaming = call.world.market.session.streaming
    try:
        conid = int(body["conid"])
    except (KeyError, TypeError, ValueError):
        raise ApiError(400, "conid is required") from None
    if conid not in streaming:
        raise ApiError(500, "unknown", body={"error": "unknown"})
    streaming.discard(conid)
    return Reply({"success": True})


def unsubscribe_all_market_data(call: Call) -> Reply:
    call.world.market.session.streaming.clear()
    return Reply({"unsubscribed": True})


def _end_time(call: Call, name: str = "startTime") -> float | None:
    text = call.param(name)
    if not text:
        return None
    try:
        moment = datetime.strptime(text, "%Y%m%d-%H:%M:%S").replace(tzinfo=UTC)
    except ValueError:
        raise ApiError(400, f"Invalid startTime: {text}") from None
    return min(moment.timestamp(), call.world.clock())


def get_market_data_history(call: Call) -> Reply:
    market = call.world.market
    conid = int(_conid_ex(required(call, "conid"))[0])
    instrument = market.instrument(conid)
    period, bar = call.param("period") or "1w", required(call, "bar")
    outside_rth = flag(call, "outsideRth")
    pan = _end_time(call)
    bars = market.bars(conid, period, bar, end=pan, outside_rth=outside_rth)
    decimals = market.profile(conid).decimals
    factor = 10**decimals
    body: dict[str, Any] = {
        "serverId": str(20_000 + conid % 10_000), "symbol": instrument.symbol,
        "text": instrument.company_name, "priceFactor": factor,
        "startTime": utc_stamp(bars[0].start) if bars else utc_stamp(market.clock()),
        "high": _extreme(bars, factor, max), "low": _extreme(bars, factor, min),
        "timePeriod": period, "barLength": parse_duration(bar).seconds,
        "mdAvailability": "S", "mktDataDelay": 0, "outsideRth": outside_rth,
        "tradingDayDuration": hours_for(instrument.sec_type).day_length(
            market.clock(), outside_rth) // 60 or 1440,
        "volumeFactor": 1, "priceDisplayRule": 1, "priceDisplayValue": str(decimals),
        "negativeCapable": False, "messageVersion": 2,
        "data": [_bar_json(b) for b in bars], "points": max(len(bars) - 1, 0), "travelTime": 12,
    }
    if pan is not None:
        body |= {"chartPanStartTime": required(call, "startTime"), "direction": -1}
    return Reply(body)


def _extreme(bars: list[Bar], factor: int, pick: Any) -> str:
    """IBKR's "%h/%v/%t": price x priceFactor / bar volume / minutes from the first bar."""
    if not bars:
        return "0/0/0"
    chosen = pick(bars, key=lambda b: b.high if pick is max else -b.low)
    price = chosen.high if pick is max else chosen.low
    minutes = (chosen.start - bars[0].start) // 60
    volume = f"{chosen.volume:.2f}".rstrip("0").rstrip(".")
    return f"{round(price * factor)}/{volume}/{minutes}"


def _bar_json(bar: Bar) -> dict[str, Any]:
    return {"o": bar.open, "c": bar.close, "h": bar.high, "l": bar.low, "v": bar.volume,
            "t": bar.start * 1000}


def get_hmds_history(call: Call) -> Reply:
    market = call.world.market
    if not market.session.hmds_ready:
        market.session.hmds_ready = True
        return Reply(RESOURCE_NOT_FOUND, 404, media_type="text/html")
    conid = int(_conid_ex(required(call, "conid"))[0])
    bar_type = call.param("barType") or "Last"
    if bar_type not in BAR_TYPES:
        raise ApiError(400, f"Invalid barType: {bar_type}")
    start, end = _hmds_window(call, market)
    bars = market.bars(conid, required(call, "period"), required(call, "bar"), end=end,
                       outside_rth=flag(call, "outsideRth"), bar_type=bar_type,
                       limit=HMDS_MAX_POINTS, check_step=False)
    bars = [b for b in bars if start is None or b.start >= start]
    first = bars[0].start if bars else end
    return Reply({
        "startTime": utc_stamp(first), "startTimeVal": int(first * 1000),
        "endTime": utc_stamp(end), "endTimeVal": int(end * 1000),
        "data": [{"t": b.start * 1000, "o": b.open, "c": b.close, "h": b.high, "l": b.low,
                  "v": b.volume} for b in bars],
        "points": len(bars), "mktDataDelay": 0,
    })


def _hmds_window(call: Call, market: Market) -> tuple[float | None, float]:
    """(earliest bar start or None, end): direction -1 reads from startTime up to now."""
    start = _end_time(call)
    if start is not None and call.param("direction") == "-1":
        return start, market.clock()
    return None, start if start is not None else market.clock()


HANDLERS: Registry = {
    "get_market_data_snapshot": get_market_data_snapshot,
    "get_regulatory_snapshot": get_regulatory_snapshot,
    "get_market_data_history": get_market_data_history,
    "get_hmds_history": get_hmds_history,
    "unsubscribe_market_data": unsubscribe_market_data,
    "unsubscribe_all_market_data": unsubscribe_all_market_data,
}

"""Frames of the mock websocket built from the world's market: smd, smh, sbd, exercise.

smd sends every requested field first, then only the fields that changed (as real servers
do, captures/ws/smd__7.json); smh answers once with bars and echoes its arguments under
``payload`` (captures/ws/smh__1.json); sbd sends price ladder rows around the last price.

>>> from ibkr_webapi.mock.world import build_world
>>> world = build_world(seed=1, clock=lambda: 1_775_150_000.0)
>>> first, fields = market_data(world, "265598", ["31", "84"], {}, "q1")
>>> first["topic"], first["conid"], sorted(fields)[:2]
('smd+265598', 265598, ['31', '6119'])
>>> market_data(world, "265598", ["31", "84"], fields, "q1")[0] is None  # nothing changed
True
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Mapping, Sequence
from typing import Any

from ibkr_webapi.mock.world import World
from ibkr_webapi.mock.world.bars import Bar
from ibkr_webapi.mock.world.catalogue import Instrument

Frame = dict[str, Any]
LADDER_ROWS = 5
"""Rows above and below the last price in an sbd frame."""


def _conid(target: str) -> str:
    """The conid of a target such as ``265598`` or ``265598@NASDAQ``."""
    return target.split("@", 1)[0]


def market_data(world: World, target: str, fields: list[str], previous: Mapping[str, Any],
                server_id: str) -> tuple[Frame | None, dict[str, Any]]:
    """The smd frame (None when nothing changed since `previous`) and the values now."""
    conid = _conid(target)
    values = world.market.field_values(conid, fields)
    values["6119"] = server_id
    changed = {key: value for key, value in values.items() if previous.get(key) != value}
    if not changed:
        return None, values
    frame = {"server_id": server_id, "conidEx": target, "conid": int(conid),
             "_updated": int(world.clock() * 1000), **changed, "topic": f"smd+{target}"}
    return frame, values


def historical_data(world: World, target: str, args: Mapping[str, Any],
                    server_id: str) -> Frame:
    """The one smh answer: bars for the requested period and bar size."""
    conid = _conid(target)
    instrument = world.market.instrument(conid)
    period, bar = str(args.get("period", "1d")), str(args.get("bar", "1min"))
    outside_rth = args.get("outsideRth") is True
    bars = world.market.bars(conid, period=period, bar=bar, outside_rth=outside_rth)
    data = [{"o": b.open, "c": b.close, "h": b.high, "l": b.low, "v": b.volume, "t": b.start * 1000}
            for b in bars]
    if args.get("format"):
        data = [{key: row[key] for key in ("o", "c", "h", "l")} for row in data]
    return {
        "serverId": server_id, "symbol": instrument.symbol, "text": instrument.company_name,
        "priceFactor": 100, "startTime": _start_time(bars[0].start if bars else world.clock()),
        "high": _extreme(bars, high=True), "low": _extreme(bars, high=False),
        "timePeriod": period,
        "barLength": _bar_seconds(bar), "mdAvailability": "S", "mktDataDelay": 0,
        "outsideRth": outside_rth, "volumeFactor": 1, "priceDisplayRule": 1,
        "priceDisplayValue": "2", "negativeCapable": False, "messageVersion": 2, "data": data,
        "points": max(len(data) - 1, 0), "travelTime": 9, "topic": f"smh+{target}",
        "payload": json.dumps(dict(args)),
    }


def _start_time(epoch: float) -> str:
    return datetime.datetime.fromtimestamp(epoch, datetime.UTC).strftime("%Y%m%d-%H:%M:%S")


def _extreme(bars: Sequence[Bar], *, high: bool) -> str:
    """IBKR's "price*100/volume/minutes" string for the period's high or low."""
    if not bars:
        return "0/0/0"
    value = max(b.high for b in bars) if high else min(b.low for b in bars)
    return f"{round(value * 100)}/{bars[-1].volume:.2f}/0"


def _bar_seconds(bar: str) -> int:
    units = {"min": 60, "h": 3600, "d": 86_400, "w": 604_800, "m": 2_592_000, "y": 31_536_000}
    for unit in sorted(units, key=len, reverse=True):
        if bar.endswith(unit) and bar[: -len(unit)].isdigit():
            return int(bar[: -len(unit)]) * units[unit]
    return 60


def price_ladder(world: World, account_id: str, target_conid: str) -> Frame:
    """sbd+ACCOUNT+CONID: asks above, the last price (focus), bids below."""
    quote = world.market.quote(target_conid)
    instrument = quote.instrument
    rows: list[Frame] = []
    for offset in range(LADDER_ROWS, -LADDER_ROWS - 1, -1):
        price = _ladder_price(instrument, quote.last, offset)
        row: Frame = {"row": len(rows), "focus": int(offset == 0), "price": price}
        if offset > 0:
            row["ask"] = str(quote.ask_size * offset)
        elif offset < 0:
            row["bid"] = str(quote.bid_size * -offset)
        else:
            row["price"] = f"{quote.last_size} @ {price}"
        rows.append(row)
    return {"topic": f"sbd+{account_id}+{target_conid}", "data": rows}


def _ladder_price(instrument: Instrument, last: float, offset: int) -> str:
    decimals = max(0, len(f"{instrument.tick:g}".partition(".")[2]))
    return f"{last + offset * instrument.tick:.{decimals}f}"


def exercise_content(world: World, option_conid: str, step_id: int, message_id: int) -> Frame:
    """The shs+exercise content frame: the option, its underlying and the choices."""
    option = world.market.instrument(option_conid)
    underlying = world.market.instrument(option.underlying or option.conid)
    return {"data": {
        "user_action": [{"id": "submit", "text": "Submit"}, {"id": "cancel", "text": "Cancel"}],
        "underlying_price": f"${world.market.price(underlying.conid):.2f}",
        "contract": f"**{option.symbol}** {option.description}",
        "underlying_symbol": underlying.symbol, "underlying_conid": str(underlying.conid),
        "exercise": {"confirm": False, "confirm_final": False, "enabled": True},
        "revocable": False, "loading": False, "hold": {"confirm": False, "enabled": True},
        "qty_lapse": 0, "submitted": 0, "qty_hold": 0, "sec_type": option.sec_type,
        "qty_exercise": 0, "morning_expiration": False, "id": step_id, "position": 0,
        "deadline": "16:25"}, "action": "content", "MID": str(message_id),
        "topic": "shs+exercise"}


def exercise_prompt(step_id: int, message_id: int) -> Frame:
    """The inp+exercise confirmation prompt after a submit."""
    return {"data": {"user_actions": [{"id": "continue", "text": "Continue"},
                                      {"id": "cancel", "text": "Cancel"}],
                     "id": step_id, "title": "Warning",
                     "text": "This exercise request will be final and irreversible."},
            "MID": str(message_id), "action": "prompt", "topic": "inp+exercise"}


def exercise_order(world: World, option_conid: str, quantity: int, order_id: int) -> Frame:
    """The sor frame of a submitted exercise (side EXER, as in the documentation)."""
    option = world.market.instrument(option_conid)
    account = world.accounts.selected.account_id
    return {"topic": "sor", "args": [{
        "acct": account, "account": account, "conidex": str(option.conid),
        "conid": option.conid, "orderId": order_id, "cashCcy": option.currency,
        "sizeAndFills": f"0/{quantity}", "orderDesc": f"EXERCISE {quantity}, Day",
        "description1": option.symbol, "description2": option.description,
        "ticker": option.symbol, "secType": option.sec_type,
        "remainingQuantity": float(quantity), "filledQuantity": 0.0,
        "totalSize": float(quantity), "companyName": option.company_name,
        "status": "Inactive", "order_ccp_status": "Pending Submit", "side": "EXER",
        "lastExecutionTime_r": int(world.clock() * 1000)}]}

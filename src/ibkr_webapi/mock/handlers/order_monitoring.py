"""Handlers of the `order_monitoring` operations: live orders, order status and trades.

Live orders and trades are those of the selected account (for the advisor master, of its
clients too), as IBKR scopes them to the account chosen with /iserver/account.

>>> from ibkr_webapi.mock.world import build_world
>>> from ibkr_webapi.spec import operation
>>> world = build_world(seed=0, clock=lambda: 1_760_000_000.0)
>>> call = Call(operation("get_trades"), {}, {"days": "7"}, None, {}, world)
>>> len(HANDLERS["get_trades"](call).body) > 0
True
"""

from __future__ import annotations

import datetime

from ibkr_webapi.mock.handler_api import ApiError, Call, Registry, Reply
from ibkr_webapi.mock.world.trading_views import live_order, order_status, trade

FILTERS = {"inactive": "Inactive", "pending_submit": "PendingSubmit",
           "pre_submitted": "PreSubmitted", "submitted": "Submitted", "filled": "Filled",
           "pending_cancel": "PendingCancel", "cancelled": "Cancelled",
           "warn_state": "WarnState"}
ACTIVE_FIRST = {"PreSubmitted": 0, "Submitted": 0, "PendingCancel": 0, "Filled": 1,
                "Cancelled": 1}
DAY = 86_400.0


def _start_of_day(now: float, days: int = 1) -> float:
    midnight = datetime.datetime.fromtimestamp(now, datetime.UTC).replace(
        hour=0, minute=0, second=0, microsecond=0)
    return midnight.timestamp() - (days - 1) * DAY


def _scope(call: Call) -> list[str]:
    selected = call.world.accounts.selected.account_id
    return [a.account_id for a in call.world.accounts.members(selected)]


def get_live_orders(call: Call) -> Reply:
    """Today's orders; `force=true` clears the cache and answers an empty list, as documented."""
    if (call.param("force") or "").lower() == "true":
        return Reply({"orders": [], "snapshot": False})
    names = [f for f in (call.param("filters") or "").split(",") if f]
    wanted = {FILTERS[f] for f in names if f in FILTERS}
    trading = call.world.trading
    orders = [o for o in trading.orders_of(_scope(call), _start_of_day(call.world.clock()))
              if not wanted or o.status in wanted]
    if "sort_by_time" in names:
        orders.sort(key=lambda o: (ACTIVE_FIRST.get(o.status, 1), -o.placed_at))
    return Reply({"orders": [live_order(o, call.world.catalogue.get(o.ticket.conid))
                             for o in orders], "snapshot": True})


def get_order_status(call: Call) -> Reply:
    order = call.world.trading.order(call.param("orderId") or "")
    return Reply(order_status(order, call.world.catalogue.get(order.ticket.conid)))


def get_trades(call: Call) -> Reply:
    raw = call.param("days") or "1"
    if not raw.isdigit() or not 1 <= int(raw) <= 7:
        raise ApiError(400, "days must be a number from 1 to 7")
    since = _start_of_day(call.world.clock(), int(raw))
    executions = call.world.trading.executions_of(_scope(call), since)
    return Reply([trade(e, call.world.catalogue.get(e.conid)) for e in reversed(executions)])


HANDLERS: Registry = {
    "get_live_orders": get_live_orders,
    "get_order_status": get_order_status,
    "get_trades": get_trades,
}

"""In-process publish/subscribe between the mock's REST handlers and its websocket.

Handlers publish what changed (an order moved, a fill changed P&L); each websocket
connection subscribes and forwards the events its client asked for. Everything runs on the
event loop thread, so a listener is a plain callable.

>>> bus = EventBus()
>>> seen = []
>>> stop = bus.subscribe(lambda topic, payload: seen.append((topic, payload)))
>>> bus.publish("order", {"orderId": 1})
>>> stop(); bus.publish("order", {"orderId": 2})
>>> seen
[('order', {'orderId': 1})]
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Listener = Callable[[str, dict[str, Any]], None]

ORDER = "order"
"""Payload: the order as /iserver/account/orders lists it; pushed on `sor`."""
TRADE = "trade"
"""Payload: the execution as /iserver/account/trades lists it; pushed on `str`."""
PNL = "pnl"
"""Payload: {"acctId": ..., ...} as /iserver/account/pnl/partitioned; pushed on `spl`."""
NOTIFICATION = "notification"
"""Payload: a bulletin or FYI; pushed on `ntf`/`blt`."""


class EventBus:
    """Fan-out of (topic, payload) events to the current listeners."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Add a listener; returns the function that removes it."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def publish(self, topic: str, payload: dict[str, Any]) -> None:
        for listener in list(self._listeners):
            listener(topic, payload)

"""Values no order can carry, refused as IBKR refuses them: 400 and its error body.

The body's schema says a quantity and a price are numbers; IBKR also refuses numbers no
exchange would take: an absurdly large quantity, a negative price on a single-leg order (a
combo's net price may be negative: it is the ratio-weighted sum of its legs), and any number
that is not finite (NaN and 1e400 are already refused by the strict JSON decoder as "not
valid JSON"). The wording of the messages is the mock's own; what clients rely on is the
status and the ``{"error": ...}`` body.

A quantity of zero or below is left to the world's order validation, which answers HTTP 500
``{"error": "Invalid quantity"}``: that is what IBKR was recorded answering for quantity 0
(captures/OBSERVED-DEVIATIONS.md, "A validation failure (quantity 0) is HTTP 500, not 400"),
and no capture shows a different answer for a negative one. It is IBKR's error body either way,
never a crash.

>>> try:
...     check_order_values("place_orders", {"orders": [{"conid": 1, "quantity": 1e30}]})
... except ApiError as error:
...     error.status
400
>>> check_order_values("place_orders", {"orders": [{"conidex": "28812380;;;1/1,2/-1",
...                                                 "price": -0.5, "quantity": 1}]})
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping
from typing import Any

from ibkr_webapi.mock.handler_api import ApiError

MAX_QUANTITY = 1e9
"""Larger than any exchange's maximum order size; IBKR's own caps are lower and per account."""

QUANTITY_FIELDS = ("quantity", "cashQty", "fxQty")
PRICE_FIELDS = ("price", "auxPrice")
_ORDERS_IN_LIST = frozenset({"place_orders", "preview_orders"})
_ORDER_ITSELF = frozenset({"modify_order"})


def _orders(operation_id: str, body: Any) -> Iterator[tuple[str, Mapping[str, Any]]]:
    if not isinstance(body, Mapping):
        return
    if operation_id in _ORDER_ITSELF:
        yield "body", body
    elif operation_id in _ORDERS_IN_LIST and isinstance(body.get("orders"), list):
        for index, order in enumerate(body["orders"]):
            if isinstance(order, Mapping):
                yield f"orders[{index}]", order


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) \
        else None


def check_order_values(operation_id: str, body: Any) -> None:
    """Raise IBKR's 400 for an order quantity or price that no order can carry."""
    for where, order in _orders(operation_id, body):
        combo = ";;;" in str(order.get("conidex", ""))
        for name in QUANTITY_FIELDS:
            value = _number(order.get(name))
            if value is None:
                continue
            if not math.isfinite(value) or value > MAX_QUANTITY:
                raise ApiError(400, f"Bad Request: {where}.{name} {order[name]!r} exceeds the "
                               f"largest order size ({MAX_QUANTITY:g})")
        for name in PRICE_FIELDS:
            value = _number(order.get(name))
            if value is not None and (not math.isfinite(value) or (value < 0 and not combo)):
                raise ApiError(400, f"Bad Request: {where}.{name} {order[name]!r} is not a "
                               "valid price")

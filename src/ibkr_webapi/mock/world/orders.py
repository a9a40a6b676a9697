"""Orders and executions: what a client asked for, and the lifecycle it goes through.

A ticket is the validated order request. An order moves PreSubmitted -> Submitted ->
Filled (or PendingCancel -> Cancelled) as the clock advances: it reaches the exchange
`SUBMIT_DELAY` seconds after it became active, a market order fills `MARKET_FILL_DELAY`
seconds after that, and a limit or stop order fills when the market price crosses it.

>>> from ibkr_webapi.mock.world.catalogue import default_catalogue
>>> ticket = OrderTicket.from_request(
...     {"conid": 265598, "side": "BUY", "orderType": "LMT", "price": 190, "quantity": 5,
...      "tif": "DAY"}, default_catalogue())
>>> ticket.describe("AAPL")
'BUY 5 AAPL Limit 190.00, DAY'
>>> ticket.fill_price(market=189.5), ticket.fill_price(market=191.0)
(189.5, None)
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from ibkr_webapi.mock.handler_api import ApiError
from ibkr_webapi.mock.world.catalogue import Catalogue

PRE_SUBMITTED = "PreSubmitted"
SUBMITTED = "Submitted"
FILLED = "Filled"
PENDING_CANCEL = "PendingCancel"
CANCELLED = "Cancelled"
WORKING = frozenset({PRE_SUBMITTED, SUBMITTED})

SUBMIT_DELAY = 1.0
"""Seconds from activation until the exchange accepts the order (PreSubmitted -> Submitted)."""
MARKET_FILL_DELAY = 1.0
"""Seconds a submitted market order waits for its fill."""
CANCEL_DELAY = 0.5
"""Seconds a submitted order stays PendingCancel before it is Cancelled."""

ORDER_TYPE_NAMES = {"LMT": "Limit", "MKT": "Market", "STP": "Stop", "STOP_LIMIT": "Stop Limit",
                    "MIDPRICE": "Midprice", "TRAIL": "Trail", "TRAILLMT": "Trail Limit"}
PRICED_TYPES = frozenset({"LMT", "STP", "STOP_LIMIT", "TRAILLMT"})


def _number(body: Mapping[str, Any], key: str) -> float | None:
    value = body.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ApiError(400, f"{key} must be a number")
    return float(value)


@dataclass(frozen=True)
class OrderTicket:
    """A validated order request (one element of the `orders` array)."""

    conid: int
    side: str
    order_type: str
    tif: str
    quantity: float
    price: float | None = None
    aux_price: float | None = None
    trailing_amount: float | None = None
    trailing_percent: bool = False
    cash_quantity: float | None = None
    outside_rth: bool = False
    client_order_id: str | None = None
    parent_id: str | None = None

    @classmethod
    def from_request(cls, body: Mapping[str, Any], catalogue: Catalogue) -> OrderTicket:
        """Validate one order object; `ApiError` with IBKR's status for what is wrong."""
        conid = body.get("conid")
        if conid is None and isinstance(body.get("conidex"), str):
            conid = body["conidex"].partition("@")[0]
        if conid is None:
            raise ApiError(400, "conid or conidex is required")
        instrument = catalogue.get(conid)
        ticket = cls(
            instrument.conid, str(body.get("side")), str(body.get("orderType")),
            str(body.get("tif")), _number(body, "quantity") or 0.0, _number(body, "price"),
            _number(body, "auxPrice"), _number(body, "trailingAmt"),
            body.get("trailingType") == "%", _number(body, "cashQty"),
            bool(body.get("outsideRTH", False)), body.get("cOID"), body.get("parentId"))
        ticket.validate()
        return ticket

    def validate(self) -> None:
        if self.side not in ("BUY", "SELL"):
            raise ApiError(400, f"side must be BUY or SELL, not {self.side}")
        if self.order_type not in ORDER_TYPE_NAMES:
            raise ApiError(400, f"Unsupported order type {self.order_type}")
        if self.quantity <= 0 and not self.cash_quantity:
            # IBKR answers a non-positive size with a 500, not a 400 (OBSERVED-DEVIATIONS).
            raise ApiError(500, "Order quantity must be positive", {"error": "Invalid quantity"})
        if self.order_type in PRICED_TYPES and self.price is None:
            raise ApiError(400, f"price is required for {self.order_type} orders")
        if self.order_type == "STOP_LIMIT" and self.aux_price is None:
            raise ApiError(400, "auxPrice (the stop price) is required for STOP_LIMIT orders")
        if self.order_type.startswith("TRAIL") and self.trailing_amount is None:
            raise ApiError(400, "trailingAmt is required for trailing orders")

    @property
    def signed_quantity(self) -> float:
        return self.quantity if self.side == "BUY" else -self.quantity

    def with_quantity(self, quantity: float) -> OrderTicket:
        return replace(self, quantity=quantity, cash_quantity=None)

    def describe(self, symbol: str = "") -> str:
        """IBKR's order description, e.g. 'BUY 5 AAPL Limit 190.00, DAY'."""
        words = [self.side, f"{self.quantity:g}", symbol, ORDER_TYPE_NAMES[self.order_type]]
        if self.price is not None:
            words.append(f"{self.price:.2f}")
        return " ".join(w for w in words if w) + f", {self.tif}"

    def stop_price(self, reference: float) -> float | None:
        """The trigger price of a stop or trailing order (None for other types)."""
        if self.order_type == "STP":
            return self.price
        if self.order_type == "STOP_LIMIT":
            return self.aux_price
        if self.order_type.startswith("TRAIL") and self.trailing_amount is not None:
            offset = reference * self.trailing_amount / 100 if self.trailing_percent \
                else self.trailing_amount
            return reference + offset if self.side == "BUY" else reference - offset
        return None

    def triggered(self, market: float, reference: float) -> bool:
        stop = self.stop_price(reference)
        if stop is None:
            return True
        return market >= stop if self.side == "BUY" else market <= stop

    def fill_price(self, market: float, reference: float | None = None) -> float | None:
        """The price this order fills at when the market trades at `market`, or None."""
        if not self.triggered(market, market if reference is None else reference):
            return None
        limit = None if self.order_type in ("MKT", "MIDPRICE", "STP", "TRAIL") else self.price
        if limit is None:
            return market
        if self.side == "BUY":
            return min(limit, market) if market <= limit else None
        return max(limit, market) if market >= limit else None


@dataclass
class Order:
    """A placed order and where it is in its lifecycle."""

    order_id: int
    account_id: str
    ticket: OrderTicket
    placed_at: float
    reference_price: float
    """The market price when placed: trailing stops trail from it."""
    order_ref: str
    status: str = PRE_SUBMITTED
    active_since: float | None = None
    """When the order started working; None while a bracket child waits for its parent."""
    parent_order_id: int | None = None
    cancel_requested_at: float | None = None
    filled_quantity: float = 0.0
    average_fill_price: float = 0.0
    last_change: float = 0.0

    @property
    def is_working(self) -> bool:
        return self.status in WORKING or self.status == PENDING_CANCEL

    @property
    def remaining(self) -> float:
        return max(self.ticket.quantity - self.filled_quantity, 0.0)


@dataclass(frozen=True)
class Execution:
    """One fill of an order."""

    execution_id: str
    order_id: int
    account_id: str
    conid: int
    side: str
    quantity: float
    price: float
    commission: float
    time: float
    realized_pnl: float
    position_after: float
    order_ref: str
    order_description: str
    multiplier: float = 1.0

    @property
    def signed_quantity(self) -> float:
        return self.quantity if self.side == "BUY" else -self.quantity

    @property
    def net_amount(self) -> float:
        """What changed hands before commission, positive both ways (as IBKR reports it)."""
        return round(self.quantity * self.price * self.multiplier, 6)

"""Order precaution questions ("Are you sure you want to submit this order?") and replies.

Which questions an order triggers is a pure function of the order, its instrument, the
market price and the account, minus the suppressed message ids:

- o163: a limit price more than 3% away from the market;
- o10153: a market order (IBKR caps its price);
- o10331: a stop or trailing order;
- o383: more than 500 shares or contracts;
- o451: a value estimate above 100,000 USD;
- o10223: a cash-quantity order;
- p6: an order for the advisor master (it is allocated over sub-accounts).

Questions are asked one at a time, each under a fresh single-use reply id.

>>> from ibkr_webapi.mock.world.catalogue import default_catalogue
>>> from ibkr_webapi.mock.world.orders import OrderTicket
>>> aapl = default_catalogue().get(265598)
>>> ticket = OrderTicket(265598, "BUY", "MKT", "DAY", 650)
>>> [q.message_id for q in questions_for(ticket, aapl, 190.0, advisor=False)]
['o10153', 'o383', 'o451']
>>> [q.message_id for q in questions_for(ticket, aapl, 190.0, False, frozenset({"o383"}))]
['o10153', 'o451']
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ibkr_webapi.mock.handler_api import ApiError
from ibkr_webapi.mock.world.catalogue import Instrument
from ibkr_webapi.mock.world.orders import OrderTicket

PRICE_PERCENTAGE_LIMIT = 0.03
SIZE_LIMIT = 500
TOTAL_VALUE_LIMIT = 100_000.0
ASK = "\nAre you sure you want to submit this order?"
MANDATORY_CAP = (
    "<h4>Confirm Mandatory Cap Price</h4>To avoid trading at a price that is not consistent "
    "with a fair and orderly market, IB may set a cap (for a buy order) or floor (for a sell "
    "order). THIS MAY CAUSE AN ORDER THAT WOULD OTHERWISE BE MARKETABLE TO NOT BE TRADED.")
STOP_WARNING = ("You are about to submit a stop order. Please be aware of the various stop "
                "order types available and the risks associated with each one." + ASK)
CASH_QUANTITY = (
    "<h4>Cash Quantity Order Confirmation</h4>Orders that express size using a monetary value "
    "(cash quantity) are provided on a non-guaranteed basis.")
ALLOCATION = ("This order will be distributed over multiple accounts. We strongly suggest you "
              "familiarize yourself with our allocation facilities before submitting orders.")


@dataclass(frozen=True)
class Question:
    message_id: str
    text: str


def questions_for(ticket: OrderTicket, instrument: Instrument, market: float, advisor: bool,
                  suppressed: frozenset[str] = frozenset()) -> list[Question]:
    """The questions `ticket` triggers, in the order IBKR asks them."""
    label = f'"{ticket.side} {ticket.quantity:g} {instrument.symbol} {instrument.listing_exchange}'
    found: list[Question] = []
    limit = ticket.price if ticket.order_type in ("LMT", "STOP_LIMIT", "TRAILLMT") else None
    if limit is not None and abs(limit - market) > market * PRICE_PERCENTAGE_LIMIT:
        found.append(Question("o163", f'The following order {label} @ {limit}" price exceeds '
                              f"\nthe Percentage constraint of 3%.{ASK}"))
    if ticket.order_type == "MKT":
        found.append(Question("o10153", MANDATORY_CAP))
    if ticket.stop_price(market) is not None:
        found.append(Question("o10331", STOP_WARNING))
    if ticket.quantity > SIZE_LIMIT:
        found.append(Question("o383", f'The following order {label}" size exceeds the Size '
                              f"Limit of {SIZE_LIMIT}.{ASK}"))
    value = ticket.quantity * (limit or market) * instrument.multiplier
    if value > TOTAL_VALUE_LIMIT:
        found.append(Question("o451", f'The following order {label}" value estimate of '
                              f"{value:,.2f} {instrument.currency} exceeds \nthe Total Value "
                              f"Limit of {TOTAL_VALUE_LIMIT:,.0f} USD.{ASK}"))
    if ticket.cash_quantity:
        found.append(Question("o10223", CASH_QUANTITY))
    if advisor:
        found.append(Question("p6", ALLOCATION))
    return [q for q in found if q.message_id not in suppressed]


Completion = Callable[[], Any]
"""What confirming the last question does; returns the reply body (the order ack)."""


@dataclass
class PendingReply:
    questions: list[Question]
    complete: Completion


class ReplyBook:
    """Outstanding questions by reply id; ids are single-use.

    A new order request invalidates the questions still open (IBKR: "the order will be
    invalidated and attempts to confirm invalid replies will result in a timeout (503)").
    """

    def __init__(self, seed: int) -> None:
        self._rng = random.Random(f"replies-{seed}")
        self._pending: dict[str, PendingReply] = {}
        self._invalidated: set[str] = set()

    def ask(self, questions: list[Question], complete: Completion) -> Any:
        """Start a question sequence; returns the answer body (the first question, or the ack)."""
        self._invalidated.update(self._pending)
        self._pending.clear()
        if not questions:
            return complete()
        return self._next(PendingReply(questions, complete))

    def reply(self, reply_id: str, confirmed: bool) -> Any:
        """Answer the question `reply_id`; returns the next question, the ack or an error body."""
        if reply_id in self._invalidated:
            raise ApiError(503, "Timeout: the order was invalidated by a later order request")
        pending = self._pending.pop(reply_id, None)
        if pending is None:
            # IBKR's body here has no statusCode (OBSERVED-DEVIATIONS)
            body = {"error": f"reply id not found: '{reply_id}'"}
            raise ApiError(400, "reply id not found", body)
        if not confirmed:
            return {"error": "The order was not confirmed and has been discarded"}
        pending.questions.pop(0)
        if not pending.questions:
            return pending.complete()
        return self._next(pending)

    def _next(self, pending: PendingReply) -> list[dict[str, Any]]:
        reply_id = str(uuid.UUID(int=self._rng.getrandbits(128), version=4))
        self._pending[reply_id] = pending
        question = pending.questions[0]
        return [{"id": reply_id, "message": [question.text], "isSuppressed": False,
                 "messageIds": [question.message_id]}]

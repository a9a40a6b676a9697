"""The trading domain: books per account, orders, executions, and the question loop.

State advances lazily: every read or write first calls `advance()`, which computes from
the clock what happened since (orders reaching the exchange, fills at the market price,
cancellations taking effect) and publishes ORDER, TRADE and PNL events for it. No
background task is needed, and a fake clock makes every transition deterministic.

>>> from ibkr_webapi.mock.world import build_world
>>> now = [1_760_000_000.0]
>>> world = build_world(seed=1, clock=lambda: now[0])
>>> trading = world.trading
>>> ack = trading.place("U1234567", [{"conid": 265598, "side": "BUY", "orderType": "LMT",
...                                   "price": trading.price(265598), "quantity": 10,
...                                   "tif": "DAY"}])
>>> order = trading.order(int(ack[0]["order_id"]))
>>> order.status
'PreSubmitted'
>>> now[0] += 5; trading.advance(); order.status
'Filled'
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from ibkr_webapi.mock.handler_api import ApiError
from ibkr_webapi.mock.world.accounts import Account, Accounts
from ibkr_webapi.mock.world.book import Book
from ibkr_webapi.mock.world.catalogue import Catalogue, Instrument
from ibkr_webapi.mock.world.costs import commission
from ibkr_webapi.mock.world.events import ORDER, PNL, TRADE, EventBus
from ibkr_webapi.mock.world.market import Market
from ibkr_webapi.mock.world.orders import (
    CANCEL_DELAY,
    CANCELLED,
    FILLED,
    MARKET_FILL_DELAY,
    PENDING_CANCEL,
    PRE_SUBMITTED,
    SUBMIT_DELAY,
    SUBMITTED,
    Execution,
    Order,
    OrderTicket,
)
from ibkr_webapi.mock.world.pricing import PriceBoard
from ibkr_webapi.mock.world.questions import ReplyBook, questions_for
from ibkr_webapi.mock.world.seeding import seed_history
from ibkr_webapi.mock.world.trading_views import ack, live_order, trade
from ibkr_webapi.mock.world.valuation import AccountValue, MarkedPosition, value_books
from ibkr_webapi.mock.world.what_if import what_if

Clock = Callable[[], float]


@dataclass(frozen=True)
class Deposit:
    """A cash deposit into an account."""

    account_id: str
    currency: str
    amount: float
    time: float


class Trading:
    """Books, orders and executions of every account, moved by the clock and the market."""

    def __init__(self, seed: int, accounts: Accounts, catalogue: Catalogue,
                 prices: PriceBoard, events: EventBus, clock: Clock) -> None:
        self.accounts = accounts
        self.catalogue = catalogue
        self.prices = prices
        self.events = events
        self.clock = clock
        self.books: dict[str, Book] = {a.account_id: Book({"USD": 0.0}) for a in accounts.all}
        self.orders: dict[int, Order] = {}
        self.executions: list[Execution] = []
        self.replies = ReplyBook(seed)
        self.suppressed: set[str] = set()
        self.deposits: list[Deposit] = []
        rng = random.Random(f"orders-{seed}")
        self._order_ids = itertools.count(rng.randrange(1_100_000_000, 1_900_000_000))
        self._execution_ids = itertools.count(rng.randrange(0x10000, 0x20000))
        self._advancing = False

    @classmethod
    def seeded(cls, seed: int, accounts: Accounts, catalogue: Catalogue, market: Market,
               events: EventBus, clock: Clock) -> Trading:
        """A trading world with seeded deposits and a few weeks of past executions."""
        trading = cls(seed, accounts, catalogue, PriceBoard(market), events, clock)
        seed_history(trading, random.Random(f"history-{seed}"), clock())
        return trading

    def deposit(self, account_id: str, amounts: Mapping[str, float], at: float) -> None:
        """Credit cash to an account (the seeded opening deposits)."""
        for currency, amount in amounts.items():
            book = self.books[account_id]
            book.cash[currency] = book.cash.get(currency, 0.0) + amount
            self.deposits.append(Deposit(account_id, currency, amount, at))

    def book_past_trade(self, account_id: str, conid: int, signed_quantity: float,
                        price: float, at: float) -> Order:
        """Record a filled order from before the mock started (seeded history)."""
        instrument = self.catalogue.get(conid)
        side = "BUY" if signed_quantity > 0 else "SELL"
        ticket = OrderTicket(conid, side, "LMT", "DAY", abs(signed_quantity), price)
        order = Order(next(self._order_ids), account_id, ticket, at, price,
                      f"seed-{instrument.symbol}-{side}", status=FILLED, active_since=at,
                      filled_quantity=abs(signed_quantity), average_fill_price=price,
                      last_change=at)
        self.orders[order.order_id] = order
        self.book_execution(account_id, instrument, signed_quantity, price, at, order)
        return order

    # -- prices and valuation -------------------------------------------------------------

    def price(self, conid: int) -> float:
        """The market price of `conid` now."""
        return self.prices.now(conid, self.clock())

    def value(self, account_id: str) -> AccountValue:
        """The account marked to market; for the advisor master, with its sub-accounts."""
        self.advance()
        members = self.accounts.members(account_id)
        return value_books([self.books[a.account_id] for a in members], self.catalogue,
                           self.price, account_id)

    def positions(self, account_id: str) -> list[MarkedPosition]:
        """The open positions of one account (not summed over sub-accounts)."""
        return self.value_of_own(account_id).positions

    def value_of_own(self, account_id: str) -> AccountValue:
        self.advance()
        self.accounts.get(account_id)
        return value_books([self.books[account_id]], self.catalogue, self.price, account_id)

    # -- orders -----------------------------------------------------------------------------

    def place(self, account_id: str, requests: Iterable[Mapping[str, Any]]) -> Any:
        """Place orders (a parent and its children, or one order); returns the first answer:
        a question with a reply id, or the acks."""
        self.advance()
        account = self.accounts.get(account_id)
        tickets = [OrderTicket.from_request(request, self.catalogue) for request in requests]
        if not tickets:
            raise ApiError(400, "orders must not be empty")
        questions = self._questions(account, tickets)
        return self.replies.ask(questions, lambda: self._accept(account, tickets))

    def reply(self, reply_id: str, confirmed: bool) -> Any:
        self.advance()
        return self.replies.reply(reply_id, confirmed)

    def modify(self, account_id: str, order_id: str, request: Mapping[str, Any]) -> Any:
        self.advance()
        account = self.accounts.get(account_id)
        order = self._working_order(account, order_id)
        if isinstance(order, dict):
            return order
        ticket = OrderTicket.from_request({"conid": order.ticket.conid, **request},
                                          self.catalogue)
        if ticket.conid != order.ticket.conid or ticket.side != order.ticket.side:
            return {"error": "The contract and side of an order cannot be modified"}
        return self.replies.ask(self._questions(account, [ticket]),
                                lambda: self._apply_modification(order, ticket))

    def cancel(self, account_id: str, order_id: str) -> dict[str, Any]:
        """Cancel one order, or every working order of the account when `order_id` is -1."""
        self.advance()
        account = self.accounts.get(account_id)
        if order_id == "-1":
            for order in self.orders.values():
                if order.account_id == account.account_id and order.is_working:
                    self._request_cancel(order)
            return {"msg": "Request was submitted", "order_id": -1, "conid": -1, "account": None}
        target = self._working_order(account, order_id)
        if isinstance(target, dict):
            return target
        immediate = self._request_cancel(target)
        return {"msg": "Request was submitted", "order_id": target.order_id,
                "conid": -1 if immediate else target.ticket.conid,
                "account": None if immediate else target.account_id}

    def preview(self, account_id: str, requests: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
        """The what-if answer for the first order of the request."""
        self.advance()
        account = self.accounts.get(account_id)
        tickets = [OrderTicket.from_request(request, self.catalogue) for request in requests]
        if not tickets:
            raise ApiError(400, "orders must not be empty")
        ticket = tickets[0]
        instrument = self.catalogue.get(ticket.conid)
        held = self.books[account.account_id].positions.get(ticket.conid)
        return what_if(ticket, instrument, self.price(ticket.conid), self.value(account_id),
                       held.quantity if held else 0.0)

    def has_order(self, order_id: int | str) -> bool:
        """Whether `order_id` names an order of this server (any state)."""
        return _as_int(order_id) in self.orders

    def order(self, order_id: int | str) -> Order:
        """The order; `ApiError` 503 as IBKR answers for an unknown order id."""
        self.advance()
        found = self.orders.get(_as_int(order_id))
        if found is None:
            raise ApiError(503, f"Order {order_id} is not found")
        return found

    def suppress(self, message_ids: Iterable[str]) -> None:
        self.suppressed.update(message_ids)

    def reset_suppressed(self) -> None:
        self.suppressed.clear()

    # -- lifecycle --------------------------------------------------------------------------

    def advance(self) -> None:
        """Bring every working order up to the clock, publishing what changed."""
        if self._advancing:
            return
        self._advancing = True
        try:
            now = self.clock()
            for order in list(self.orders.values()):
                if order.is_working:
                    self._step(order, now)
        finally:
            self._advancing = False

    def _step(self, order: Order, now: float) -> None:
        if order.active_since is None and not self._activate_child(order):
            return
        assert order.active_since is not None
        if order.cancel_requested_at is not None:
            if now >= order.cancel_requested_at + CANCEL_DELAY:
                self._set_status(order, CANCELLED, now)
            return
        if order.status == PRE_SUBMITTED and now >= order.active_since + SUBMIT_DELAY:
            self._set_status(order, SUBMITTED, now)
        if order.status == SUBMITTED:
            self._try_fill(order, now)

    def _activate_child(self, order: Order) -> bool:
        parent = self.orders.get(order.parent_order_id or 0)
        if parent is None or parent.status == CANCELLED:
            self._set_status(order, CANCELLED, self.clock())
            return False
        if parent.status != FILLED:
            return False
        order.active_since = parent.last_change
        return True

    def _try_fill(self, order: Order, now: float) -> None:
        ticket = order.ticket
        assert order.active_since is not None
        if ticket.order_type in ("MKT", "MIDPRICE") and (
                now < order.active_since + SUBMIT_DELAY + MARKET_FILL_DELAY):
            return
        instrument = self.catalogue.get(ticket.conid)
        price = ticket.fill_price(self.price(ticket.conid), order.reference_price)
        if price is None:
            if ticket.tif == "IOC":
                self._set_status(order, CANCELLED, now)
            return
        self._fill(order, instrument, round(price / instrument.tick) * instrument.tick, now)

    def _fill(self, order: Order, instrument: Instrument, price: float, now: float) -> None:
        price = round(price, 6)
        for account_id, quantity in self._allocation(order):
            signed = quantity if order.ticket.side == "BUY" else -quantity
            self.book_execution(account_id, instrument, signed, price, now, order)
        order.filled_quantity = order.ticket.quantity
        order.average_fill_price = price
        self._set_status(order, FILLED, now)
        for account in self.accounts.members(order.account_id):
            self.events.publish(PNL, {"acctId": account.account_id,
                                      **self.partitioned_pnl([account.account_id])})

    def book_execution(self, account_id: str, instrument: Instrument, signed_quantity: float,
                       price: float, at: float, order: Order) -> Execution:
        """Move the book of `account_id` by one execution and record it."""
        fee = commission(instrument, signed_quantity, price)
        book = self.books[account_id]
        realized = book.apply_fill(instrument, signed_quantity, price, fee)
        held = book.positions.get(instrument.conid)
        execution = Execution(
            f"{next(self._execution_ids):08x}.{order.order_id & 0xFFFFFFFF:08x}.01.01",
            order.order_id, account_id, instrument.conid,
            "BUY" if signed_quantity > 0 else "SELL", abs(signed_quantity), price, fee, at,
            realized, held.quantity if held else 0.0, order.order_ref,
            order.ticket.describe(instrument.symbol), instrument.multiplier)
        self.executions.append(execution)
        self.events.publish(TRADE, trade(execution, instrument))
        return execution

    def _allocation(self, order: Order) -> list[tuple[str, float]]:
        """Who gets the fill: the account, or the advisor's clients in equal shares."""
        account = self.accounts.get(order.account_id)
        if not account.is_advisor:
            return [(account.account_id, order.ticket.quantity)]
        clients = self.accounts.members(account.account_id)[1:]
        share, extra = divmod(int(order.ticket.quantity), len(clients))
        return [(c.account_id, float(share + (i < extra))) for i, c in enumerate(clients)
                if share + (i < extra) > 0]

    def _set_status(self, order: Order, status: str, now: float) -> None:
        order.status = status
        order.last_change = now
        self.events.publish(ORDER, live_order(order, self.catalogue.get(order.ticket.conid)))

    def _request_cancel(self, order: Order) -> bool:
        """Cancel `order`; True when it never reached the exchange and died at once."""
        now = self.clock()
        if order.status == PRE_SUBMITTED:
            self._set_status(order, CANCELLED, now)
            return True
        order.cancel_requested_at = now
        self._set_status(order, PENDING_CANCEL, now)
        return False

    def _accept(self, account: Account, tickets: list[OrderTicket]) -> list[dict[str, Any]]:
        now = self.clock()
        by_client_id: dict[str, Order] = {}
        placed: list[Order] = []
        for ticket in tickets:
            parent = by_client_id.get(ticket.parent_id or "") or self.orders.get(
                _as_int(ticket.parent_id or "0"))
            order = self._new_order(account, ticket, now, parent)
            if ticket.client_order_id:
                by_client_id[ticket.client_order_id] = order
            placed.append(order)
        return [ack(order) for order in placed]

    def _new_order(self, account: Account, ticket: OrderTicket, now: float,
                   parent: Order | None) -> Order:
        instrument = self.catalogue.get(ticket.conid)
        order_id = next(self._order_ids)
        reference = ticket.client_order_id or (
            f"{order_id % 100_000}-{instrument.symbol}-{ticket.quantity:g}-{ticket.side}")
        order = Order(order_id, account.account_id, ticket, now, self.price(ticket.conid),
                      reference, active_since=None if parent else now,
                      parent_order_id=parent.order_id if parent else None, last_change=now)
        self.orders[order_id] = order
        self.events.publish(ORDER, live_order(order, instrument))
        return order

    def _apply_modification(self, order: Order, ticket: OrderTicket) -> list[dict[str, Any]]:
        if not order.is_working or order.cancel_requested_at is not None:
            return [ack(order)]
        order.ticket = ticket
        self._set_status(order, order.status, self.clock())
        self.advance()
        return [ack(order)]

    def _working_order(self, account: Account, order_id: str) -> Order | dict[str, Any]:
        """The account's working order, or IBKR's error body when it has none by that id."""
        order = self.orders.get(_as_int(order_id))
        if order is None or order.account_id != account.account_id:
            return {"error": f"OrderID {order_id} doesn't exist"}
        if not order.is_working or order.cancel_requested_at is not None:
            return {"error": f"Order {order_id} is {order.status} and can no longer be changed"}
        return order

    def _questions(self, account: Account, tickets: list[OrderTicket]) -> list[Any]:
        seen: dict[str, Any] = {}
        for ticket in tickets:
            instrument = self.catalogue.get(ticket.conid)
            for question in questions_for(ticket, instrument, self.price(ticket.conid),
                                          account.is_advisor, frozenset(self.suppressed)):
                seen.setdefault(question.message_id, question)
        return list(seen.values())

    # -- reports ----------------------------------------------------------------------------

    def partitioned_pnl(self, account_ids: Iterable[str]) -> dict[str, Any]:
        """/iserver/account/pnl/partitioned for these accounts."""
        rows = {}
        for account_id in account_ids:
            value = self.value(account_id)
            rows[f"{account_id}.Core"] = {
                "rowType": 1, "dpl": self.daily_pnl(value), "nl": value.net_liquidation,
                "upl": value.unrealized_pnl, "el": value.excess_liquidity,
                "mv": round(value.gross_position_value, 2)}
        return {"upnl": rows}

    def daily_pnl(self, value: AccountValue) -> float:
        """P&L since the prior close: price moves of the positions held."""
        return round(sum(
            p.position.quantity * p.instrument.multiplier * value.rate(p.instrument.currency)
            * (p.price - self.prices.prior_close(p.instrument.conid, self.clock()))
            for p in value.positions if p.instrument.sec_type != "CASH"), 2)

    def orders_of(self, account_ids: Iterable[str], since: float) -> list[Order]:
        wanted = set(account_ids)
        self.advance()
        return [o for o in self.orders.values()
                if o.account_id in wanted and (o.placed_at >= since or o.is_working)]

    def executions_of(self, account_ids: Iterable[str], since: float) -> list[Execution]:
        wanted = set(account_ids)
        self.advance()
        return [e for e in self.executions if e.account_id in wanted and e.time >= since]


def _as_int(value: int | str) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return -1

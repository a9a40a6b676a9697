"""Marking books to market: the numbers behind ledger, summary, P&L and what-if.

Every figure is derived from cash, positions and current prices, so they agree with
each other and move with every fill: net liquidation = cash + position values (futures
count their unrealised P&L only), margins follow `costs.MARGIN_RATES`.

>>> from ibkr_webapi.mock.world.book import Book
>>> from ibkr_webapi.mock.world.catalogue import default_catalogue
>>> catalogue = default_catalogue()
>>> book = Book({"USD": 1000.0})
>>> _ = book.apply_fill(catalogue.get(265598), 10, 100.0, commission=0.0)
>>> value = value_books([book], catalogue, lambda conid: 110.0)
>>> value.cash, value.stock, value.net_liquidation, value.unrealized_pnl
(0.0, 1100.0, 1100.0, 100.0)
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from ibkr_webapi.mock.world.book import Book, Position
from ibkr_webapi.mock.world.catalogue import Catalogue, Instrument
from ibkr_webapi.mock.world.costs import MARGIN_RATES, PriceOf, usd_per_unit

VALUE_BUCKETS = {"STK": "stock", "OPT": "options", "FUT": "futures", "BOND": "bonds",
                 "EC": "event_contracts", "CASH": "stock", "IND": "stock"}


@dataclass(frozen=True)
class MarkedPosition:
    """A position with its current price and value (in its own currency)."""

    account_id: str
    position: Position
    instrument: Instrument
    price: float

    @property
    def market_value(self) -> float:
        return self.position.quantity * self.price * self.instrument.multiplier

    @property
    def unrealized_pnl(self) -> float:
        cost = self.position.quantity * self.position.average_price * self.instrument.multiplier
        return self.market_value - cost

    @property
    def liquidation_value(self) -> float:
        """What the position adds to net liquidation: futures only their open P&L."""
        return self.unrealized_pnl if self.instrument.sec_type == "FUT" else self.market_value


@dataclass
class CurrencyValue:
    """The ledger figures of one currency, in that currency."""

    currency: str
    rate: float
    cash: float = 0.0
    values: dict[str, float] = field(default_factory=dict)
    unrealized_pnl: float = 0.0
    realized_pnl: float = 0.0
    futures_pnl: float = 0.0

    @property
    def net_liquidation(self) -> float:
        held = sum(value for bucket, value in self.values.items() if bucket != "futures")
        return self.cash + held + self.futures_pnl


@dataclass
class AccountValue:
    """Everything in the base currency (USD), plus the per-currency ledger."""

    currencies: dict[str, CurrencyValue]
    positions: list[MarkedPosition]

    def _sum(self, attribute: str) -> float:
        total: float = sum(getattr(c, attribute) * c.rate for c in self.currencies.values())
        return round(total, 2)

    def bucket(self, name: str) -> float:
        return round(sum(c.values.get(name, 0.0) * c.rate for c in self.currencies.values()), 2)

    @property
    def cash(self) -> float:
        return self._sum("cash")

    @property
    def stock(self) -> float:
        return self.bucket("stock")

    @property
    def net_liquidation(self) -> float:
        return self._sum("net_liquidation")

    @property
    def unrealized_pnl(self) -> float:
        return self._sum("unrealized_pnl")

    @property
    def realized_pnl(self) -> float:
        return self._sum("realized_pnl")

    @property
    def gross_position_value(self) -> float:
        return round(sum(abs(p.market_value) * self.rate(p.instrument.currency)
                         for p in self.positions), 2)

    def rate(self, currency: str) -> float:
        found = self.currencies.get(currency)
        return found.rate if found else 1.0

    def margin(self, maintenance: bool = False) -> float:
        return round(sum(abs(p.market_value) * self.rate(p.instrument.currency)
                         * MARGIN_RATES.get(p.instrument.sec_type, (0.3, 0.3))[maintenance]
                         for p in self.positions), 2)

    @property
    def available_funds(self) -> float:
        return round(self.net_liquidation - self.margin(), 2)

    @property
    def excess_liquidity(self) -> float:
        return round(self.net_liquidation - self.margin(maintenance=True), 2)

    @property
    def buying_power(self) -> float:
        return round(max(self.available_funds, 0.0) * 4, 2)


def mark_positions(account_id: str, book: Book, catalogue: Catalogue,
                   price_of: PriceOf) -> list[MarkedPosition]:
    return [MarkedPosition(account_id, p, catalogue.get(p.conid), price_of(p.conid))
            for p in book.open_positions()]


def value_books(books: Iterable[Book], catalogue: Catalogue, price_of: PriceOf,
                account_id: str = "") -> AccountValue:
    """Mark the books (one account, or an advisor and its clients) to market."""
    currencies: dict[str, CurrencyValue] = {}

    def currency(code: str) -> CurrencyValue:
        if code not in currencies:
            currencies[code] = CurrencyValue(code, usd_per_unit(code, price_of))
        return currencies[code]

    marked: list[MarkedPosition] = []
    for book in books:
        for code, amount in book.cash.items():
            currency(code).cash += amount
        for position in book.positions.values():
            currency(catalogue.get(position.conid).currency).realized_pnl += position.realized_pnl
        marked += mark_positions(account_id, book, catalogue, price_of)
    for mark in marked:
        entry = currency(mark.instrument.currency)
        bucket = VALUE_BUCKETS.get(mark.instrument.sec_type, "stock")
        entry.values[bucket] = entry.values.get(bucket, 0.0) + mark.market_value
        entry.unrealized_pnl += mark.unrealized_pnl
        if mark.instrument.sec_type == "FUT":
            entry.futures_pnl += mark.unrealized_pnl
    currency("USD")
    return AccountValue(currencies, marked)

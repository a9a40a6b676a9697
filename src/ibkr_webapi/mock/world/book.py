"""One account's holdings: cash per currency and positions, moved only by fills.

Stocks, options, bonds and event contracts pay their value in cash when bought; futures
exchange no premium, so only their realised P&L reaches cash. Forex trades (secType CASH)
are conversions: they move two cash balances and open no position, as at IBKR.

>>> from ibkr_webapi.mock.world.catalogue import default_catalogue
>>> aapl = default_catalogue().get(265598)
>>> book = Book({"USD": 10_000.0})
>>> book.apply_fill(aapl, 10, 100.0, commission=1.0)
0.0
>>> book.cash["USD"], book.positions[265598].quantity
(8999.0, 10.0)
>>> book.apply_fill(aapl, -4, 110.0, commission=1.0)
40.0
>>> book.cash["USD"], book.positions[265598].quantity
(9438.0, 6.0)
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ibkr_webapi.mock.world.catalogue import Instrument


@dataclass
class Position:
    """A signed quantity at an average price (per unit, before the multiplier)."""

    conid: int
    quantity: float = 0.0
    average_price: float = 0.0
    realized_pnl: float = 0.0


def forex_currencies(instrument: Instrument) -> tuple[str, str]:
    """(bought, paid) currencies of a forex pair: EUR.USD buys EUR and pays USD."""
    base, _, quote = instrument.listing_exchange.partition(".")
    return (base or instrument.symbol), (quote or instrument.currency)


@dataclass
class Book:
    """Cash by currency and positions by conid."""

    cash: dict[str, float]
    positions: dict[int, Position] = field(default_factory=dict)

    def apply_fill(self, instrument: Instrument, signed_quantity: float, price: float,
                   commission: float) -> float:
        """Book one execution; returns the P&L it realised (before commission)."""
        if instrument.sec_type == "CASH":
            bought, paid = forex_currencies(instrument)
            self._add_cash(bought, signed_quantity)
            self._add_cash(paid, -signed_quantity * price - commission)
            return 0.0
        realized = self._move_position(instrument, signed_quantity, price)
        if instrument.sec_type == "FUT":
            settlement = realized
        else:
            settlement = -signed_quantity * price * instrument.multiplier
        self._add_cash(instrument.currency, settlement - commission)
        return realized

    def _add_cash(self, currency: str, amount: float) -> None:
        self.cash[currency] = round(self.cash.get(currency, 0.0) + amount, 6)

    def _move_position(self, instrument: Instrument, signed_quantity: float,
                       price: float) -> float:
        position = self.positions.setdefault(instrument.conid, Position(instrument.conid))
        held = position.quantity
        realized = 0.0
        if held * signed_quantity < 0:
            closed = min(abs(held), abs(signed_quantity))
            direction = 1.0 if held > 0 else -1.0
            realized = closed * (price - position.average_price) * instrument.multiplier * direction
            position.realized_pnl += realized
        after = held + signed_quantity
        if after == 0:
            position.average_price = 0.0
        elif held * after <= 0:
            position.average_price = price
        elif abs(after) > abs(held):
            position.average_price = (
                held * position.average_price + signed_quantity * price) / after
        position.quantity = after
        return realized

    def open_positions(self) -> list[Position]:
        return [p for p in self.positions.values() if p.quantity != 0]

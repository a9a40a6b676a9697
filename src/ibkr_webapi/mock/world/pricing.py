"""Prices for trading: the market's price of a conid now, at a past moment, and its prior close.

>>> from ibkr_webapi.mock.world.catalogue import default_catalogue
>>> from ibkr_webapi.mock.world.market import Market
>>> catalogue = default_catalogue()
>>> board = PriceBoard(Market.seeded(0, catalogue, lambda: 1.7e9))
>>> board.now(265598, 1.7e9) == board.at(265598, 1.7e9) > 0
True
"""

from __future__ import annotations

from ibkr_webapi.mock.world.market import Market


class PriceBoard:
    """Current prices, past prices and prior closes, read from the market's random walk."""

    def __init__(self, market: Market) -> None:
        self._market = market

    def now(self, conid: int, at: float) -> float:
        """The price of `conid` at the clock's `at`."""
        return self._market.price(conid, at)

    def at(self, conid: int, at: float) -> float:
        """The price of `conid` at a past epoch `at` (for replaying history)."""
        return self._market.price(conid, at)

    def prior_close(self, conid: int, at: float) -> float:
        """The close of the trading day before `at` (the base of daily P&L)."""
        return self._market.prior_close(conid, at)

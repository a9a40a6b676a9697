"""Prices in time: one seeded walk per instrument, derivatives priced from their underlying.

Stocks, indices, currencies and bonds follow a geometric walk around their catalogue price;
event contracts walk in log-odds so they stay between 0 and 1; futures follow their index
with a fixed basis; options are intrinsic value plus a time value proportional to the
underlying. Outside every session of its venue an instrument's price stays at its last
close. Prices are rounded to the instrument's tick.

>>> from ibkr_webapi.mock.world.catalogue import default_catalogue
>>> model = PriceModel(seed=1, catalogue=default_catalogue())
>>> model.price(265598, 1_775_140_000) == PriceModel(1, default_catalogue()).price(
...     265598, 1_775_140_000)
True
>>> model.price(649180695, 1_775_140_000) % 0.25 == 0
True
"""

from __future__ import annotations

import math

from ibkr_webapi.mock.world.catalogue import Catalogue, Instrument
from ibkr_webapi.mock.world.profiles import Profile, profile
from ibkr_webapi.mock.world.random_walk import BridgeWalk
from ibkr_webapi.mock.world.trading_hours import hours_for

REVERSION_HORIZON = 90 * 86_400
"""Seconds over which a walk behaves like Brownian motion before it starts to revert."""
_SECONDS_PER_DAY = 86_400


class PriceModel:
    """Deterministic prices for every instrument of a catalogue."""

    def __init__(self, seed: int, catalogue: Catalogue) -> None:
        self._seed = seed
        self._catalogue = catalogue
        self._walks: dict[int, BridgeWalk] = {}
        self._profiles: dict[int, Profile] = {}

    def profile(self, conid: int) -> Profile:
        if conid not in self._profiles:
            self._profiles[conid] = profile(self._catalogue.get(conid))
        return self._profiles[conid]

    def price(self, conid: int, moment: float) -> float:
        """The traded price at `moment` (the last close while the venue is shut)."""
        instrument = self._catalogue.get(conid)
        active = hours_for(instrument.sec_type).last_active(moment)
        return self.round_to_tick(instrument, self.raw_price(instrument, active))

    def raw_price(self, instrument: Instrument, moment: float) -> float:
        """The unrounded price of the walk at `moment`, ignoring trading hours."""
        if instrument.sec_type == "OPT":
            return self._option_price(instrument, moment)
        if instrument.sec_type == "FUT" and self._catalogue.find(instrument.underlying):
            underlying = self._catalogue.get(instrument.underlying)
            basis = instrument.price / underlying.price
            return self.raw_price(underlying, moment) * basis
        shock = self._shock(instrument, moment)
        if instrument.sec_type == "EC":
            odds = math.log(instrument.price / (1 - instrument.price)) + shock
            return 1 / (1 + math.exp(-odds))
        return instrument.price * math.exp(shock)

    def round_to_tick(self, instrument: Instrument, value: float) -> float:
        """`value` on the instrument's tick grid, at least one tick (below 1 for EC)."""
        ticks = max(1, round(value / instrument.tick))
        if instrument.sec_type == "EC":
            ticks = min(ticks, round(1 / instrument.tick) - 1)
        return round(ticks * instrument.tick, self.profile(instrument.conid).decimals)

    def _shock(self, instrument: Instrument, moment: float) -> float:
        walk = self._walks.get(instrument.conid)
        if walk is None:
            walk = BridgeWalk(self._seed, instrument.conid, REVERSION_HORIZON)
            self._walks[instrument.conid] = walk
        sigma = self.profile(instrument.conid).daily_volatility / math.sqrt(_SECONDS_PER_DAY)
        return sigma * walk.at(moment)

    def _option_price(self, option: Instrument, moment: float) -> float:
        underlying = self._catalogue.get(option.underlying)
        time_value = option.price - _intrinsic(underlying.price, option)
        spot = self.raw_price(underlying, moment)
        return _intrinsic(spot, option) + max(time_value, 0.0) * spot / underlying.price


def _intrinsic(spot: float, option: Instrument) -> float:
    if option.right == "C":
        return max(0.0, spot - option.strike)
    return max(0.0, option.strike - spot)

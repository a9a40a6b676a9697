"""The state of one instrument's market at one moment: last, bid/ask, sizes, day range, volume.

>>> from ibkr_webapi.mock.world.catalogue import default_catalogue
>>> from ibkr_webapi.mock.world.price_model import PriceModel
>>> model = PriceModel(seed=3, catalogue=default_catalogue())
>>> quote = make_quote(model, default_catalogue().get(265598), 1_775_150_000, seed=3)
>>> quote.bid < quote.ask and quote.low <= quote.last <= quote.high
True
>>> quote.market_open
True
"""

from __future__ import annotations

from dataclasses import dataclass

from ibkr_webapi.mock.world.catalogue import Instrument
from ibkr_webapi.mock.world.price_model import PriceModel
from ibkr_webapi.mock.world.random_walk import noise
from ibkr_webapi.mock.world.trading_hours import Span, hours_for

RANGE_SAMPLES = 48
"""Points of today's session sampled for the day's high and low."""
_SIZE_SALT, _SPREAD_SALT, _VOLUME_SALT = 1, 2, 3


@dataclass(frozen=True)
class Quote:
    """Top of book and day statistics. Prices are already rounded to the tick."""

    instrument: Instrument
    moment: float
    last: float
    bid: float
    ask: float
    bid_size: int
    ask_size: int
    last_size: int
    open: float
    high: float
    low: float
    prior_close: float
    close: float | None
    """Today's close, once today's regular session is over."""
    volume: float
    market_open: bool
    """Whether any session (regular or extended) is open now."""

    @property
    def change(self) -> float:
        return self.last - self.prior_close

    @property
    def change_percent(self) -> float:
        return 100 * self.change / self.prior_close if self.prior_close else 0.0

    @property
    def mark(self) -> float:
        """IBKR's mark: the ask if below last, the bid if above last, else last."""
        return self.ask if self.ask < self.last else self.bid if self.bid > self.last else self.last


def make_quote(model: PriceModel, instrument: Instrument, moment: float, seed: int) -> Quote:
    """The quote of `instrument` at `moment`."""
    sessions = hours_for(instrument.sec_type).spans_before(moment, outside_rth=False)
    today = next(sessions, (int(moment), int(moment)))
    previous = next(sessions, today)
    second = int(moment)
    last = model.price(instrument.conid, moment)
    low, high = day_range(model, instrument, today, last)
    bid, ask = _spread(model, instrument, last, _key(seed, instrument, second))
    session_over = today[1] < second
    return Quote(
        instrument, moment, last, bid, ask,
        bid_size=_size(seed, instrument, second, 1), ask_size=_size(seed, instrument, second, 2),
        last_size=_size(seed, instrument, second, 3),
        open=model.price(instrument.conid, today[0]), high=high, low=low,
        prior_close=model.price(instrument.conid, previous[1]),
        close=model.price(instrument.conid, today[1]) if session_over else None,
        volume=_day_volume(model, instrument, today, seed),
        market_open=hours_for(instrument.sec_type).is_open(moment, outside_rth=True))


def day_range(model: PriceModel, instrument: Instrument, span: Span,
              last: float) -> tuple[float, float]:
    """(low, high) of the session `span`, from evenly spaced samples plus the last price."""
    start, end = span
    step = max(1, (end - start) // RANGE_SAMPLES)
    prices = [model.price(instrument.conid, moment) for moment in range(start, end + 1, step)]
    prices.append(last)
    return min(prices), max(prices)


def _key(seed: int, instrument: Instrument, second: int) -> tuple[int, int, int]:
    return seed, instrument.conid, second


def _spread(model: PriceModel, instrument: Instrument, last: float,
            key: tuple[int, int, int]) -> tuple[float, float]:
    below = int(noise(*key, _SPREAD_SALT) * 3)
    above = max(1 - below, 0) + int(noise(*key, _SPREAD_SALT + 10) * 3)
    bid = model.round_to_tick(instrument, last - below * instrument.tick)
    ask = model.round_to_tick(instrument, last + above * instrument.tick)
    if ask <= bid:  # rounding at the price floor or the event-contract ceiling
        bid = model.round_to_tick(instrument, ask - instrument.tick)
    return bid, ask


def _size(seed: int, instrument: Instrument, second: int, side: int) -> int:
    scale = 40 if instrument.sec_type in ("STK", "OPT", "FUT", "EC") else 10
    return 1 + int(noise(seed, instrument.conid, second, _SIZE_SALT, side) * scale)


def _day_volume(model: PriceModel, instrument: Instrument, today: Span, seed: int) -> float:
    length = hours_for(instrument.sec_type).day_length(today[0], outside_rth=False) or 1
    elapsed = min(1.0, (today[1] - today[0]) / length)
    daily = model.profile(instrument.conid).daily_volume
    variation = 0.7 + 0.6 * noise(seed, instrument.conid, today[0], _VOLUME_SALT)
    return float(round(daily * elapsed * variation))

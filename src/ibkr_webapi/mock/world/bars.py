"""Historical bars from the price walk, respecting period, bar size and trading hours.

A period in days, weeks, months or years counts trading sessions (1d is the latest session,
1w five sessions, 1m 21, 1y 252); a period in minutes, hours or seconds counts trading time.
Intraday bars are aligned on each session's opening; daily, weekly and monthly bars
aggregate whole sessions. OHLC come from samples of the walk inside each bar.

>>> parse_duration("1min"), parse_duration("2h"), parse_duration("3m")
(Duration(count=1, unit='min'), Duration(count=2, unit='h'), Duration(count=3, unit='m'))
>>> check_step(parse_duration("1d"), parse_duration("1w"))
Traceback (most recent call last):
...
ibkr_webapi.mock.handler_api.ApiError: 400: Bar 1w is not allowed for period 1d: use 1min to 8h
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import groupby, islice, pairwise

from ibkr_webapi.mock.handler_api import ApiError
from ibkr_webapi.mock.world.catalogue import Instrument
from ibkr_webapi.mock.world.price_model import PriceModel
from ibkr_webapi.mock.world.random_walk import noise
from ibkr_webapi.mock.world.trading_hours import Hours, Span, hours_for

MAX_POINTS = 1000
"""/iserver/marketdata/history "only provides up to 1000 data points"."""
_UNIT_SECONDS = {"S": 1, "secs": 1, "sec": 1, "min": 60, "mins": 60, "h": 3600, "hrs": 3600,
                 "hr": 3600}
_SESSIONS = {"d": 1, "w": 5, "m": 21, "y": 252}
"""Trading sessions per period unit."""
_SORT_SECONDS = {**_UNIT_SECONDS, "d": 86_400, "w": 7 * 86_400, "m": 30 * 86_400,
                 "y": 365 * 86_400}
_PATTERN = re.compile(r"^([1-9][0-9]*)(min|mins|secs?|hrs?|S|h|d|w|m|y)$")
_SAMPLES_PER_BAR = 6
_SAMPLES_PER_LONG_BAR_SESSION = 2
"""Weekly and monthly bars sample each session at its open and close only (they may span
fifteen years); the session's range is then widened by a seeded share of its volatility."""
_RANGE_SALT = 12
_VOLUME_SALT = 11


@dataclass(frozen=True)
class Duration:
    """A period or a bar size: a count of a unit (min, h, d, w, m, y, S, secs, mins, hrs)."""

    count: int
    unit: str

    def __str__(self) -> str:
        return f"{self.count}{self.unit}"

    @property
    def seconds(self) -> int:
        """Calendar length, used to compare sizes and to size intraday bars."""
        return self.count * _SORT_SECONDS[self.unit]

    @property
    def is_intraday(self) -> bool:
        return self.unit in _UNIT_SECONDS


def parse_duration(text: str) -> Duration:
    """A period or bar string; ApiError 400 naming the value when it is malformed."""
    match = _PATTERN.match(text)
    if match is None:
        raise ApiError(400, f"Invalid duration: {text!r}")
    return Duration(int(match.group(1)), match.group(2))


_STEPS = (("1min", "1min", "1min"), ("1h", "1min", "8h"), ("1d", "1min", "8h"),
          ("1w", "10min", "1w"), ("1m", "1h", "1m"), ("3m", "2h", "1m"), ("6m", "4h", "1m"),
          ("1y", "8h", "1m"), ("2y", "1d", "1m"), ("3y", "1d", "1m"), ("15y", "1w", "1m"))
"""The documentation's Step Size table: (period, smallest bar, largest bar)."""


def check_step(period: Duration, bar: Duration) -> None:
    """ApiError 400 unless the Step Size table allows `bar` for `period`."""
    column = [step for step in _STEPS if parse_duration(step[0]).seconds <= period.seconds]
    _, smallest, largest = column[-1] if column else _STEPS[0]
    if not parse_duration(smallest).seconds <= bar.seconds <= parse_duration(largest).seconds:
        raise ApiError(400, f"Bar {bar} is not allowed for period {period}: use {smallest} to "
                            f"{largest}")


@dataclass(frozen=True)
class Bar:
    """One OHLCV bar; `start` in epoch seconds."""

    start: int
    open: float
    high: float
    low: float
    close: float
    volume: float


@dataclass(frozen=True)
class BarRequest:
    period: Duration
    bar: Duration
    end: float
    """The latest moment the bars may cover."""
    outside_rth: bool


class BarMaker:
    """Builds bars for one instrument from a price function."""

    def __init__(self, model: PriceModel, instrument: Instrument, seed: int,
                 price: Callable[[float], float] | None = None) -> None:
        self._model = model
        self._instrument = instrument
        self._seed = seed
        self._hours: Hours = hours_for(instrument.sec_type)
        self._price = price or (lambda moment: model.round_to_tick(
            instrument, model.raw_price(instrument, moment)))

    def bars(self, request: BarRequest, limit: int = MAX_POINTS) -> list[Bar]:
        """The bars of the request, oldest first, at most `limit` (the most recent ones)."""
        spans = self._spans(request)
        if not request.bar.is_intraday:
            groups = _group(spans, request.bar.unit, self._hours)[-limit:]
            samples = _SAMPLES_PER_BAR if request.bar.unit == "d" else (
                _SAMPLES_PER_LONG_BAR_SESSION)
            return [self._merge(group, samples) for group in groups]
        pieces: list[Span] = []
        for span in reversed(spans):  # newest first, so a long period stops at `limit`
            pieces[:0] = _split(span, request.bar)
            if len(pieces) >= limit:
                break
        return [self._bar(piece) for piece in pieces[-limit:]]

    def _spans(self, request: BarRequest) -> list[Span]:
        sessions = self._hours.spans_before(request.end, request.outside_rth)
        if request.period.unit in _SESSIONS:
            wanted = request.period.count * _SESSIONS[request.period.unit]
            chosen = list(islice(sessions, wanted))
        else:
            chosen = _trading_time(sessions, request.period.seconds)
        return [span for span in reversed(chosen) if span[1] > span[0]]

    def _bar(self, span: Span, samples: int = _SAMPLES_PER_BAR) -> Bar:
        start, end = span
        step = max(1, (end - start) // samples)
        prices = [self._price(moment) for moment in range(start, end, step)]
        prices.append(self._price(end))
        if samples < _SAMPLES_PER_BAR:
            prices += self._widened_range(start, prices)
        length = self._hours.day_length(start, outside_rth=False) or 1
        share = self._model.profile(self._instrument.conid).daily_volume * (end - start) / length
        volume = round(share * (0.5 + noise(self._seed, self._instrument.conid, start,
                                            _VOLUME_SALT)), 2)
        return Bar(start, prices[0], max(prices), min(prices), prices[-1], volume)

    def _widened_range(self, start: int, prices: list[float]) -> list[float]:
        volatility = self._model.profile(self._instrument.conid).daily_volatility
        spread = [noise(self._seed, self._instrument.conid, start, _RANGE_SALT, side)
                  for side in (1, 2)]
        return [self._model.round_to_tick(self._instrument, max(prices) * (
                    1 + 0.5 * volatility * spread[0])),
                self._model.round_to_tick(self._instrument, min(prices) * (
                    1 - 0.5 * volatility * spread[1]))]

    def _merge(self, spans: list[Span], samples: int) -> Bar:
        parts = [self._bar(span, samples) for span in spans]
        return Bar(parts[0].start, parts[0].open, max(p.high for p in parts),
                   min(p.low for p in parts), parts[-1].close,
                   round(sum(p.volume for p in parts), 2))


def _trading_time(sessions: Iterable[Span], seconds: int) -> list[Span]:
    chosen: list[Span] = []
    for start, end in sessions:
        if seconds <= 0:
            break
        chosen.append((max(start, end - seconds - (end - seconds) % 60), end))
        seconds -= end - start
    return chosen


def _split(span: Span, bar: Duration) -> list[Span]:
    # Bars sit on the clock's grid (10:00, 11:00, ...); the first one starts at the opening.
    start, end = span
    size = bar.seconds
    edges = [start, *range(start - start % size + size, end, size), end]
    return list(pairwise(edges))


def _group(spans: list[Span], unit: str, hours: Hours) -> list[list[Span]]:
    def period_of(span: Span) -> tuple[int, ...]:
        day = hours.local_date(span[0])
        if unit == "w":
            return tuple(day.isocalendar()[:2])
        if unit == "m":
            return day.year, day.month
        return day.toordinal(),
    return [list(group) for _, group in groupby(spans, key=period_of)]

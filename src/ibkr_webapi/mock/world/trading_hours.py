"""When each kind of instrument trades: liquid (regular) and extended sessions per exchange.

Sessions are minutes of the exchange's local day, so daylight saving moves them in UTC as
it does on real exchanges. Holidays are not modelled.

>>> hours = hours_for("STK")
>>> hours.timezone
'America/New_York'
>>> hours.is_open(1_775_136_600, outside_rth=False)  # 2026-04-02 09:30 New York
True
>>> hours.is_open(1_775_136_600 - 60, outside_rth=False), hours.is_open(1_775_136_600 - 60, True)
(False, True)
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

Window = tuple[int, int]
"""(opening minute, closing minute) of a local day."""
Span = tuple[int, int]
"""(opening, closing) in epoch seconds."""

WEEKDAYS = frozenset(range(5))
EVERY_DAY = frozenset(range(7))
_LOOKBACK_DAYS = 6000
"""How far back sessions are searched: more than the 15 years history can ask for."""


@dataclass(frozen=True)
class Hours:
    """The sessions of one venue, in its local time."""

    timezone: str
    liquid: tuple[Window, ...]
    extended: tuple[Window, ...]
    days: frozenset[int] = WEEKDAYS
    """Trading weekdays, Monday = 0."""

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def local_date(self, moment: float) -> date:
        return datetime.fromtimestamp(moment, self.zone).date()

    def day_length(self, moment: float, outside_rth: bool) -> int:
        """Seconds of trading on the local date of `moment` (the longest session's length)."""
        spans = self.spans_on(self.local_date(moment), outside_rth)
        return max((end - start for start, end in spans), default=0)

    def windows(self, outside_rth: bool) -> tuple[Window, ...]:
        return self.extended if outside_rth else self.liquid

    def spans_on(self, day: date, outside_rth: bool) -> list[Span]:
        """The sessions of one local date, in epoch seconds (none on a non-trading day)."""
        if day.weekday() not in self.days:
            return []
        midnight = datetime.combine(day, time(0), tzinfo=self.zone)
        return [(_at(midnight, start), _at(midnight, end))
                for start, end in self.windows(outside_rth)]

    def spans_before(self, moment: float, outside_rth: bool) -> Iterator[Span]:
        """Sessions that opened at or before `moment`, latest first, clipped at `moment`."""
        today = self.local_date(moment)
        for back in range(_LOOKBACK_DAYS):
            for start, end in reversed(self.spans_on(today - timedelta(days=back), outside_rth)):
                if start <= moment:
                    yield start, min(end, int(moment))

    def spans_after(self, moment: float, days: int, outside_rth: bool) -> list[Span]:
        """The sessions of the next `days` local dates, starting with the date of `moment`."""
        today = self.local_date(moment)
        return [span for ahead in range(days)
                for span in self.spans_on(today + timedelta(days=ahead), outside_rth)]

    def is_open(self, moment: float, outside_rth: bool) -> bool:
        return any(start <= moment < end for start, end in self._spans_near(moment, outside_rth))

    def last_active(self, moment: float) -> float:
        """`moment` while any session is open, else the close of the latest session before."""
        if self.is_open(moment, outside_rth=True):
            return moment
        latest = next(self.spans_before(moment, outside_rth=True), None)
        return float(latest[1]) if latest else moment

    def _spans_near(self, moment: float, outside_rth: bool) -> list[Span]:
        today = self.local_date(moment)
        return [span for back in (1, 0) for span in
                self.spans_on(today - timedelta(days=back), outside_rth)]


def _at(midnight: datetime, minute: int) -> int:
    # Local wall time -> epoch: combine the date with the local time so DST applies.
    if minute >= 24 * 60:
        moment = datetime.combine(midnight.date() + timedelta(days=1), time(0), midnight.tzinfo)
    else:
        moment = midnight.replace(hour=minute // 60, minute=minute % 60)
    return int(moment.timestamp())


NEW_YORK_EQUITY = Hours("America/New_York", ((570, 960),), ((240, 1200),))
NEW_YORK_INDEX = Hours("America/New_York", ((570, 960),), ((570, 960),))
NEW_YORK_BOND = Hours("America/New_York", ((480, 1020),), ((480, 1020),))
CME_FUTURES = Hours("America/Chicago", ((510, 900),), ((0, 960), (1020, 1440)))
IDEALPRO = Hours("America/New_York", ((0, 1020), (1035, 1440)), ((0, 1020), (1035, 1440)))
FORECASTX = Hours("America/Chicago", ((0, 975), (976, 1439)), ((0, 975), (976, 1439)),
                  EVERY_DAY)

_BY_SEC_TYPE = {"STK": NEW_YORK_EQUITY, "OPT": NEW_YORK_INDEX, "IND": NEW_YORK_INDEX,
                "BOND": NEW_YORK_BOND, "FUT": CME_FUTURES, "CASH": IDEALPRO, "EC": FORECASTX}


def hours_for(sec_type: str) -> Hours:
    """The sessions of a security type (US venues; stocks' extended hours 04:00-20:00)."""
    return _BY_SEC_TYPE.get(sec_type, NEW_YORK_EQUITY)

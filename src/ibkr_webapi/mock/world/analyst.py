"""Portfolio Analyst series: daily NAV and time-weighted returns, rebuilt from history.

The NAV of a past day is the book replayed up to that day's close (deposits and
executions) and marked at that day's prices, so the series ends at today's net
liquidation and every jump in it is a trade or a price move the mock can show.

>>> from ibkr_webapi.mock.world import build_world
>>> world = build_world(seed=0, clock=lambda: 1_760_000_000.0)
>>> series = nav_series(world.trading, ["U1234567"], period_days("7D", 1_760_000_000.0))
>>> len(series.dates) >= 4, series.navs[-1] == world.trading.value("U1234567").net_liquidation
(True, True)
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ibkr_webapi.mock.world.book import Book
from ibkr_webapi.mock.world.valuation import value_books

if TYPE_CHECKING:
    from ibkr_webapi.mock.world.trading import Trading

DAY = datetime.timedelta(days=1)
CLOSE_HOUR = 21
"""Daily NAVs are taken at 21:00 UTC, after the US close."""
PERIODS = ("1D", "7D", "MTD", "1M", "YTD", "1Y")


@dataclass(frozen=True)
class NavSeries:
    start_date: str
    start_nav: float
    dates: list[str]
    navs: list[float]

    @property
    def cumulative_returns(self) -> list[float]:
        """Time-weighted returns since the start (no flows after the opening deposit)."""
        base = self.start_nav or 1.0
        return [round(nav / base - 1, 8) if self.start_nav else 0.0 for nav in self.navs]

    def monthly_returns(self) -> tuple[list[str], list[float]]:
        months: dict[str, float] = {}
        previous = self.start_nav
        for date, nav in zip(self.dates, self.navs, strict=True):
            month = date[:6]
            growth = nav / previous if previous else 1.0
            months[month] = (1 + months.get(month, 0.0)) * growth - 1
            previous = nav
        return list(months), [round(r, 8) for r in months.values()]


def _today(now: float) -> datetime.date:
    return datetime.datetime.fromtimestamp(now, datetime.UTC).date()


def period_days(period: str, now: float) -> list[datetime.date]:
    """The business days a period covers, ending today, plus the day before (the start)."""
    today = _today(now)
    first = {
        "1D": today - DAY, "7D": today - 7 * DAY, "MTD": today.replace(day=1) - DAY,
        "1M": today - 30 * DAY, "YTD": today.replace(month=1, day=1) - DAY,
        "1Y": today - 365 * DAY,
    }[period]
    days = [first + n * DAY for n in range((today - first).days + 1)]
    business = [d for d in days[1:] if d.weekday() < 5 or d == today]
    return [days[0], *business]


def _close(day: datetime.date) -> float:
    return datetime.datetime(day.year, day.month, day.day, CLOSE_HOUR,
                             tzinfo=datetime.UTC).timestamp()


def nav_at(trading: Trading, account_ids: Sequence[str], at: float) -> float:
    """The accounts' net liquidation at epoch `at`, replayed from history."""
    books = {account_id: Book({}) for account_id in account_ids}
    for deposit in trading.deposits:
        if deposit.account_id in books and deposit.time <= at:
            cash = books[deposit.account_id].cash
            cash[deposit.currency] = cash.get(deposit.currency, 0.0) + deposit.amount
    for execution in trading.executions:
        if execution.account_id in books and execution.time <= at:
            books[execution.account_id].apply_fill(
                trading.catalogue.get(execution.conid), execution.signed_quantity,
                execution.price, execution.commission)
    value = value_books(books.values(), trading.catalogue,
                        lambda conid: trading.prices.at(conid, at))
    return value.net_liquidation


def nav_series(trading: Trading, account_ids: Sequence[str],
               days: Sequence[datetime.date]) -> NavSeries:
    """NAVs at each day's close; the last day (today) is marked at current prices."""
    now = trading.clock()
    today = _today(now)
    current = sum(trading.value_of_own(a).net_liquidation for a in account_ids)
    navs = [round(current if day == today else nav_at(trading, account_ids, _close(day)), 2)
            for day in days]
    return NavSeries(days[0].strftime("%Y%m%d"), navs[0],
                     [d.strftime("%Y%m%d") for d in days[1:]], navs[1:])

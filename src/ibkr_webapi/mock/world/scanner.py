"""The market scanner: instruments, locations, scan types and filters, ranked from quotes.

A scan picks the catalogue's instruments of the requested instrument type and location,
keeps those that pass every filter, and ranks them by the scan type's measure of their
current quote, so the same seed and time always give the same ranking.

>>> from ibkr_webapi.mock.world.catalogue import default_catalogue
>>> from ibkr_webapi.mock.world.market import Market
>>> market = Market.seeded(1, default_catalogue(), lambda: 1_775_150_000.0)
>>> ranked = scan(market, "STK", "STK.US.MAJOR", "MOST_ACTIVE", {})
>>> [hit.instrument.symbol for hit in ranked][:2]
['TSLA', 'GOOG']
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TypeVar

from ibkr_webapi.mock.handler_api import ApiError
from ibkr_webapi.mock.world.catalogue import Instrument
from ibkr_webapi.mock.world.market import Market
from ibkr_webapi.mock.world.quotes import Quote

MAX_RESULTS = 50
"""/iserver/scanner/run returns at most 50 contracts."""


@dataclass(frozen=True)
class InstrumentType:
    code: str
    display_name: str
    sec_type: str
    etf: bool | None
    """True: ETFs only; False: no ETFs; None: either."""


INSTRUMENTS = (
    InstrumentType("STK", "US Stocks", "STK", False),
    InstrumentType("ETF.EQ.US", "US Equity ETFs", "STK", True),
    InstrumentType("FUT.US", "US Futures", "FUT", None),
    InstrumentType("IND.US", "US Indexes", "IND", None),
    InstrumentType("BOND", "Bonds", "BOND", None),
)
LOCATIONS = {
    "STK.US": ("US Stocks", ("NASDAQ", "NYSE", "ARCA")),
    "STK.US.MAJOR": ("US Major", ("NASDAQ", "NYSE", "ARCA")),
    "STK.NASDAQ": ("NASDAQ", ("NASDAQ",)),
    "STK.NYSE": ("NYSE", ("NYSE",)),
    "STK.ARCA": ("NYSE Arca", ("ARCA",)),
    "FUT.US": ("US Futures", ("CME",)),
    "FUT.CME": ("CME", ("CME",)),
    "IND.US": ("US Indexes", ("CBOE",)),
    "BOND.US": ("US Bonds", ("US Treasury Note",)),
}
"""Location code -> (display name, listing exchanges it covers)."""
LOCATION_GROUPS = (("US Stocks", "STK.US", ("STK.US.MAJOR", "STK.NASDAQ", "STK.NYSE",
                                            "STK.ARCA")),
                   ("US Futures", "FUT.US", ("FUT.CME",)), ("US Indexes", "IND.US", ()),
                   ("US Bonds", "BOND.US", ()))

Measure = Callable[[Quote], float]
T = TypeVar("T")


@dataclass(frozen=True)
class ScanType:
    code: str
    display_name: str
    column: str
    measure: Measure
    """Higher ranks first."""
    show: Callable[[Quote], str]


def _percent(quote: Quote) -> str:
    return f"{quote.change_percent:+.2f}%"


SCAN_TYPES = (
    ScanType("TOP_PERC_GAIN", "Top % Gainers", "Chg%", lambda q: q.change_percent, _percent),
    ScanType("TOP_PERC_LOSE", "Top % Losers", "Chg%", lambda q: -q.change_percent, _percent),
    ScanType("MOST_ACTIVE", "Most Active", "Volume", lambda q: q.volume,
             lambda q: f"{q.volume / 1e6:.3f}M"),
    ScanType("HOT_BY_VOLUME", "Hot by Volume", "Volume", lambda q: q.volume * q.last,
             lambda q: f"{q.volume * q.last / 1e6:.1f}M"),
    ScanType("TOP_TRADE_COUNT", "Top Trade Count", "Trades", lambda q: q.volume / 100,
             lambda q: f"{q.volume / 100e3:.3f}K"),
    ScanType("HIGH_OPEN_GAP", "Top Close-to-Open %", "Gap", lambda q: q.open / q.prior_close,
             lambda q: f"{100 * (q.open / q.prior_close - 1):+.2f}%"),
    ScanType("TOP_PRICE_RANGE", "Top Price Range", "Range", lambda q: (q.high - q.low) / q.last,
             lambda q: f"{100 * (q.high - q.low) / q.last:.2f}%"),
)


@dataclass(frozen=True)
class Filter:
    code: str
    display_name: str
    passes: Callable[[Quote, float], bool]


FILTERS = (
    Filter("priceAbove", "Price Above", lambda q, v: q.last > v),
    Filter("priceBelow", "Price Below", lambda q, v: q.last < v),
    Filter("volumeAbove", "Volume Above", lambda q, v: q.volume > v),
    Filter("changePercAbove", "Change % Above", lambda q, v: q.change_percent > v),
    Filter("changePercBelow", "Change % Below", lambda q, v: q.change_percent < v),
)


@dataclass(frozen=True)
class Hit:
    instrument: Instrument
    quote: Quote
    scan_type: ScanType


def _find(items: tuple[T, ...], code: str, what: str, key: Callable[[T], str]) -> T:
    for item in items:
        if key(item) == code:
            return item
    raise ApiError(400, f"Invalid {what}: {code}")


def scan_type(code: str) -> ScanType:
    """The scan type of `code`; ApiError 400 when there is none."""
    return _find(SCAN_TYPES, code, "scan type", lambda s: s.code)


def scan(market: Market, instrument: str, location: str, scan_code: str,
         filters: Mapping[str, float], limit: int = MAX_RESULTS) -> list[Hit]:
    """Ranked hits; ApiError 400 naming an unknown instrument, location, scan type or filter."""
    kind = _find(INSTRUMENTS, instrument, "instrument", lambda i: i.code)
    ranking = scan_type(scan_code)
    if location not in LOCATIONS:
        raise ApiError(400, f"Invalid location: {location}")
    checks = [(_find(FILTERS, code, "filter", lambda f: f.code), value)
              for code, value in filters.items()]
    venues = LOCATIONS[location][1]
    hits = []
    for candidate in market.catalogue:
        if not _matches(market, kind, candidate, venues):
            continue
        quote = market.quote(candidate.conid)
        if all(check.passes(quote, value) for check, value in checks):
            hits.append(Hit(candidate, quote, ranking))
    hits.sort(key=lambda hit: (-ranking.measure(hit.quote), hit.instrument.conid))
    return hits[:limit]


def _matches(market: Market, kind: InstrumentType, candidate: Instrument,
             venues: tuple[str, ...]) -> bool:
    if candidate.sec_type != kind.sec_type:
        return False
    if kind.etf is not None and market.profile(candidate.conid).is_etf != kind.etf:
        return False
    return (candidate.listing_exchange or candidate.exchange) in venues or (
        candidate.description in venues)

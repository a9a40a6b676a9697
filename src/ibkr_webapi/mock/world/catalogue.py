"""The mock's contract catalogue: real-looking instruments with stable conids.

Stocks use their real conids (AAPL is 265598), so code written against the documentation
works unchanged. Derived instruments (the option chain, the event contract's strikes) get
conids from a fixed formula, so a seed never changes what a conid means.

>>> catalogue = default_catalogue()
>>> catalogue.get(265598).symbol
'AAPL'
>>> [i.sec_type for i in catalogue.search("EUR")][:1]
['CASH']
>>> len(catalogue.option_chain(265598, "DEC26")) > 10
True
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from ibkr_webapi.mock.handler_api import ApiError


@dataclass(frozen=True)
class Instrument:
    """One tradable contract. `price` is the reference price the market's random walk starts at."""

    conid: int
    symbol: str
    sec_type: str
    """STK, FUT, OPT, CASH, BOND, IND or EC (event contract), as IBKR writes them."""
    exchange: str
    currency: str
    description: str
    company_name: str
    price: float
    multiplier: float = 1.0
    tick: float = 0.01
    listing_exchange: str = ""
    maturity: str = ""
    """YYYYMMDD for futures, options, bonds and event contracts."""
    month: str = ""
    """IBKR's month code (e.g. DEC26) for derivatives."""
    strike: float = 0.0
    right: str = ""
    """C or P for options and event contracts (yes = C)."""
    underlying: int = 0
    """The underlying conid of a derivative."""

    @property
    def conid_ex(self) -> str:
        return f"{self.conid}@{self.exchange}"


STOCKS = (
    Instrument(265598, "AAPL", "STK", "SMART", "USD", "NASDAQ", "APPLE INC", 193.18,
               listing_exchange="NASDAQ"),
    Instrument(272093, "MSFT", "STK", "SMART", "USD", "NASDAQ", "MICROSOFT CORP", 415.50,
               listing_exchange="NASDAQ"),
    Instrument(8314, "IBM", "STK", "SMART", "USD", "NYSE", "INTL BUSINESS MACHINES CORP",
               182.40, listing_exchange="NYSE"),
    Instrument(756733, "SPY", "STK", "SMART", "USD", "ARCA", "SPDR S&P 500 ETF TRUST", 520.10,
               listing_exchange="ARCA"),
    Instrument(76792991, "TSLA", "STK", "SMART", "USD", "NASDAQ", "TESLA INC", 242.70,
               listing_exchange="NASDAQ"),
    # GOOG's conid and name are those of the recording GET_trsrv_stocks__1; AMZN's conid is
    # its public IBKR conid (no recording has it).
    Instrument(208813720, "GOOG", "STK", "SMART", "USD", "NASDAQ", "ALPHABET INC-CL C", 171.20,
               listing_exchange="NASDAQ"),
    Instrument(3691937, "AMZN", "STK", "SMART", "USD", "NASDAQ", "AMAZON.COM INC", 186.40,
               listing_exchange="NASDAQ"),
)
INDICES = (
    Instrument(416904, "SPX", "IND", "CBOE", "USD", "CBOE", "S&P 500 Stock Index", 5210.0),
)
FUTURES = (
    Instrument(649180695, "ES", "FUT", "CME", "USD", "CME", "E-mini S&P 500", 5230.25,
               multiplier=50, tick=0.25, maturity="20261218", month="DEC26", underlying=416904),
    Instrument(649180678, "ES", "FUT", "CME", "USD", "CME", "E-mini S&P 500", 5262.50,
               multiplier=50, tick=0.25, maturity="20270319", month="MAR27", underlying=416904),
)
FOREX = (
    Instrument(12087792, "EUR", "CASH", "IDEALPRO", "USD", "EUR.USD",
               "European Monetary Union Euro", 1.0842, tick=0.00005),
    Instrument(12087797, "GBP", "CASH", "IDEALPRO", "USD", "GBP.USD", "British pound", 1.2710,
               tick=0.00005),
    Instrument(15016059, "USD", "CASH", "IDEALPRO", "JPY", "USD.JPY", "US Dollar", 151.32,
               tick=0.005),
)
BONDS = (
    Instrument(573201813, "T 4 1/4 11/15/34", "BOND", "SMART", "USD", "US Treasury Note",
               "United States Treasury", 98.71, multiplier=10, maturity="20341115"),
)
EVENT_CONTRACTS = (
    Instrument(689951020, "FF", "EC", "FORECASTX", "USD", "Fed Funds Target Rate above 4.375%",
               "ForecastEx", 0.42, tick=0.01, maturity="20261216", month="DEC26", strike=4.375,
               right="C", underlying=658663572),
    Instrument(689951025, "FF", "EC", "FORECASTX", "USD", "Fed Funds Target Rate above 4.375%",
               "ForecastEx", 0.58, tick=0.01, maturity="20261216", month="DEC26", strike=4.375,
               right="P", underlying=658663572),
)

OPTION_MONTHS = (("DEC26", "20261218"), ("JAN27", "20270115"))
"""Expiries of the generated option chains (every stock, and SPX)."""
STRIKE_STEPS = tuple(range(-10, 11))
"""Strikes around the underlying's price, in steps of 2.5% rounded to 5."""


def option_conid(underlying: int, month_index: int, strike: float, right: str) -> int:
    """A stable conid for a generated option: the same inputs always give the same conid."""
    return 900_000_000 + (underlying % 10_000) * 10_000 + month_index * 5_000 + int(strike) * 2 + (
        right == "P")


def _option_chain(stock: Instrument) -> Iterator[Instrument]:
    for month_index, (month, maturity) in enumerate(OPTION_MONTHS):
        for step in STRIKE_STEPS:
            strike = max(5.0, round(stock.price * (1 + step * 0.025) / 5) * 5)
            for right in ("C", "P"):
                yield Instrument(
                    option_conid(stock.conid, month_index, strike, right), stock.symbol, "OPT",
                    "SMART", stock.currency, f"{stock.symbol} {month} {strike:g} {right}",
                    stock.company_name, _option_price(stock.price, strike, right), multiplier=100,
                    maturity=maturity, month=month, strike=strike, right=right,
                    underlying=stock.conid)


def _option_price(spot: float, strike: float, right: str) -> float:
    intrinsic = max(0.0, spot - strike) if right == "C" else max(0.0, strike - spot)
    return round(intrinsic + spot * 0.03, 2)


class Catalogue:
    """Lookup of instruments by conid and symbol."""

    def __init__(self, instruments: Iterable[Instrument]) -> None:
        self._by_conid = {instrument.conid: instrument for instrument in instruments}

    def __iter__(self) -> Iterator[Instrument]:
        return iter(self._by_conid.values())

    def get(self, conid: int | str) -> Instrument:
        """The instrument; an `ApiError` 400 like IBKR's when the conid is unknown or malformed."""
        try:
            return self._by_conid[int(conid)]
        except (KeyError, ValueError):
            raise ApiError(400, f"Invalid conid: {conid}") from None

    def find(self, conid: int | str) -> Instrument | None:
        """The instrument, or None."""
        try:
            return self._by_conid.get(int(conid))
        except ValueError:
            return None

    def search(self, text: str, sec_type: str | None = None) -> list[Instrument]:
        """Underlyings (not generated derivatives) whose symbol or name starts with `text`."""
        needle = text.upper()
        return [i for i in self if i.sec_type != "OPT"
                and any(name.upper().startswith(needle)
                        for name in (i.symbol, i.company_name, i.description))
                and (sec_type is None or i.sec_type == sec_type)]

    def option_chain(self, underlying: int, month: str) -> list[Instrument]:
        return [i for i in self if i.sec_type == "OPT" and i.underlying == underlying
                and i.month == month]

    def futures(self, symbol: str) -> list[Instrument]:
        return [i for i in self if i.sec_type == "FUT" and i.symbol == symbol]


def default_catalogue() -> Catalogue:
    """The catalogue every mock starts with (the seed moves prices, never the catalogue)."""
    # SPX options are the index option chain ordinary examples use (cash-settled, x100).
    chains = [option for underlying in (*STOCKS, *INDICES) for option in _option_chain(underlying)]
    return Catalogue([*STOCKS, *INDICES, *FUTURES, *FOREX, *BONDS, *EVENT_CONTRACTS, *chains])

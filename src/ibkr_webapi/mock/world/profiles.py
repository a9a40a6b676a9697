"""Reference data the catalogue does not carry: industry, exchanges, volatility, volume.

Everything is derived from the instrument (its symbol, security type and price), so a
profile never depends on the seed.

>>> from ibkr_webapi.mock.world.catalogue import default_catalogue
>>> aapl = profile(default_catalogue().get(265598))
>>> aapl.industry, aapl.daily_volatility, aapl.is_etf
('Computers', 0.018, False)
>>> profile(default_catalogue().get(756733)).stock_type
'ETF'
"""

from __future__ import annotations

from dataclasses import dataclass

from ibkr_webapi.mock.world.catalogue import Instrument

US_STOCK_EXCHANGES = ("SMART,AMEX,NYSE,CBOE,PHLX,ISE,CHX,ARCA,ISLAND,DRCTEDGE,BEX,BATS,EDGEA,"
                      "BYX,IEX,EDGX,PEARL,NYSENAT,LTSE,MEMX,TPLUS1,IBEOS,OVERNIGHT,PSX")
US_OPTION_EXCHANGES = ("SMART,AMEX,CBOE,PHLX,PSE,ISE,BOX,BATS,NASDAQOM,CBOE2,NASDAQBX,MIAX,"
                       "GEMINI,EDGX,MERCURY,PEARL,EMERALD,MEMX,IBUSOPT")
_EXCHANGES = {"STK": US_STOCK_EXCHANGES, "OPT": US_OPTION_EXCHANGES, "FUT": "CME,QBALGO",
              "IND": "CBOE", "CASH": "IDEALPRO", "BOND": "SMART,IBCUST", "EC": "FORECASTX"}


@dataclass(frozen=True)
class Sector:
    industry: str
    category: str
    sector: str
    shares_outstanding: float
    earnings_per_share: float
    dividend: float
    """Yearly dividend per share."""
    daily_volume: float = 0.0
    """Average shares traded per day (0: the security type's default)."""


SECTORS = {
    "AAPL": Sector("Computers", "Computers", "Technology", 15.3e9, 6.43, 1.00, 55e6),
    "MSFT": Sector("Software", "Applications Software", "Technology", 7.43e9, 11.80, 3.00,
                   21e6),
    "IBM": Sector("Computers", "Computer Services", "Technology", 0.92e9, 8.14, 6.68, 4.2e6),
    "TSLA": Sector("Auto Manufacturers", "Auto-Cars/Light Trucks", "Consumer, Cyclical",
                   3.19e9, 3.12, 0.0, 96e6),
    "SPY": Sector("Equity Fund", "Growth-Large Cap", "Funds", 0.9e9, 0.0, 6.80, 68e6),
}
_GENERIC = Sector("", "", "", 0.0, 0.0, 0.0)

_VOLATILITY = {"STK": 0.018, "OPT": 0.018, "IND": 0.011, "FUT": 0.011, "CASH": 0.005,
               "BOND": 0.003, "EC": 0.25}
"""Daily standard deviation of log price (for EC: of the log-odds)."""
_DAILY_VOLUME = {"STK": 55e6, "OPT": 12e3, "IND": 0.0, "FUT": 1.4e6, "CASH": 0.0,
                 "BOND": 2.5e3, "EC": 40e3}


@dataclass(frozen=True)
class Profile:
    """What the market and the contract endpoints need beyond the catalogue."""

    instrument: Instrument
    sector: Sector
    daily_volatility: float
    daily_volume: float
    valid_exchanges: str

    @property
    def is_etf(self) -> bool:
        return self.sector.sector == "Funds"

    @property
    def stock_type(self) -> str:
        return "ETF" if self.is_etf else "COMMON"

    @property
    def industry(self) -> str:
        return self.sector.industry

    @property
    def decimals(self) -> int:
        """Decimal places of the price, from the tick (0.01 -> 2, 0.25 -> 2, 0.00005 -> 5)."""
        return max(0, -_exponent(self.instrument.tick))


def _exponent(tick: float) -> int:
    text = f"{tick:.10f}".rstrip("0")
    return -len(text.split(".")[1]) if "." in text else 0


def profile(instrument: Instrument) -> Profile:
    """The reference data of one instrument."""
    sec_type = instrument.sec_type
    sector = SECTORS.get(instrument.symbol, _GENERIC) if sec_type == "STK" else _GENERIC
    return Profile(instrument, sector, _VOLATILITY.get(sec_type, 0.01),
                   sector.daily_volume or _DAILY_VOLUME.get(sec_type, 0.0),
                   _EXCHANGES.get(sec_type, "SMART"))

"""Market Data Fields (the snapshot / smd field ids) as real servers send them: strings.

Prices carry the tick's decimals ("193.18"); 31 gets the "C" prefix (prior close) while the
venue is shut; volumes are abbreviated ("12.2M"); a value the instrument cannot have is
"N/A" or absent, as IBKR does. Position fields (73-80, 7292, 7639, 7920, 7921) belong to the
portfolio, so they are absent here.

>>> abbreviate(12_230_000), abbreviate(821_400), abbreviate(950), abbreviate(1_050_000_000)
('12.2M', '821K', '950', '1.05B')
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cached_property
from typing import Any

from ibkr_webapi.mock.world.profiles import Profile
from ibkr_webapi.mock.world.quotes import Quote

SERVICE_PARAMS = ("&serviceID1=122&serviceID2=123&serviceID3=203&serviceID4=775&serviceID5=204"
                  "&serviceID6=206&serviceID7=108&serviceID8=109")
"""Field 6508 as a live Gateway sends it (captures/ws/smd__6.json)."""
SERVER_ID = "q0"
ALWAYS_SENT = ("6119", "6509", "6508")
"""Sent whether requested or not (docs example; OBSERVED-DEVIATIONS: 6508)."""
NOT_AVAILABLE = "N/A"
_EXCHANGE_CODES = "QNZ"


def abbreviate(amount: float) -> str:
    """Volume as IBKR formats field 87: three significant digits with K, M or B."""
    for limit, suffix in ((1e9, "B"), (1e6, "M"), (1e3, "K")):
        if amount >= limit:
            scaled = amount / limit
            decimals = 0 if scaled >= 100 else 1 if scaled >= 10 else 2
            return f"{scaled:.{decimals}f}{suffix}"
    return f"{amount:.0f}"


@dataclass
class FieldSource:
    """One quote plus what the fields derive from it; `history` gives daily closes lazily."""

    quote: Quote
    profile: Profile
    history: Callable[[int], list[float]] = field(repr=False)
    """history(days) -> the closes of the last `days` sessions, oldest first."""

    def price(self, value: float) -> str:
        return f"{value:.{self.profile.decimals}f}"

    @cached_property
    def closes(self) -> list[float]:
        return self.history(260)

    def ema(self, length: int) -> float:
        weight = 2 / (length + 1)
        average = self.closes[0]
        for close in self.closes[1:]:
            average += weight * (close - average)
        return average

    def percent(self, value: float) -> str:
        return f"{value:.2f}"

    @property
    def is_stock(self) -> bool:
        return self.quote.instrument.sec_type == "STK"

    @property
    def is_option(self) -> bool:
        return self.quote.instrument.sec_type == "OPT"


Formatter = Callable[[FieldSource], Any]
"""A field value, or None when the field is absent for this instrument."""


def _last(source: FieldSource) -> str:
    quote = source.quote
    if quote.market_open:
        return source.price(quote.last)
    closing = quote.close if quote.close is not None else quote.last
    return f"C{source.price(closing)}"


def _stock_only(formatter: Formatter) -> Formatter:
    return lambda source: formatter(source) if source.is_stock else None


def _option_only(formatter: Formatter) -> Formatter:
    return lambda source: formatter(source) if source.is_option else None


def _fundamental(formatter: Formatter) -> Formatter:
    return lambda source: (formatter(source) if source.is_stock and not source.profile.is_etf
                           else NOT_AVAILABLE)


def _availability(source: FieldSource) -> str:
    return "RpB" if source.quote.market_open else "ZpB"


def _greek(scale: float) -> Formatter:
    def value(source: FieldSource) -> str:
        instrument = source.quote.instrument
        moneyness = (source.quote.last - instrument.price) / max(instrument.price, 0.01)
        sign = 1 if instrument.right == "C" else -1
        return f"{sign * scale * (0.5 + max(-0.45, min(0.45, moneyness))):.3f}"
    return value


def _expiry(source: FieldSource) -> str | None:
    return source.quote.instrument.maturity or None


def _dividend_yield(source: FieldSource) -> str:
    return f"{100 * source.profile.sector.dividend / source.quote.last:.2f}%"


FORMATTERS: dict[str, Formatter] = {
    "31": _last,
    "55": lambda s: s.quote.instrument.symbol,
    "70": lambda s: s.price(s.quote.high),
    "71": lambda s: s.price(s.quote.low),
    "82": lambda s: f"{s.quote.change:+.{s.profile.decimals}f}",
    "83": lambda s: s.percent(s.quote.change_percent),
    "84": lambda s: s.price(s.quote.bid),
    "85": lambda s: str(s.quote.ask_size),
    "86": lambda s: s.price(s.quote.ask),
    "87": lambda s: abbreviate(s.quote.volume) if s.quote.volume else None,
    "88": lambda s: str(s.quote.bid_size),
    "201": lambda s: s.quote.instrument.right or None,
    "6004": lambda s: s.quote.instrument.exchange,
    "6008": lambda s: s.quote.instrument.conid,
    "6070": lambda s: s.quote.instrument.sec_type,
    "6072": lambda s: s.quote.instrument.month or None,
    "6073": _expiry,
    "6119": lambda s: SERVER_ID,
    "6457": lambda s: s.quote.instrument.underlying or None,
    "6508": lambda s: SERVICE_PARAMS,
    "6509": _availability,
    "7051": lambda s: s.quote.instrument.company_name,
    "7057": lambda s: _EXCHANGE_CODES,
    "7058": lambda s: _EXCHANGE_CODES,
    "7059": lambda s: str(s.quote.last_size) if s.quote.volume else NOT_AVAILABLE,
    "7068": lambda s: _EXCHANGE_CODES,
    "7087": lambda s: s.percent(100 * s.profile.daily_volatility * 252**0.5) + "%",
    "7094": lambda s: s.quote.instrument.conid_ex,
    "7184": lambda s: "1",
    "7219": lambda s: s.quote.instrument.description,
    "7220": lambda s: s.quote.instrument.company_name,
    "7221": lambda s: s.quote.instrument.listing_exchange or s.quote.instrument.exchange,
    "7280": lambda s: s.profile.industry or None,
    "7281": lambda s: s.profile.sector.category or None,
    "7282": lambda s: abbreviate(s.profile.daily_volume) if s.profile.daily_volume else None,
    "7283": _stock_only(lambda s: s.percent(100 * s.profile.daily_volatility * 252**0.5 * 1.1)
                        + "%"),
    "7286": _fundamental(lambda s: f"{s.profile.sector.dividend / 4:.2f}"),
    "7287": _fundamental(_dividend_yield),
    "7289": _fundamental(lambda s: abbreviate(s.profile.sector.shares_outstanding * s.quote.last)),
    "7290": _fundamental(lambda s: f"{s.quote.last / s.profile.sector.earnings_per_share:.2f}"),
    "7291": _fundamental(lambda s: f"{s.profile.sector.earnings_per_share:.2f}"),
    "7293": lambda s: s.price(max(*s.closes, s.quote.last)),
    "7294": lambda s: s.price(min(*s.closes, s.quote.last)),
    "7295": lambda s: s.price(s.quote.open),
    "7296": lambda s: s.price(s.quote.close) if s.quote.close is not None else None,
    "7308": _option_only(_greek(1.0)),
    "7309": _option_only(lambda s: "0.021"),
    "7310": _option_only(lambda s: f"{-s.quote.last * 0.004:.3f}"),
    "7311": _option_only(lambda s: f"{s.quote.last * 0.012:.3f}"),
    "7633": _option_only(lambda s: s.percent(100 * s.profile.daily_volatility * 252**0.5) + "%"),
    "7635": lambda s: s.price(s.quote.mark),
    "7636": _stock_only(lambda s: abbreviate(s.profile.sector.shares_outstanding * 0.004)),
    "7637": _stock_only(lambda s: "0.25"),
    "7644": _stock_only(lambda s: "Shortable"),
    "7655": lambda s: NOT_AVAILABLE,
    "7671": _fundamental(lambda s: f"{s.profile.sector.dividend:.2f}"),
    "7672": _fundamental(lambda s: f"{s.profile.sector.dividend:.2f}"),
    "7674": lambda s: s.price(s.ema(200)),
    "7675": lambda s: s.price(s.ema(100)),
    "7676": lambda s: s.price(s.ema(50)),
    "7677": lambda s: s.price(s.ema(20)),
    "7678": lambda s: s.percent(100 * (s.quote.last / s.ema(200) - 1)) + "%",
    "7679": lambda s: s.percent(100 * (s.quote.last / s.ema(100) - 1)) + "%",
    "7724": lambda s: s.percent(100 * (s.quote.last / s.ema(50) - 1)) + "%",
    "7681": lambda s: s.percent(100 * (s.quote.last / s.ema(20) - 1)) + "%",
    "7682": lambda s: f"{s.quote.last - s.quote.open:+.{s.profile.decimals}f}",
    "7714": _expiry,
    "7718": _stock_only(lambda s: "1.12"),
    "7741": lambda s: s.price(s.quote.prior_close),
    "7762": lambda s: f"{s.quote.volume:.0f}" if s.quote.volume else None,
    "7768": lambda s: "1",
}
"""Every field the mock computes; a requested id without a formatter is absent."""


def field_values(source: FieldSource, requested: list[str]) -> dict[str, Any]:
    """The snapshot entry's field ids and values (87 also gets its number in 87_raw)."""
    values: dict[str, Any] = {}
    for field_id in (*requested, *ALWAYS_SENT):
        formatter = FORMATTERS.get(field_id)
        value = formatter(source) if formatter else None
        if value is not None:
            values[field_id] = value
    if "87" in values:
        values["87_raw"] = source.quote.volume
    return values


def updated_millis(moment: float) -> int:
    """The `_updated` stamp: epoch milliseconds."""
    return int(moment * 1000)


def utc_stamp(moment: float) -> str:
    """IBKR's UTC time format, YYYYMMDD-HH:MM:SS."""
    return datetime.fromtimestamp(moment, UTC).strftime("%Y%m%d-%H:%M:%S")

"""The mock's market: seeded prices, quotes, snapshot fields and historical bars.

Prices are a deterministic function of the seed and the clock's time (see price_model.py):
two markets with the same seed agree at every moment, whatever was asked before. The REST
handlers and the websocket read the same `Market`; what one session has subscribed to (the
snapshot pre-flight, searched symbols, the HMDS warm-up) is in `Market.session`.

>>> from ibkr_webapi.mock.world.catalogue import default_catalogue
>>> clock = lambda: 1_775_150_000.0  # 2026-04-02 13:13 New York
>>> market = Market.seeded(5, default_catalogue(), clock)
>>> market.price(265598) == Market.seeded(5, default_catalogue(), clock).price(265598)
True
>>> market.field_values(265598, ["55", "31"])["55"]
'AAPL'
>>> len(market.bars(265598, period="1d", bar="1h"))  # 09:30, 10:00, ..., 13:00 (now 13:13)
5
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from ibkr_webapi.mock.world.bars import MAX_POINTS, Bar, BarMaker, BarRequest, parse_duration
from ibkr_webapi.mock.world.bars import check_step as check_bar_for_period
from ibkr_webapi.mock.world.catalogue import Catalogue, Instrument
from ibkr_webapi.mock.world.fields import FieldSource, field_values
from ibkr_webapi.mock.world.price_model import PriceModel
from ibkr_webapi.mock.world.profiles import Profile
from ibkr_webapi.mock.world.quotes import Quote, make_quote
from ibkr_webapi.mock.world.trading_hours import hours_for

Clock = Callable[[], float]
BAR_TYPES = ("Last", "Bid", "Ask", "Midpoint", "FeeRate", "Inventory")


@dataclass
class MarketSession:
    """What the brokerage session has asked for: the state behind IBKR's pre-flight rules."""

    streaming: set[int] = field(default_factory=set)
    """Conids whose snapshot pre-flight is done (their next snapshot carries values)."""
    searched: set[str] = field(default_factory=set)
    """Symbols looked up with /iserver/secdef/search (strikes stay empty until then)."""
    algo_preflight: set[int] = field(default_factory=set)
    hmds_ready: bool = False
    """The first /hmds/history call only wakes the service up (404)."""

    def first_call(self, bucket: set[Any], key: Any) -> bool:
        """True the first time `key` is seen in `bucket` (and remember it)."""
        seen = key in bucket
        bucket.add(key)
        return not seen

    def reset(self) -> None:
        """Forget every subscription: a new brokerage session starts clean."""
        self.streaming.clear()
        self.searched.clear()
        self.algo_preflight.clear()
        self.hmds_ready = False


class Market:
    """Prices, quotes, fields and bars of every instrument of the catalogue."""

    def __init__(self, seed: int, catalogue: Catalogue, clock: Clock) -> None:
        self.seed = seed
        self.catalogue = catalogue
        self.clock = clock
        self.model = PriceModel(seed, catalogue)
        self.session = MarketSession()

    @classmethod
    def seeded(cls, seed: int, catalogue: Catalogue, clock: Clock) -> Market:
        """The market of `seed`; `clock` gives the current epoch seconds."""
        return cls(seed, catalogue, clock)

    def instrument(self, conid: int | str) -> Instrument:
        """The instrument; ApiError 400 "Invalid conid" when unknown."""
        return self.catalogue.get(conid)

    def profile(self, conid: int | str) -> Profile:
        return self.model.profile(self.instrument(conid).conid)

    def price(self, conid: int | str, moment: float | None = None) -> float:
        """The price now (or at `moment`), on the instrument's tick."""
        return self.model.price(self.instrument(conid).conid, self._when(moment))

    def prior_close(self, conid: int | str, moment: float | None = None) -> float:
        """The close of the regular session before today's (the base of daily change)."""
        return self.quote(conid, moment).prior_close

    def quote(self, conid: int | str, moment: float | None = None) -> Quote:
        """Top of book and day statistics now (or at `moment`)."""
        return make_quote(self.model, self.instrument(conid), self._when(moment), self.seed)

    def field_values(self, conid: int | str, fields: Sequence[str],
                     moment: float | None = None) -> dict[str, Any]:
        """Market Data Fields by id (strings, as IBKR sends them), plus 6119/6508/6509."""
        quote = self.quote(conid, moment)

        def history(days: int) -> list[float]:
            return self.daily_closes(quote.instrument.conid, days, quote.moment)

        source = FieldSource(quote, self.model.profile(quote.instrument.conid), history)
        return field_values(source, list(fields))

    def daily_closes(self, conid: int, days: int, moment: float) -> list[float]:
        """Closes of the latest `days` regular sessions up to `moment`, oldest first."""
        hours = hours_for(self.instrument(conid).sec_type)
        ends = [end for _, end in islice(hours.spans_before(moment, False), days)]
        return [self.model.price(conid, end) for end in reversed(ends)]

    def bars(self, conid: int | str, period: str, bar: str, end: float | None = None,
             outside_rth: bool = False, bar_type: str = "Last", limit: int = MAX_POINTS,
             check_step: bool = True) -> list[Bar]:
        """The latest `limit` bars, oldest first; ApiError 400 for a malformed size or, with
        `check_step`, a bar size the Step Size table does not allow for the period."""
        request = BarRequest(parse_duration(period), parse_duration(bar), self._when(end),
                             outside_rth)
        if check_step:
            check_bar_for_period(request.period, request.bar)
        instrument = self.instrument(conid)
        maker = BarMaker(self.model, instrument, self.seed, self._bar_price(instrument, bar_type))
        return maker.bars(request, limit)

    def exchange_rate(self, source: str, target: str) -> float | None:
        """Units of `target` one unit of `source` buys now, from the forex pairs (via USD
        when there is no direct pair); None when a currency is not traded.

        >>> from ibkr_webapi.mock.world.catalogue import default_catalogue
        >>> market = Market.seeded(0, default_catalogue(), lambda: 1_775_150_000.0)
        >>> market.exchange_rate("USD", "USD"), market.exchange_rate("XYZ", "USD")
        (1.0, None)
        >>> round(market.exchange_rate("EUR", "USD") * market.exchange_rate("USD", "EUR"), 9)
        1.0
        """
        if source == target:
            return 1.0
        for pair in self.currency_pairs():
            if (pair.symbol, pair.currency) == (source, target):
                return self.price(pair.conid)
            if (pair.symbol, pair.currency) == (target, source):
                return 1 / self.price(pair.conid)
        if "USD" in (source, target):
            return None
        to_usd, from_usd = self.exchange_rate(source, "USD"), self.exchange_rate("USD", target)
        return to_usd * from_usd if to_usd and from_usd else None

    def currency_pairs(self) -> list[Instrument]:
        """The forex instruments: symbol is the base currency, currency the quote."""
        return [instrument for instrument in self.catalogue if instrument.sec_type == "CASH"]

    def _bar_price(self, instrument: Instrument, bar_type: str) -> Callable[[float], float]:
        # Bars only sample moments inside sessions, where the unfrozen walk is the price.
        half_spread = {"Bid": -1, "Ask": 1}.get(bar_type, 0) * instrument.tick
        model = self.model
        return lambda moment: model.round_to_tick(
            instrument, model.raw_price(instrument, moment) + half_spread)

    def _when(self, moment: float | None) -> float:
        return self.clock() if moment is None else moment

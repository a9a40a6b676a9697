"""The mock's cost model: commissions, margin rates and conversion to the base currency.

Simple, fixed schedules in the spirit of IBKR's tiered pricing; they only need to be
deterministic and consistent between what-if, fills, ledger and summary.

>>> from ibkr_webapi.mock.world.catalogue import default_catalogue
>>> commission(default_catalogue().get(265598), 100, 190.0)
1.0
>>> commission(default_catalogue().get(265598), 1000, 190.0)
5.0
>>> MARGIN_RATES["STK"]
(0.25, 0.25)
"""

from __future__ import annotations

from collections.abc import Callable

from ibkr_webapi.mock.world.catalogue import Instrument

BASE_CURRENCY = "USD"
FOREX_CONIDS = {"EUR": (12087792, False), "GBP": (12087797, False), "JPY": (15016059, True)}
"""Currency -> (conid of its pair with USD, whether the pair is quoted USD.XXX)."""

MARGIN_RATES = {"STK": (0.25, 0.25), "OPT": (0.20, 0.15), "FUT": (0.06, 0.05),
                "BOND": (0.10, 0.08), "EC": (1.0, 1.0), "CASH": (0.03, 0.02)}
"""secType -> (initial, maintenance) margin as a fraction of the absolute position value."""

PriceOf = Callable[[int], float]


def commission(instrument: Instrument, quantity: float, price: float) -> float:
    """Commission in the instrument's currency for one execution."""
    size = abs(quantity)
    if instrument.sec_type == "STK":
        return round(min(max(1.0, 0.005 * size), 0.01 * size * price), 2)
    if instrument.sec_type == "OPT":
        return round(max(1.0, 0.65 * size), 2)
    if instrument.sec_type == "FUT":
        return round(0.85 * size, 2)
    if instrument.sec_type == "CASH":
        return 2.0
    if instrument.sec_type == "BOND":
        return round(max(1.0, 0.0002 * size * price * instrument.multiplier), 2)
    return 0.0


def usd_per_unit(currency: str, price_of: PriceOf) -> float:
    """The exchange rate of `currency` to the base currency, from the forex pairs' prices."""
    if currency == BASE_CURRENCY:
        return 1.0
    pair = FOREX_CONIDS.get(currency)
    if pair is None:
        return 1.0
    conid, usd_quoted = pair
    price = price_of(conid)
    return 1.0 / price if usd_quoted else price

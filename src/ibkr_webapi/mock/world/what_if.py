"""The what-if (order preview) answer: cost, and the effect on equity, margin and position.

Figures come from the same valuation and cost model as real fills, so a preview predicts
what the ledger shows after the order fills (up to the market moving). When the account
cannot carry the order, IBKR still answers 200 with equity/initial/maintenance null and
an error text (OBSERVED-DEVIATIONS), and so does the mock.

>>> from ibkr_webapi.mock.world.book import Book
>>> from ibkr_webapi.mock.world.catalogue import default_catalogue
>>> from ibkr_webapi.mock.world.orders import OrderTicket
>>> from ibkr_webapi.mock.world.valuation import value_books
>>> catalogue = default_catalogue()
>>> value = value_books([Book({"USD": 100_000.0})], catalogue, lambda conid: 200.0)
>>> ticket = OrderTicket(265598, "BUY", "LMT", "DAY", 10, 200.0)
>>> preview = what_if(ticket, catalogue.get(265598), 200.0, value, 0.0)
>>> preview["amount"]["total"], preview["initial"]["change"], preview["position"]["after"]
('2,001.00 USD', '500', '10')
"""

from __future__ import annotations

from typing import Any

from ibkr_webapi.mock.world.catalogue import Instrument
from ibkr_webapi.mock.world.costs import MARGIN_RATES, commission
from ibkr_webapi.mock.world.orders import OrderTicket
from ibkr_webapi.mock.world.questions import PRICE_PERCENTAGE_LIMIT
from ibkr_webapi.mock.world.valuation import AccountValue

UNITS = {"STK": "Shares", "OPT": "Contracts", "FUT": "Contracts", "CASH": "Units",
         "BOND": "Bonds", "EC": "Contracts"}


def _whole(value: float) -> str:
    return f"{value:,.0f}"


def _triple(current: float, change: float) -> dict[str, str]:
    return {"current": _whole(current), "change": _whole(change), "after": _whole(current + change)}


def what_if(ticket: OrderTicket, instrument: Instrument, market: float, value: AccountValue,
            held: float) -> dict[str, Any]:
    """The /orders/whatif body for `ticket` against an account `value` holding `held`."""
    price = ticket.price if ticket.price is not None and ticket.order_type != "STP" else market
    quantity = ticket.quantity or (ticket.cash_quantity or 0.0) / price
    rate = value.rate(instrument.currency)
    notional = quantity * price * instrument.multiplier
    fee = commission(instrument, quantity, price)
    after = held + (quantity if ticket.side == "BUY" else -quantity)
    exposure_change = (abs(after) - abs(held)) * price * instrument.multiplier * rate
    initial_rate, maintenance_rate = MARGIN_RATES.get(instrument.sec_type, (0.3, 0.3))
    equity = value.net_liquidation
    initial_after = value.margin() + exposure_change * initial_rate
    body: dict[str, Any] = {
        "amount": {"amount": f"{notional:,.2f} {instrument.currency} "
                             f"({quantity:g} {UNITS.get(instrument.sec_type, 'Units')})",
                   "commission": f"{fee:,.2f} {instrument.currency}",
                   "total": f"{notional + fee:,.2f} {instrument.currency}"},
        "position": {"current": f"{held:g}", "change": f"{after - held:g}", "after": f"{after:g}"},
        "warn": _warning(ticket, instrument, market),
        "error": None,
    }
    if initial_after > equity - fee * rate:
        message = (f"Your account has insufficient funds for this order: the initial margin "
                   f"after it ({_whole(initial_after)} USD) would exceed the equity with loan "
                   f"value ({_whole(equity)} USD).")
        return {**body, "equity": None, "initial": None, "maintenance": None, "error": message,
                "errors": [message]}
    return {**body, "equity": _triple(equity, -fee * rate),
            "initial": _triple(value.margin(), exposure_change * initial_rate),
            "maintenance": _triple(value.margin(maintenance=True),
                                   exposure_change * maintenance_rate)}


def _warning(ticket: OrderTicket, instrument: Instrument, market: float) -> str | None:
    if ticket.price is None or ticket.order_type not in ("LMT", "STOP_LIMIT"):
        return None
    if abs(ticket.price - market) <= market * PRICE_PERCENTAGE_LIMIT:
        return None
    return (f'The following order "{ticket.side} {ticket.quantity:g} {instrument.symbol} LMT '
            f'{ticket.price:.2f}" price exceeds the Percentage constraint of 3%.')

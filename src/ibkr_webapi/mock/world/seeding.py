"""The history every mock starts with: deposits, then a few weeks of executions.

Positions are never written directly: they come from past executions booked through the
same code as live fills, so trades, positions, cash and realised P&L agree from the start.

>>> from ibkr_webapi.mock.world import build_world
>>> world = build_world(seed=2, clock=lambda: 1_760_000_000.0)
>>> sorted({e.account_id for e in world.trading.executions})
['U1234567', 'U7654301', 'U7654302', 'U7654303']
>>> world.trading.books["U1234567"].positions[265598].quantity
100.0
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from ibkr_webapi.mock.world.accounts import ADVISOR, INDIVIDUAL, SUBACCOUNT
from ibkr_webapi.mock.world.catalogue import option_conid

if TYPE_CHECKING:
    from ibkr_webapi.mock.world.trading import Trading

DAY = 86_400.0
HISTORY_DAYS = 30
DEPOSIT_DAYS = 400
"""The opening deposits are this old, so a year of performance has a full NAV series."""
AAPL_CALL = option_conid(265598, 0, 195.0, "C")

DEPOSITS = {INDIVIDUAL: {"USD": 1_000_000.0, "EUR": 25_000.0},
            SUBACCOUNT: {"USD": 150_000.0}, ADVISOR: {"USD": 10_000.0}}
"""Opening cash by account kind; the seed scales it by up to +-10%."""
TRADES = {
    INDIVIDUAL: ((265598, 100), (272093, 50), (756733, 44), (649180695, 1), (AAPL_CALL, 2),
                 (8314, 30), (8314, -30)),
    SUBACCOUNT: ((756733, 20), (76792991, 15)),
    ADVISOR: (),
}
"""(conid, signed quantity) bought or sold in the past, by account kind."""


def seed_history(trading: Trading, rng: random.Random, now: float) -> None:
    """Deposit the opening cash `DEPOSIT_DAYS` ago, then book the past trades in time order."""
    start = now - DEPOSIT_DAYS * DAY
    planned: list[tuple[float, str, int, float]] = []
    for account in trading.accounts.all:
        scale = 1 + rng.uniform(-0.1, 0.1)
        deposits = {currency: round(amount * scale, -3)
                    for currency, amount in DEPOSITS[account.kind].items()}
        trading.deposit(account.account_id, deposits, start)
        trades = TRADES[account.kind]
        first, last = rng.randint(20, HISTORY_DAYS - 2), rng.randint(2, 5)
        for index, (conid, quantity) in enumerate(trades):
            day = first - (first - last) * index // max(len(trades) - 1, 1)
            # the index keeps same-day trades in the listed order (a buy before its sale)
            at = now - day * DAY + 14 * 3600.0 + index * 600.0 + rng.randint(0, 500)
            planned.append((at, account.account_id, conid, float(quantity)))
    for moment, holder, contract, size in sorted(planned):
        trading.book_past_trade(holder, contract, size, trading.prices.at(contract, moment), moment)

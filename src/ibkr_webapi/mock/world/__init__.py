"""The mock's state: one `World` per mock server, seeded and deterministic.

Each part lives in its own module and is built by `build_world` in dependency order. Two
mocks built with the same seed and clock answer every request identically.

>>> world = build_world(seed=7)
>>> world.catalogue.get(265598).symbol
'AAPL'
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass

from ibkr_webapi.mock.world.accounts import Accounts
from ibkr_webapi.mock.world.catalogue import Catalogue, default_catalogue
from ibkr_webapi.mock.world.events import EventBus
from ibkr_webapi.mock.world.fyi import Fyi
from ibkr_webapi.mock.world.lists import UserLists
from ibkr_webapi.mock.world.management import Management
from ibkr_webapi.mock.world.market import Market
from ibkr_webapi.mock.world.session import SessionState
from ibkr_webapi.mock.world.trading import Trading

Clock = Callable[[], float]
"""Epoch seconds; tests pass a fake clock to move time."""


@dataclass
class World:
    seed: int
    clock: Clock
    rng: random.Random
    events: EventBus
    catalogue: Catalogue
    session: SessionState
    market: Market
    fyi: Fyi
    accounts: Accounts
    trading: Trading
    lists: UserLists
    management: Management


def build_world(seed: int = 0, clock: Clock = time.time) -> World:
    """A fresh world for `seed`; `clock` drives time-dependent state (prices, fills, expiry)."""
    events = EventBus()
    catalogue = default_catalogue()
    market = Market.seeded(seed, catalogue, clock)
    accounts = Accounts.seeded(seed)
    return World(
        seed=seed,
        clock=clock,
        rng=random.Random(seed),
        events=events,
        catalogue=catalogue,
        session=SessionState(clock),
        market=market,
        fyi=Fyi.seeded(seed, clock),
        accounts=accounts,
        trading=Trading.seeded(seed, accounts, catalogue, market, events, clock),
        lists=UserLists.seeded(seed, accounts),
        management=Management.seeded(accounts, clock),
    )

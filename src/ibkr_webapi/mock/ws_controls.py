"""The mock websocket's timing and fault knobs.

`WsTiming` sets how often the server streams (real servers: a heartbeat every 10 s, ledger
every 10 s, market data as it changes); tests shrink the intervals so they run fast.
`WsFaults` reproduces what real servers do to clients: smd subscriptions that end after
15 minutes, a refused ``sor``, a greeting that takes its time, four tic replies.

>>> WsTiming(heartbeat=0.05).heartbeat
0.05
>>> WsFaults().smd_lifetime, WsFaults().tic_copies
(900.0, 4)
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field


@dataclass
class WsTiming:
    """Intervals in seconds of the event loop's clock."""

    heartbeat: float = 10.0
    """``{"topic":"system","hb":ms}`` every 10 s, as the documentation says."""
    market: float = 1.0
    """smd and sbd updates."""
    account: float = 10.0
    """sld, ssd and spl updates (sld: every 10 s per the documentation)."""
    orders: float = 0.5
    """How often working orders are advanced (their updates go out on sor/str/spl)."""

    @property
    def tick(self) -> float:
        """The streaming loop's period: the shortest interval."""
        return min(self.heartbeat, self.market, self.account, self.orders)


@dataclass
class WsFaults:
    """Misbehaviour of real servers, switched on per test."""

    smd_lifetime: float | None = 900.0
    """Seconds (world clock) after which the server silently ends an smd subscription
    (ibind #145: 15 min since 2026-04); None: never."""
    refuse_sor: bool = False
    """Answer sor with ``{"error":"unable to subscribe","code":500,"topic":"sor"}``."""
    tic_copies: int = 4
    """Identical replies per tic (real servers send four)."""
    greeting_gate: asyncio.Event | None = field(default=None, repr=False)
    """While set to an unset Event, the greeting waits: frames sent meanwhile are dropped,
    as real servers drop subscriptions sent before the ``system`` greeting."""

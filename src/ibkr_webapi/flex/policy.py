"""When to retry: which codes, how long to wait (backoff with jitter), and until when (deadline)."""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass


@dataclass(frozen=True)
class RetryPolicy:
    """Exponential backoff with jitter under an overall deadline.

    ``first_poll`` is the wait before the first GetStatement: IBKR needs a few seconds
    to generate even a small report, and polling earlier only earns 1019.

    >>> delays = RetryPolicy(jitter=0).delays(random.Random(0))
    >>> [next(delays) for _ in range(5)]
    [2.0, 3.0, 4.5, 6.75, 10.125]
    """

    deadline: float = 600.0
    first_poll: float = 3.0
    initial_delay: float = 2.0
    multiplier: float = 1.5
    max_delay: float = 30.0
    jitter: float = 0.2

    def delays(self, rng: random.Random) -> Iterator[float]:
        """Successive waits: initial_delay * multiplier**n, capped, each +/- jitter."""
        delay = self.initial_delay
        while True:
            spread = delay * self.jitter
            yield round(max(0.0, delay + rng.uniform(-spread, spread)), 6)
            delay = min(delay * self.multiplier, self.max_delay)

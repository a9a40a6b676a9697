"""Nonces, timestamps and Diffie-Hellman random values for OAuth requests.

>>> len(new_nonce()), new_dh_random().bit_length()
(32, 256)
>>> ticks = iter([100.9, 99.0, 101.2])
>>> stamps = MonotonicTimestamps(clock=lambda: next(ticks))
>>> [stamps.next() for _ in range(3)]
['100', '100', '101']
"""

from __future__ import annotations

import secrets
import threading
import time
from collections.abc import Callable

Clock = Callable[[], float]
"""Seconds since the epoch, like `time.time` (injectable for tests)."""


def new_nonce() -> str:
    """A 128-bit random nonce as 32 lower-case hex characters."""
    return secrets.token_hex(16)


def new_dh_random() -> int:
    """A random 256-bit Diffie-Hellman exponent (top bit set, so never small)."""
    return secrets.randbits(255) | (1 << 255)


class MonotonicTimestamps:
    """OAuth timestamps (whole seconds, as strings) that never go backwards.

    IBKR wants each timestamp greater than or equal to the previous one; the wall clock can
    step back (NTP), so the last value is kept and reused until the clock catches up.
    """

    def __init__(self, clock: Clock = time.time) -> None:
        self._clock = clock
        self._last = 0
        self._lock = threading.Lock()

    def next(self) -> str:
        """The next timestamp, never smaller than the previous one."""
        with self._lock:
            self._last = max(self._last, int(self._clock()))
            return str(self._last)

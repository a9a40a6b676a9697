"""Per-token pacing: at most 1 request per second and 10 per minute, as IBKR enforces (1018).

Waiting here, before sending, means the server never has to answer 1018 in
normal use. Limiters are shared per token (by fingerprint) within a process.
The clock is injectable so tests run without real waiting.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections import deque
from collections.abc import Awaitable, Callable
from typing import Protocol

from .token import SecretToken


class Clock(Protocol):
    """Monotonic seconds."""

    def __call__(self) -> float: ...


class TokenRateLimiter:
    """Sliding-window limiter. The defaults keep a small margin under IBKR's 1/s and 10/min.

    >>> now = [0.0]
    >>> limiter = TokenRateLimiter(clock=lambda: now[0])
    >>> limiter.delay(), limiter.record(), limiter.delay()
    (0.0, None, 1.1)
    """

    def __init__(
        self,
        *,
        min_interval: float = 1.1,
        per_window: int = 10,
        window: float = 61.0,
        clock: Clock = time.monotonic,
    ) -> None:
        self.min_interval = min_interval
        self.per_window = per_window
        self.window = window
        self.clock = clock
        self._sent: deque[float] = deque(maxlen=per_window)
        self._lock = threading.Lock()
        self._async_lock: asyncio.Lock | None = None

    def delay(self) -> float:
        """Seconds to wait before the next request may go out."""
        if not self._sent:
            return 0.0
        now = self.clock()
        wait = self._sent[-1] + self.min_interval - now
        if len(self._sent) == self.per_window:
            wait = max(wait, self._sent[0] + self.window - now)
        return round(max(wait, 0.0), 6)

    def record(self) -> None:
        """Note that a request is going out now."""
        self._sent.append(self.clock())

    def acquire(self, sleep: Callable[[float], None] = time.sleep) -> float:
        """Wait until a request may go out, record it, and return the seconds waited."""
        waited = 0.0
        with self._lock:
            while (wait := self.delay()) > 0:
                sleep(wait)
                waited += wait
            self.record()
        return waited

    async def acquire_async(
        self, sleep: Callable[[float], Awaitable[None]] = asyncio.sleep
    ) -> float:
        """The async form of ``acquire``."""
        if self._async_lock is None:
            self._async_lock = asyncio.Lock()
        waited = 0.0
        async with self._async_lock:
            while (wait := self.delay()) > 0:
                await sleep(wait)
                waited += wait
            self.record()
        return waited


_SHARED: dict[str, TokenRateLimiter] = {}
_SHARED_LOCK = threading.Lock()


def limiter_for(token: SecretToken) -> TokenRateLimiter:
    """The process-wide limiter of this token (keyed by a digest, not the token)."""
    with _SHARED_LOCK:
        return _SHARED.setdefault(token.fingerprint(), TokenRateLimiter())

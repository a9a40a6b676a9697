"""Which requests the facade sends again, and when.

Only operations that are safe to repeat are retried: reads (GET, HEAD) and the two POSTs that
change nothing (``POST /tickle``, ``POST /iserver/auth/status``). Placing, modifying or
cancelling an order, and answering an order question, are never resent automatically, by any
layer: a failure goes back to the caller, who checks the live orders before acting again.

A retry follows a connection error, a timeout, a 5xx or a 429, after an exponential backoff
with full jitter, and only while the whole call stays within its deadline. After a 429 the
limiter holds every request for the penalty window; when that ends after the deadline, the
429 is raised at once as `RateLimitedError` instead of waiting.

>>> policy = RetryPolicy()
>>> policy.may_retry("get_portfolio_accounts"), policy.may_retry("tickle")
(True, True)
>>> policy.may_retry("place_orders"), policy.may_retry("cancel_order")
(False, False)
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from functools import cached_property

from ibkr_webapi import spec
from ibkr_webapi.errors import (
    ConnectionFailedError,
    IbkrError,
    RateLimitedError,
    ServerError,
)

SAFE_METHODS = frozenset({"GET", "HEAD"})
SAFE_POSTS = frozenset({("POST", "/tickle"), ("POST", "/iserver/auth/status")})
"""POSTs that only read or keep the session alive, so sending them twice is harmless."""


def retryable_operations() -> frozenset[str]:
    """operationIds the facade may send again: safe methods and `SAFE_POSTS`."""
    return frozenset(
        operation.operation_id for operation in spec.iter_operations()
        if operation.method in SAFE_METHODS or (operation.method, operation.path) in SAFE_POSTS)


@dataclass(frozen=True)
class RetryPolicy:
    """How many times, how long apart, and within which deadline a safe call is retried.

    `attempts` counts the first try. The n-th retry waits a random time between 0 and
    ``min(max_delay, base_delay * 2 ** (n - 1))`` (full jitter). `deadline` bounds the whole
    call, waits included. ``RetryPolicy(attempts=1)`` turns retries off.
    """

    attempts: int = 4
    base_delay: float = 0.2
    max_delay: float = 5.0
    deadline: float = 30.0
    rng: random.Random = field(default_factory=random.Random, compare=False, repr=False)

    def __post_init__(self) -> None:
        if self.attempts < 1 or self.base_delay < 0 or self.max_delay < 0 or self.deadline <= 0:
            raise ValueError("attempts >= 1, base_delay >= 0, max_delay >= 0 and deadline > 0")

    @cached_property
    def _retryable(self) -> frozenset[str]:
        return retryable_operations()

    def may_retry(self, operation: str) -> bool:
        """Whether `operation` is ever sent again automatically."""
        return operation in self._retryable

    def delay_before_retry(self, operation: str, error: IbkrError, attempt: int,
                           elapsed: float, held_for: float = 0.0) -> float | None:
        """Seconds to wait before trying `operation` again after `attempt` failed with
        `error`, or None to give up. `held_for` is how long the limiter still holds requests
        (after a 429); the limiter does that waiting itself."""
        if attempt >= self.attempts or not self.may_retry(operation):
            return None
        if not isinstance(error, ConnectionFailedError | ServerError | RateLimitedError):
            return None
        backoff = self.rng.uniform(0.0, min(self.max_delay, self.base_delay * 2 ** (attempt - 1)))
        if elapsed + held_for + backoff > self.deadline:
            return None
        return backoff

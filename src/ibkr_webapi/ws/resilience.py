"""What keeps a stream alive against real IBKR servers: settings, backoff, tic de-duplication.

Real servers drop subscriptions sent before the ``system`` greeting, restore nothing after a
reconnect, end smd subscriptions after 10-15 minutes, answer each ``tic`` four times and
sometimes just go quiet. `StreamSettings` holds every knob the client uses against that;
the defaults suit real servers, tests shrink them.

>>> import random
>>> backoff = Backoff(initial=1.0, maximum=8.0, jitter=0.0)
>>> [backoff.next_delay() for _ in range(5)]
[1.0, 2.0, 4.0, 8.0, 8.0]
>>> jittered = Backoff(initial=1.0, maximum=8.0, jitter=0.5, rng=random.Random(1))
>>> all(0.5 <= jittered.next_delay() <= 1.0 for _ in range(1))
True
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field

from ibkr_webapi.limits import Limits
from ibkr_webapi.ws.feeds import DEFAULT_MAXSIZE, OverflowPolicy


@dataclass(frozen=True)
class StreamSettings:
    """Timing and buffering of a `StreamClient` (seconds, on the event loop's clock)."""

    tic_interval: float = 50.0
    """IBKR asks for a tic at least once a minute."""
    silence_timeout: float = 35.0
    """No frame at all (heartbeats come every 10 s) for this long means a dead connection."""
    greeting_timeout: float = 30.0
    """How long to wait for the ``system`` greeting before giving up on a connection."""
    smd_renew_after: float = 540.0
    """Renew smd subscriptions after 9 minutes, before the server's 10-15 minute expiry."""
    maintenance_interval: float = 1.0
    """How often tic and renewal deadlines are checked."""
    backoff_initial: float = 0.5
    backoff_maximum: float = 60.0
    backoff_jitter: float = 0.5
    """Fraction of each delay that is random, so many clients do not reconnect in step."""
    max_attempts: int | None = None
    """Consecutive failed connections before the stream gives up (None: never)."""
    maxsize: int = DEFAULT_MAXSIZE
    """Default capacity of each subscription and unsolicited feed."""
    overflow: OverflowPolicy = OverflowPolicy.DROP_OLDEST
    """Default overflow policy of each feed."""
    max_frame_size: int = Limits().max_frame_size
    """Bytes of one incoming frame; a larger frame is dropped and counted (a
    `FrameTooLargeError` is logged), and the stream goes on. See ibkr_webapi.limits."""

    def __post_init__(self) -> None:
        if self.tic_interval >= 60:
            raise ValueError("tic_interval must be under 60 s: IBKR wants a tic every minute")
        if not 0 <= self.backoff_jitter <= 1:
            raise ValueError("backoff_jitter is a fraction between 0 and 1")
        if self.smd_renew_after <= 0 or self.silence_timeout <= 0:
            raise ValueError("smd_renew_after and silence_timeout must be positive")


@dataclass
class Backoff:
    """Exponential reconnect delays with jitter; `reset` after a connection that worked."""

    initial: float = 0.5
    maximum: float = 60.0
    jitter: float = 0.5
    multiplier: float = 2.0
    rng: random.Random = field(default_factory=random.Random)
    _attempt: int = 0

    def next_delay(self) -> float:
        base = min(self.maximum, self.initial * self.multiplier ** self._attempt)
        self._attempt += 1
        return base * (1 - self.jitter * self.rng.random())

    def reset(self) -> None:
        self._attempt = 0

    @classmethod
    def from_settings(cls, settings: StreamSettings) -> Backoff:
        return cls(settings.backoff_initial, settings.backoff_maximum, settings.backoff_jitter)


class DuplicateCollapser:
    """Passes the first of consecutive identical frames (the server repeats each tic reply 4x).

    Frames compare by their JSON content, so a copy with another key order is a duplicate too.

    >>> collapse = DuplicateCollapser()
    >>> [collapse.is_new(f) for f in ('{"a":1,"b":2}', '{"b":2,"a":1}', '{"a":2}')]
    [True, False, True]
    >>> collapse.collapsed
    1
    """

    def __init__(self) -> None:
        self._last: object = None
        self.collapsed = 0

    def is_new(self, raw: str | bytes) -> bool:
        try:
            content: object = json.loads(raw)
        except (ValueError, RecursionError):
            content = raw
        if content == self._last:
            self.collapsed += 1
            return False
        self._last = content
        return True

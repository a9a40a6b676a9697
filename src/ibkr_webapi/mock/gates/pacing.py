"""IBKR's pacing limits, read from the effective spec, enforced per client with 429.

The global limit (``x-ibkr-rate-limit`` at the spec's root: 10 requests per second) applies
to every request; an operation's own ``x-ibkr-rate-limit`` adds a sliding window
(``requests`` per ``per_seconds``) or a cap on ``concurrent`` requests. A client whose
requests exceed a limit gets 429 (`Paced.limit` says which limit) and, when the penalty box
is on (``penalty_seconds`` > 0), after `violations_before_penalty` such answers, is put in
the penalty box: every request answers 429 for ``penalty_seconds``.

>>> from ibkr_webapi.mock.config import ManualClock
>>> from ibkr_webapi.spec import operation
>>> pacer = Pacer.from_spec(ManualClock(0.0))
>>> tickle = operation("tickle")
>>> pacer.admit("127.0.0.1", tickle)()  # admitted; calling the result ends the request
>>> try:
...     pacer.admit("127.0.0.1", tickle)
... except Paced as paced:
...     print(paced, "|", paced.limit)
Too many requests | tickle: 1 request per 1 s
"""

from __future__ import annotations

from collections import defaultdict, deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from ibkr_webapi.spec import Operation, effective_spec, iter_operations

TOO_MANY_REQUESTS = "Too many requests"


class Paced(Exception):
    """The request exceeds a limit or comes from a client in the penalty box; `limit` names
    which, for the log."""

    def __init__(self, limit: str) -> None:
        super().__init__(TOO_MANY_REQUESTS)
        self.limit = limit


@dataclass(frozen=True)
class Window:
    """At most `requests` in any `per_seconds` interval."""

    requests: int
    per_seconds: float

    def __str__(self) -> str:
        noun = "request" if self.requests == 1 else "requests"
        return f"{self.requests} {noun} per {self.per_seconds:g} s"


def window_of(limit: Mapping[str, Any] | None) -> Window | None:
    """The sliding window of an ``x-ibkr-rate-limit`` value, if it defines one.

    >>> window_of({"requests": 1, "per_seconds": 5}), window_of({"concurrent": 5})
    (Window(requests=1, per_seconds=5), None)
    """
    if limit is None or "requests" not in limit or "per_seconds" not in limit:
        return None
    return Window(int(limit["requests"]), limit["per_seconds"])


def _scaled(window: Window | None, scale: float) -> Window | None:
    return None if window is None else Window(window.requests, window.per_seconds * scale)


class Pacer:
    """Sliding windows per (client, limit), concurrency counts and the penalty box."""

    def __init__(self, clock: Callable[[], float], global_window: Window,
                 windows: Mapping[str, Window], concurrency: Mapping[str, int], *,
                 penalty_seconds: float, violations_before_penalty: int = 1) -> None:
        self._clock = clock
        self._global = global_window
        self._windows = windows
        self._concurrency = concurrency
        self._penalty_seconds = penalty_seconds
        self._violations_before_penalty = violations_before_penalty
        self._moments: dict[tuple[str, str], deque[float]] = defaultdict(deque)
        self._in_flight: dict[tuple[str, str], int] = defaultdict(int)
        self._violations: dict[str, int] = defaultdict(int)
        self._penalty_until: dict[str, float] = {}

    @classmethod
    def from_spec(cls, clock: Callable[[], float], *, penalty_seconds: float | None = None,
                  violations_before_penalty: int = 1, time_scale: float = 1.0) -> Pacer:
        """Every limit of the effective spec; `penalty_seconds` overrides the spec's;
        `time_scale` multiplies every window's length (tests run faster with less than 1)."""
        root = effective_spec()["x-ibkr-rate-limit"]
        global_window = _scaled(window_of(root), time_scale)
        if global_window is None:
            raise ValueError("the spec's root x-ibkr-rate-limit has no requests/per_seconds")
        windows: dict[str, Window] = {}
        concurrency: dict[str, int] = {}
        for op in iter_operations():
            window = _scaled(window_of(op.rate_limit), time_scale)
            if window is not None:
                windows[op.operation_id] = window
            if op.rate_limit is not None and "concurrent" in op.rate_limit:
                concurrency[op.operation_id] = int(op.rate_limit["concurrent"])
        penalty = root.get("penalty_seconds", 0) if penalty_seconds is None else penalty_seconds
        return cls(clock, global_window, windows, concurrency, penalty_seconds=float(penalty),
                   violations_before_penalty=violations_before_penalty)

    def in_penalty_box(self, client: str) -> bool:
        return self._clock() < self._penalty_until.get(client, float("-inf"))

    def admit(self, client: str, operation: Operation) -> Callable[[], None]:
        """Count the request or raise `Paced`; call the returned function when it ends."""
        if self.in_penalty_box(client):
            raise Paced(f"penalty box ({self._penalty_seconds:g} s after a violation)")
        op_id = operation.operation_id
        checks = [(("*", self._global))]
        if op_id in self._windows:
            checks.append((op_id, self._windows[op_id]))
        now = self._clock()
        concurrent = self._concurrency.get(op_id)
        full = [(key, window) for key, window in checks
                if self._full((client, key), window, now)]
        if full:
            key, window = full[-1]  # the operation's own limit is the more telling one
            self._violated(client, now)
            raise Paced(f"{'global' if key == '*' else key}: {window}")
        if concurrent is not None and self._in_flight[(client, op_id)] >= concurrent:
            self._violated(client, now)
            raise Paced(f"{op_id}: {concurrent} concurrent requests")
        for key, _ in checks:
            self._moments[(client, key)].append(now)
        self._in_flight[(client, op_id)] += 1
        return lambda: self._end(client, op_id)

    def _full(self, key: tuple[str, str], window: Window, now: float) -> bool:
        moments = self._moments[key]
        while moments and moments[0] <= now - window.per_seconds:
            moments.popleft()
        return len(moments) >= window.requests

    def _violated(self, client: str, now: float) -> None:
        if self._penalty_seconds <= 0:
            return
        self._violations[client] += 1
        if self._violations[client] >= self._violations_before_penalty:
            self._violations[client] = 0
            self._penalty_until[client] = now + self._penalty_seconds

    def _end(self, client: str, op_id: str) -> None:
        self._in_flight[(client, op_id)] -= 1

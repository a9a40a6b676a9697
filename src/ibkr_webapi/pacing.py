"""Pacing from the spec: one limiter, shared by threads and tasks, that keeps requests under
IBKR's documented limits before the server has to answer 429.

The limits are read from ``x-ibkr-rate-limit`` in the effective spec (`ibkr_webapi.spec`):
the global limit on the document (10 requests/s, a 900 s penalty box) and each operation's
own (``requests`` per ``per_seconds``, or ``concurrent``). Nothing is copied by hand.

A request reserves the earliest start time that keeps every sliding window it belongs to
(the global one and its operation's) under its limit, then sleeps until then outside the
lock, so threads and asyncio tasks share one schedule. A 429 closes the whole schedule for the
penalty window (IBKR puts the IP address in a penalty box) and is logged.

>>> clock = FakeClock()
>>> limiter = Limiter.from_spec(clock=clock, sleep=clock.sleep, margin=0.0)
>>> [limiter.acquire("get_portfolio_accounts").release() for _ in range(3)]
[None, None, None]
>>> clock.now  # /portfolio/accounts allows 1 request per 5 s
10.0
"""

from __future__ import annotations

import asyncio
import bisect
import logging
import threading
import time
from collections import deque
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Protocol

from ibkr_webapi import spec

logger = logging.getLogger("ibkr_webapi")

DEFAULT_MARGIN = 0.05
"""Seconds added to every window: requests leave a little later than reserved (scheduling,
the auth flow), and the server counts arrivals."""

_TOLERANCE = 1e-6

REBOOKINGS = 3
"""How many times a request whose start went stale is booked again before it is sent anyway
(see `Limiter._late`)."""

WARN_AFTER = 1.0
"""Pacing waits at least this long are logged as warnings, shorter ones at DEBUG."""


@dataclass(frozen=True)
class Rate:
    """At most `requests` starts in any `per_seconds` window."""

    requests: int
    per_seconds: float


@dataclass(frozen=True)
class OperationLimit:
    """An operation's own limits: a rate, a cap on requests in flight, or both."""

    rate: Rate | None = None
    concurrent: int | None = None


def _rate_of(definition: Mapping[str, object]) -> Rate | None:
    requests, per_seconds = definition.get("requests"), definition.get("per_seconds")
    if isinstance(requests, int) and isinstance(per_seconds, int | float):
        return Rate(requests, float(per_seconds))
    return None


def spec_limits() -> tuple[Rate, float, dict[str, OperationLimit]]:
    """(global rate, penalty seconds, per-operation limits) from the effective spec."""
    root = spec.effective_spec()["x-ibkr-rate-limit"]
    global_rate = _rate_of(root)
    if global_rate is None:
        raise ValueError("the effective spec declares no global x-ibkr-rate-limit")
    limits = {}
    for operation in spec.iter_operations():
        definition = operation.rate_limit
        if definition is not None:
            concurrent = definition.get("concurrent")
            limits[operation.operation_id] = OperationLimit(
                _rate_of(definition), concurrent if isinstance(concurrent, int) else None)
    return global_rate, float(root.get("penalty_seconds", 0)), limits


class SlidingWindow:
    """Reserved start times of one rate; finds the earliest start that keeps it.

    A rate of N per `span` holds when any N + 1 consecutive starts span at least `span`.
    Reservations may lie in the future and arrive out of order, so a new start is checked
    against the starts on both sides of it.
    """

    def __init__(self, rate: Rate, margin: float) -> None:
        self.requests = rate.requests
        self.span = rate.per_seconds + margin
        self._starts: list[float] = []

    def earliest(self, candidate: float) -> float:
        """The earliest time at or after `candidate` that a new start fits. A start can only
        begin to fit when an earlier one leaves its window, so those are the candidates."""
        later = (s + self.span for s in self._starts if s + self.span > candidate)
        for start in (candidate, *later):
            if self._fits(start):
                return start
        raise AssertionError("unreachable: a start after every window always fits")

    def record(self, start: float) -> None:
        bisect.insort(self._starts, start)

    def forget_before(self, now: float) -> None:
        """Drop starts that no window beginning at or after `now` can contain."""
        drop = bisect.bisect_right(self._starts, now - self.span)
        if drop:
            del self._starts[:drop]

    def _fits(self, start: float) -> bool:
        starts, n = self._starts, self.requests
        at = bisect.bisect_right(starts, start)
        merged = [*starts[max(0, at - n):at], start, *starts[at:at + n]]
        # The tolerance absorbs float rounding: with epoch-sized clocks, (s + span) - s < span.
        return all(merged[i + n] - merged[i] >= self.span - _TOLERANCE
                   for i in range(len(merged) - n))


class _Slots:
    """A cap on requests in flight that threads and asyncio tasks can both wait on."""

    def __init__(self, size: int) -> None:
        self.free = size
        self._waiters: deque[Callable[[], None]] = deque()

    def take_or_wait(self, wake: Callable[[], None]) -> bool:
        """Take a slot (True) or queue `wake` to be called when one frees (False).
        The caller holds the store's lock."""
        if self.free > 0 and not self._waiters:
            self.free -= 1
            return True
        self._waiters.append(wake)
        return False

    def give_back(self) -> None:
        """Hand the slot to the next waiter, or free it. The caller holds the lock."""
        if self._waiters:
            self._waiters.popleft()()
        else:
            self.free += 1


@dataclass(frozen=True)
class Schedule:
    """What a pacing store enforces: the spec's limits, the penalty window and the margin."""

    global_rate: Rate
    limits: Mapping[str, OperationLimit]
    penalty_seconds: float
    margin: float = DEFAULT_MARGIN


class Slot(Protocol):
    """A concurrency slot taken from a store; `release()` gives it back (once)."""

    def release(self) -> None: ...


class PacingStore(Protocol):
    """Where the schedule lives: this process's memory (`MemoryPacingStore`, the default) or
    a server every process of one IBKR identity shares (``ibkr_webapi.stores``).

    Every method is safe to call from any thread. `reserve` books a start time and returns the
    seconds to wait for it; the `Limiter` does the waiting and the logging.
    """

    def reserve(self, operation: str | None) -> float: ...

    async def reserve_async(self, operation: str | None) -> float: ...

    def penalise(self, seconds: float) -> None: ...

    def held_for(self) -> float: ...

    def caps_concurrency(self, operation: str | None) -> bool: ...

    def take_slot(self, operation: str) -> Slot: ...

    async def take_slot_async(self, operation: str) -> Slot: ...


StoreFactory = Callable[[Schedule, Callable[[], float]], PacingStore]
"""Builds a store for a schedule and a clock (``PacingStoreConfig.build`` for instance)."""


class _MemorySlot:
    def __init__(self, lock: threading.Lock, slots: _Slots) -> None:
        self._lock = lock
        self._slots: _Slots | None = slots

    def release(self) -> None:
        if self._slots is not None:
            with self._lock:
                self._slots.give_back()
            self._slots = None


class MemoryPacingStore:
    """The schedule in this process: one lock, sliding windows, slots and the penalty box."""

    def __init__(self, schedule: Schedule, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self.lock = threading.Lock()
        margin, limits = schedule.margin, schedule.limits
        self._global = SlidingWindow(schedule.global_rate, margin)
        self._windows = {op: SlidingWindow(limit.rate, margin)
                         for op, limit in limits.items() if limit.rate is not None}
        self._slots = {op: _Slots(limit.concurrent)
                       for op, limit in limits.items() if limit.concurrent is not None}
        self._closed_until = 0.0

    def reserve(self, operation: str | None) -> float:
        window = self._windows.get(operation or "")
        with self.lock:
            now = self._clock()
            for known in (self._global, window):
                if known is not None:
                    known.forget_before(now)
            start = self._earliest(max(now, self._closed_until), window)
            self._global.record(start)
            if window is not None:
                window.record(start)
        return start - now

    async def reserve_async(self, operation: str | None) -> float:
        return self.reserve(operation)

    def record(self, operation: str | None, delay: float) -> None:
        """Note a start another store booked `delay` seconds from now (a fallback store
        keeps the shared schedule's recent starts, so switching to it does not burst)."""
        window = self._windows.get(operation or "")
        with self.lock:
            now = self._clock()
            for known in (self._global, window):
                if known is not None:
                    known.forget_before(now)
                    known.record(now + delay)

    def _earliest(self, candidate: float, window: SlidingWindow | None) -> float:
        while True:
            start = self._global.earliest(window.earliest(candidate) if window else candidate)
            if window is None or window.earliest(start) == start:
                return start
            candidate = start

    def penalise(self, seconds: float) -> None:
        with self.lock:
            self._closed_until = max(self._closed_until, self._clock() + seconds)

    def held_for(self) -> float:
        return max(0.0, self._closed_until - self._clock())

    def caps_concurrency(self, operation: str | None) -> bool:
        return (operation or "") in self._slots

    def take_slot(self, operation: str) -> Slot:
        slots = self._slots[operation]
        woken = threading.Event()
        with self.lock:
            taken = slots.take_or_wait(woken.set)
        if not taken:
            woken.wait()
        return _MemorySlot(self.lock, slots)

    async def take_slot_async(self, operation: str) -> Slot:
        slots = self._slots[operation]
        loop = asyncio.get_running_loop()
        woken: asyncio.Future[None] = loop.create_future()

        def wake() -> None:
            loop.call_soon_threadsafe(_resolve, woken)

        with self.lock:
            taken = slots.take_or_wait(wake)
        if not taken:
            await woken
        return _MemorySlot(self.lock, slots)


@dataclass
class Permit:
    """Permission to send one request; `release()` when its response has been read."""

    limiter: Limiter
    slot: Slot | None

    def release(self) -> None:
        if self.slot is not None:
            self.slot.release()
            self.slot = None


class Limiter:
    """The global and per-operation limits, one schedule for every thread and task.

    `clock`, `sleep` and `async_sleep` are injectable (tests pass a fake clock whose sleep
    advances it). `margin` widens every window (see `DEFAULT_MARGIN`). `store` builds where
    the schedule lives: None keeps it in this process (`MemoryPacingStore`); a
    ``ibkr_webapi.stores.PacingStoreConfig`` shares it between processes through Redis.
    """

    def __init__(
        self,
        global_rate: Rate,
        limits: Mapping[str, OperationLimit],
        *,
        penalty_seconds: float,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        async_sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        margin: float = DEFAULT_MARGIN,
        store: StoreFactory | None = None,
    ) -> None:
        self.penalty_seconds = penalty_seconds
        self._clock, self._sleep, self._async_sleep = clock, sleep, async_sleep
        self._margin = margin
        schedule = Schedule(global_rate, limits, penalty_seconds, margin)
        self.store: PacingStore = (store or MemoryPacingStore)(schedule, clock)

    @classmethod
    def from_spec(cls, *, penalty_seconds: float | None = None,
                  clock: Callable[[], float] = time.monotonic,
                  sleep: Callable[[float], None] = time.sleep,
                  async_sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
                  margin: float = DEFAULT_MARGIN, store: StoreFactory | None = None) -> Limiter:
        """A limiter with the effective spec's limits; `penalty_seconds` overrides the
        spec's penalty window (the rest as for the constructor)."""
        global_rate, penalty, limits = spec_limits()
        return cls(global_rate, limits, clock=clock, sleep=sleep, async_sleep=async_sleep,
                   margin=margin, store=store,
                   penalty_seconds=penalty if penalty_seconds is None else penalty_seconds)

    # ----------------------------------------------------------------- reservations

    def reserve(self, operation: str | None) -> float:
        """Reserve a start time for one request of `operation`; returns the delay to wait."""
        return _logged(operation, self.store.reserve(operation))

    def penalise(self, operation: str | None, seconds: float | None = None) -> float:
        """After a 429: no request starts for `seconds` (default: the spec's penalty window).
        Returns the wait."""
        wait = self.penalty_seconds if seconds is None else seconds
        self.store.penalise(wait)
        logger.warning("pacing: HTTP 429 on %s; holding every request for %.0f s (IBKR's "
                       "penalty box)", operation or "a request", wait)
        return wait

    # ----------------------------------------------------------------- acquire / release

    def caps_concurrency(self, operation: str | None) -> bool:
        """Whether `operation` has a cap on requests in flight."""
        return self.store.caps_concurrency(operation)

    def held_for(self) -> float:
        """Seconds until the penalty box opens again (0 when it is open)."""
        return self.store.held_for()

    def acquire(self, operation: str | None) -> Permit:
        """Wait (sleeping this thread) until `operation` may be sent."""
        slot = self.store.take_slot(operation) if (
            operation is not None and self.store.caps_concurrency(operation)) else None
        for _ in range(REBOOKINGS + 1):
            booked = self._clock()
            delay = self.reserve(operation)
            if delay > 0:
                self._sleep(delay)
            if not self._late(operation, booked, delay):
                break
        return Permit(self, slot)

    async def acquire_async(self, operation: str | None) -> Permit:
        """Wait (without blocking the event loop) until `operation` may be sent."""
        slot = await self.store.take_slot_async(operation) if (
            operation is not None and self.store.caps_concurrency(operation)) else None
        for _ in range(REBOOKINGS + 1):
            booked = self._clock()
            delay = _logged(operation, await self.store.reserve_async(operation))
            if delay > 0:
                await self._async_sleep(delay)
            if not self._late(operation, booked, delay):
                break
        return Permit(self, slot)

    def _late(self, operation: str | None, booked: float, delay: float) -> bool:
        """Whether this process woke so late (a stalled thread, a slow store) that its
        request would leave more than half the margin after the booked start, squeezing the
        windows of the starts booked after it (the other half is for the network). It then
        books again: the stale start stays booked, which only costs a little throughput."""
        late = self._clock() - booked - delay
        if late <= self._margin / 2:
            return False
        logger.debug("pacing: %s is %.3f s past its start; booking again",
                     operation or "request", late)
        return True


def _logged(operation: str | None, delay: float) -> float:
    if delay > 0:
        level = logging.WARNING if delay >= WARN_AFTER else logging.DEBUG
        logger.log(level, "pacing: %s waits %.2f s for IBKR's rate limits",
                   operation or "request", delay)
    return delay


def _resolve(future: asyncio.Future[None]) -> None:
    if not future.done():
        future.set_result(None)


class FakeClock:
    """A clock for tests and examples: `sleep` advances it instead of waiting."""

    def __init__(self, now: float = 0.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += max(0.0, seconds)

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)

"""`RedisPacingStore`: the pacing schedule of one IBKR identity, shared by every process that
names it, on a Redis server (``pip install ibkr-webapi[redis]``).

It keeps every rule of the in-memory store (`ibkr_webapi.pacing.MemoryPacingStore`): the
global window, each operation's window, each operation's cap on requests in flight and the
penalty box after a 429, each decision one atomic Lua script (`pacing_scripts`). Concurrency
slots are leases: a process that dies while holding one cannot leak it, the lease expires
after `slot_ttl` seconds. A process waiting for a slot polls every few milliseconds (a slot
freed by another process sends no signal this process could wait on).

Keys: ``ibkr-webapi:pacing:{<identity>}:<name>``; the braces keep an identity's keys in one
Redis Cluster slot, as multi-key scripts need.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from ibkr_webapi.pacing import Schedule, Slot
from ibkr_webapi.stores import pacing_scripts

if TYPE_CHECKING:
    import redis

HELD_FOR_REFRESH = 0.5
"""Seconds `held_for` trusts what it last learned of the penalty box."""
POLL_SECONDS = (0.002, 0.05)
"""First and longest pause between two tries for a concurrency slot (doubling in between)."""


class _Lease:
    """A concurrency slot held in Redis until released or expired."""

    def __init__(self, client: redis.Redis, key: str, holder: str) -> None:
        self._client, self._key, self._holder = client, key, holder
        self._held = True

    def release(self) -> None:
        if self._held:
            self._held = False
            self._client.zrem(self._key, self._holder)


class RedisPacingStore:
    """The schedule of `identity` on the Redis server behind `client`; see the module doc."""

    def __init__(self, schedule: Schedule, client: redis.Redis, identity: str, *,
                 slot_ttl: float = 60.0, sleep: Callable[[float], None] = time.sleep) -> None:
        if slot_ttl <= 0:
            raise ValueError(f"slot_ttl must be positive, not {slot_ttl}")
        self._client = client
        self._prefix = f"ibkr-webapi:pacing:{{{identity}}}:"
        self._sleep = sleep
        self.slot_ttl = slot_ttl
        margin = schedule.margin
        self._global = (schedule.global_rate.requests, schedule.global_rate.per_seconds + margin)
        self._windows = {op: (limit.rate.requests, limit.rate.per_seconds + margin)
                         for op, limit in schedule.limits.items() if limit.rate is not None}
        self._caps = {op: limit.concurrent for op, limit in schedule.limits.items()
                      if limit.concurrent is not None}
        self._reserve = client.register_script(pacing_scripts.RESERVE)
        self._penalise = client.register_script(pacing_scripts.PENALISE)
        self._held_for = client.register_script(pacing_scripts.HELD_FOR)
        self._take = client.register_script(pacing_scripts.TAKE_SLOT)
        self._penalty_until, self._penalty_checked = 0.0, float("-inf")

    def _key(self, name: str) -> str:
        return self._prefix + name

    def reserve(self, operation: str | None) -> float:
        window = self._windows.get(operation or "")
        requests, span = window if window is not None else (0, 0.0)
        keys = [self._key("global"), self._key(f"window:{operation or ''}"),
                self._key("penalty"), self._key("sequence")]
        return float(self._reserve(keys, [*self._global, requests, span]))

    async def reserve_async(self, operation: str | None) -> float:
        return await asyncio.to_thread(self.reserve, operation)

    def penalise(self, seconds: float) -> None:
        self._learn_penalty(float(self._penalise([self._key("penalty")], [seconds])))

    def held_for(self) -> float:
        """Seconds until the shared penalty box opens. Asked of Redis at most every
        `HELD_FOR_REFRESH` seconds: the facade asks before every request (to fail fast past
        its deadline), and `reserve` enforces the box anyway."""
        now = time.monotonic()
        if now >= self._penalty_checked + HELD_FOR_REFRESH:
            self._learn_penalty(float(self._held_for([self._key("penalty")])), now)
        return max(0.0, self._penalty_until - now)

    def _learn_penalty(self, held: float, now: float | None = None) -> None:
        now = time.monotonic() if now is None else now
        self._penalty_until, self._penalty_checked = now + held, now

    def caps_concurrency(self, operation: str | None) -> bool:
        return (operation or "") in self._caps

    def try_slot(self, operation: str) -> Slot | None:
        """A lease on one of `operation`'s slots, or None when all are taken."""
        key, holder = self._key(f"slots:{operation}"), uuid.uuid4().hex
        if self._take([key], [self._caps[operation], self.slot_ttl, holder]):
            return _Lease(self._client, key, holder)
        return None

    def take_slot(self, operation: str) -> Slot:
        pause = POLL_SECONDS[0]
        while (lease := self.try_slot(operation)) is None:
            self._sleep(pause)
            pause = min(pause * 2, POLL_SECONDS[1])
        return lease

    async def take_slot_async(self, operation: str) -> Slot:
        pause = POLL_SECONDS[0]
        while (lease := await asyncio.to_thread(self.try_slot, operation)) is None:
            await asyncio.sleep(pause)
            pause = min(pause * 2, POLL_SECONDS[1])
        return lease

"""What happens when the shared store cannot be reached: a typed error, or pacing in this
process's memory until the store answers again, logged both ways. Never a silent stall:
the Redis client has short socket timeouts (`PacingStoreConfig.timeout`).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from ibkr_webapi.errors import StoreUnavailableError
from ibkr_webapi.pacing import MemoryPacingStore, Slot

if TYPE_CHECKING:
    from ibkr_webapi.stores.redis_pacing import RedisPacingStore

logger = logging.getLogger("ibkr_webapi")
T = TypeVar("T")


def unavailable(operation: str | None, where: str, error: Exception) -> StoreUnavailableError:
    """The typed error for an unreachable store (the URL without its password)."""
    return StoreUnavailableError(operation or "request", None,
                                 detail=f"the shared store at {where} is unreachable "
                                        f"({type(error).__name__})")


class _GuardedSlot:
    """A Redis lease whose release tolerates a lost connection (the lease expires anyway)."""

    def __init__(self, slot: Slot, failures: tuple[type[Exception], ...]) -> None:
        self._slot, self._failures = slot, failures

    def release(self) -> None:
        try:
            self._slot.release()
        except self._failures as error:
            logger.warning("pacing: could not give a concurrency slot back to the shared "
                           "store (%s); its lease expires on its own", type(error).__name__)


class GuardedPacingStore:
    """A `RedisPacingStore` whose failures become `StoreUnavailableError` (`fallback` None)
    or, with a `fallback`, a logged switch to it for `retry_after` seconds."""

    def __init__(self, primary: RedisPacingStore, where: str, *,
                 fallback: MemoryPacingStore | None, retry_after: float = 5.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        import redis

        self._primary, self._where, self._fallback = primary, where, fallback
        self._failures: tuple[type[Exception], ...] = (redis.RedisError, OSError)
        self._retry_after, self._clock = retry_after, clock
        self._down_until: float | None = None

    @property
    def on_fallback(self) -> bool:
        """Whether pacing currently happens in this process's memory only."""
        return self._down_until is not None

    def _guarded(self, operation: str | None, shared: Callable[[], T],
                 local: Callable[[MemoryPacingStore], T]) -> T:
        fallback = self._fallback
        if fallback is not None and self._still_down():
            return local(fallback)
        try:
            result = shared()
        except self._failures as error:
            return local(self._fall_back(operation, error))
        self._recovered()
        return result

    def _still_down(self) -> bool:
        return self._down_until is not None and self._clock() < self._down_until

    def _fall_back(self, operation: str | None, error: Exception) -> MemoryPacingStore:
        """Raise the typed error, or switch to the fallback (logged once per outage)."""
        if self._fallback is None:
            raise unavailable(operation, self._where, error) from error
        if self._down_until is None:
            logger.warning("pacing: the shared store at %s is unreachable (%s); pacing in "
                           "this process only until it answers again", self._where,
                           type(error).__name__)
        self._down_until = self._clock() + self._retry_after
        return self._fallback

    def _recovered(self) -> None:
        if self._down_until is not None:
            self._down_until = None
            logger.warning("pacing: the shared store at %s answers again; pacing is shared "
                           "again", self._where)

    def reserve(self, operation: str | None) -> float:
        return self._guarded(operation, lambda: self._shared_reserve(operation),
                             lambda memory: memory.reserve(operation))

    def _shared_reserve(self, operation: str | None) -> float:
        delay = self._primary.reserve(operation)
        if self._fallback is not None:
            self._fallback.record(operation, delay)
        return delay

    async def reserve_async(self, operation: str | None) -> float:
        return await asyncio.to_thread(self.reserve, operation)

    def penalise(self, seconds: float) -> None:
        self._guarded(None, lambda: self._primary.penalise(seconds),
                      lambda memory: memory.penalise(seconds))
        if self._fallback is not None:
            self._fallback.penalise(seconds)  # holds even if the store drops right after

    def held_for(self) -> float:
        return self._guarded(None, self._primary.held_for, lambda memory: memory.held_for())

    def caps_concurrency(self, operation: str | None) -> bool:
        return self._primary.caps_concurrency(operation)

    def take_slot(self, operation: str) -> Slot:
        return self._guarded(operation, lambda: self._shared_slot(operation),
                             lambda memory: memory.take_slot(operation))

    async def take_slot_async(self, operation: str) -> Slot:
        fallback = self._fallback
        if fallback is not None and self._still_down():
            return await fallback.take_slot_async(operation)
        try:
            slot = await self._primary.take_slot_async(operation)
        except self._failures as error:
            return await self._fall_back(operation, error).take_slot_async(operation)
        self._recovered()
        return _GuardedSlot(slot, self._failures)

    def _shared_slot(self, operation: str) -> Slot:
        return _GuardedSlot(self._primary.take_slot(operation), self._failures)

"""`RedisSessionStore`: the `ibkr_auth.shared_state.SharedState` of one IBKR identity on Redis.

Every value is sealed (AES-256-GCM, `ibkr_webapi.stores.sealing`) with the key the processes
share, bound to its Redis key name: Redis never sees a live session token in plaintext, and
a value does not open under another identity's name. Locks are redis-py's (a Lua-released
token with an expiry): a process that dies mid-renewal holds the lock `lock_ttl` seconds at
most.

When Redis cannot be reached, `fail=True` raises `StoreUnavailableError`; `fail=False` logs
a warning and lets this process work alone (no shared record, no lock) until it answers.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from ibkr_auth.secret import Secret
from ibkr_webapi.stores.guarded import unavailable
from ibkr_webapi.stores.sealing import SealError, seal, unseal

if TYPE_CHECKING:
    import redis

logger = logging.getLogger("ibkr_webapi")
T = TypeVar("T")


class RedisSessionStore:
    """Sealed session records and renewal locks of `identity`; see the module docstring."""

    def __init__(self, client: redis.Redis, identity: str, key: Secret[bytes], *,
                 where: str, lock_ttl: float = 30.0, fail: bool = True) -> None:
        import redis as redis_module

        self._client, self._key, self._where = client, key, where
        self._prefix = f"ibkr-webapi:session:{{{identity}}}:"
        self._lock_ttl, self._fail = lock_ttl, fail
        self._failures: tuple[type[Exception], ...] = (redis_module.RedisError, OSError)
        # LockError: the lock expired (a renewal slower than lock_ttl); it freed itself.
        self._release_failures = (redis_module.exceptions.LockError, *self._failures)

    def __repr__(self) -> str:
        return f"RedisSessionStore(where={self._where!r}, prefix={self._prefix!r})"

    def _guarded(self, call: Callable[[], T], alone: T) -> T:
        try:
            return call()
        except self._failures as error:
            if self._fail:
                raise unavailable("session", self._where, error) from error
            logger.warning("session: the shared store at %s is unreachable (%s); this process "
                           "handles its session alone", self._where, type(error).__name__)
            return alone

    def load(self, name: str) -> bytes | None:
        key = self._prefix + name
        sealed = self._guarded(lambda: self._client.get(key), None)
        if not isinstance(sealed, bytes):
            return None
        try:
            return unseal(self._key.reveal(), sealed, key.encode())
        except SealError:
            logger.warning("session: the shared %s does not open with this process's key "
                           "(IBKR_SESSION_STORE_KEY differs between processes?); ignoring it",
                           name)
            return None

    def save(self, name: str, value: bytes, ttl: float) -> None:
        key = self._prefix + name
        sealed = seal(self._key.reveal(), value, key.encode())
        self._guarded(lambda: self._client.set(key, sealed, px=max(1, int(ttl * 1000))), None)

    def acquire(self, name: str) -> Callable[[], None]:
        lock = self._client.lock(self._prefix + name + ":lock", timeout=self._lock_ttl,
                                 blocking_timeout=self._lock_ttl + 1.0, sleep=0.01)
        taken = self._guarded(lock.acquire, None)  # None: unreachable, and logged
        if not taken:
            if taken is False:  # the lock outlived its expiry: a clock or server problem
                logger.warning("session: could not take the %s lock in %.0f s; renewing "
                               "without it", name, self._lock_ttl)
            return _nothing
        return lambda: self._release(lock, name)

    def _release(self, lock: redis.lock.Lock, name: str) -> None:
        try:
            lock.release()
        except self._release_failures as error:
            logger.warning("session: releasing the %s lock failed (%s)", name,
                           type(error).__name__)


def _nothing() -> None:
    """The release of a lock that was not taken."""

"""Settings of the shared stores: where the Redis server is, which IBKR identity the processes
share, and what to do when Redis cannot be reached.

    IBKR_PACING_URL               redis://host:6379/0 (rediss:// for TLS, unix:// for a socket)
    IBKR_PACING_IDENTITY          the name several processes share (default: from the target)
    IBKR_PACING_ON_UNAVAILABLE    error (default): StoreUnavailableError; memory: pace in this
                                  process only until Redis answers again (logged)
    IBKR_PACING_SLOT_TTL          seconds a concurrency slot is leased for (default 60)
    IBKR_SESSION_STORE_URL        redis://... for the shared session state (opt-in)
    IBKR_SESSION_STORE_KEY        the 32-byte key sealing it, urlsafe base64 (new_store_key())

Nothing here imports redis: the client only loads it when a store is configured, and says
how to install it when it is missing.

>>> config = PacingStoreConfig("redis://:hunter2@cache.internal:6379/0")
>>> config
PacingStoreConfig(url='redis://***@cache.internal:6379/0', identity=None, on_unavailable='error')
>>> PacingStoreConfig("http://cache")  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
ibkr_webapi.settings.ConfigurationError: a store URL must start with redis://, ...
"""

from __future__ import annotations

import base64
import binascii
import secrets
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import urlsplit

from ibkr_auth.secret import Secret
from ibkr_webapi.settings import ConfigurationError

if TYPE_CHECKING:
    import redis

    from ibkr_webapi.pacing import PacingStore, Schedule
    from ibkr_webapi.stores.redis_session import RedisSessionStore

OnUnavailable = Literal["error", "memory"]
ON_UNAVAILABLE: tuple[OnUnavailable, ...] = ("error", "memory")
SCHEMES = ("redis://", "rediss://", "unix://")
KEY_BYTES = 32


def redacted_url(url: str) -> str:
    """The URL without its password (for reprs, logs and errors).

    >>> redacted_url("redis://user:pw@host:6379/1"), redacted_url("redis://host")
    ('redis://***@host:6379/1', 'redis://host')
    """
    parts = urlsplit(url)
    if "@" not in parts.netloc:
        return url
    return parts._replace(netloc="***@" + parts.netloc.rsplit("@", 1)[1]).geturl()


def _check_url(url: str) -> None:
    if not url.startswith(SCHEMES):
        raise ConfigurationError(
            f"a store URL must start with redis://, rediss:// or unix://, not {url!r}")


def _check_choice(on_unavailable: str) -> None:
    if on_unavailable not in ON_UNAVAILABLE:
        raise ConfigurationError(f"on_unavailable must be 'error' or 'memory', not "
                                 f"{on_unavailable!r}")


def connect(url: str, timeout: float) -> redis.Redis:
    """A Redis client with short timeouts, so an unreachable server fails fast."""
    try:
        import redis
        from redis.backoff import ExponentialBackoff
        from redis.retry import Retry
    except ImportError:
        raise ConfigurationError("a shared store needs the redis client: pip install "
                                 "'ibkr-webapi[redis]'") from None
    return redis.Redis.from_url(url, socket_timeout=timeout, socket_connect_timeout=timeout,
                                retry=Retry(ExponentialBackoff(cap=0.2, base=0.02), 1))


@dataclass(frozen=True)
class PacingStoreConfig:
    """A Redis pacing store shared by every process naming the same `identity` (None: the
    client derives it from its target, see `ibkr_webapi.stores.identity`)."""

    url: str
    identity: str | None = None
    on_unavailable: OnUnavailable = "error"
    slot_ttl: float = field(default=60.0, repr=False)
    """Seconds a concurrency slot is leased for: a dead process's slot frees after this."""
    timeout: float = field(default=1.0, repr=False)
    """Seconds to connect to Redis or wait for an answer before it counts as unreachable."""
    retry_after: float = field(default=5.0, repr=False)
    """With on_unavailable='memory': seconds before trying Redis again."""

    def __post_init__(self) -> None:
        _check_url(self.url)
        _check_choice(self.on_unavailable)
        if self.slot_ttl <= 0 or self.timeout <= 0:
            raise ConfigurationError("slot_ttl and timeout must be positive")

    def __repr__(self) -> str:
        return (f"PacingStoreConfig(url={redacted_url(self.url)!r}, identity={self.identity!r}, "
                f"on_unavailable={self.on_unavailable!r})")

    def for_identity(self, identity: str) -> PacingStoreConfig:
        """This configuration with `identity` filled in when it was left to the target."""
        return self if self.identity is not None else replace(self, identity=identity)

    def build(self, schedule: Schedule, clock: Callable[[], float] = time.monotonic) -> (
            PacingStore):
        """The store (a ``StoreFactory`` for `ibkr_webapi.pacing.Limiter`)."""
        from ibkr_webapi.pacing import MemoryPacingStore
        from ibkr_webapi.stores.guarded import GuardedPacingStore
        from ibkr_webapi.stores.redis_pacing import RedisPacingStore

        if self.identity is None:
            raise ConfigurationError("a shared pacing store needs an identity")
        shared = RedisPacingStore(schedule, connect(self.url, self.timeout), self.identity,
                                  slot_ttl=self.slot_ttl)
        fallback = MemoryPacingStore(schedule, clock) if self.on_unavailable == "memory" else None
        return GuardedPacingStore(shared, redacted_url(self.url), fallback=fallback,
                                  retry_after=self.retry_after)


def new_store_key() -> str:
    """A fresh key for `SessionStoreConfig` (IBKR_SESSION_STORE_KEY), urlsafe base64.

    >>> len(decode_store_key(new_store_key()).reveal())
    32
    """
    return base64.urlsafe_b64encode(secrets.token_bytes(KEY_BYTES)).decode("ascii")


def decode_store_key(text: str | Secret[str]) -> Secret[bytes]:
    """The 32-byte key from its urlsafe base64 text; `ConfigurationError` otherwise."""
    raw = text.reveal() if isinstance(text, Secret) else text
    try:
        key = base64.urlsafe_b64decode(raw.encode("ascii"))
    except (binascii.Error, UnicodeEncodeError, ValueError):
        key = b""
    if len(key) != KEY_BYTES:
        raise ConfigurationError("the session store key must be 32 bytes in urlsafe base64 "
                                 "(make one with ibkr_webapi.stores.new_store_key())")
    return Secret(key)


@dataclass(frozen=True)
class SessionStoreConfig:
    """Session state (live session token, brokerage session) shared through Redis, sealed
    with `key` (AES-256-GCM): processes naming the same identity handshake once."""

    url: str
    key: Secret[bytes] = field(repr=False)
    identity: str | None = None
    on_unavailable: OnUnavailable = "error"
    lock_ttl: float = field(default=30.0, repr=False)
    """Seconds a renewal lock is held at most: a process dying mid-renewal frees it then."""
    timeout: float = field(default=1.0, repr=False)

    def __post_init__(self) -> None:
        _check_url(self.url)
        _check_choice(self.on_unavailable)
        if not isinstance(self.key, Secret) or len(self.key.reveal()) != KEY_BYTES:
            raise ConfigurationError("the session store key must be a Secret of 32 bytes")

    def __repr__(self) -> str:
        return (f"SessionStoreConfig(url={redacted_url(self.url)!r}, "
                f"identity={self.identity!r}, on_unavailable={self.on_unavailable!r})")

    def for_identity(self, identity: str) -> SessionStoreConfig:
        return self if self.identity is not None else replace(self, identity=identity)

    def build(self) -> RedisSessionStore:
        from ibkr_webapi.stores.redis_session import RedisSessionStore

        if self.identity is None:
            raise ConfigurationError("a shared session store needs an identity")
        return RedisSessionStore(connect(self.url, self.timeout), self.identity, self.key,
                                 where=redacted_url(self.url), lock_ttl=self.lock_ttl,
                                 fail=self.on_unavailable == "error")


def _choice(env: Mapping[str, str], name: str) -> OnUnavailable:
    value = env.get(name) or "error"
    if value == "memory":
        return "memory"
    if value != "error":
        raise ConfigurationError(f"{name} must be error or memory, not {value!r}")
    return "error"


def stores_from_env(env: Mapping[str, str], number: Callable[[str, float], float]) -> (
        dict[str, Any]):
    """`Settings` arguments (pacing_store, session_store) from the variables above."""
    found: dict[str, Any] = {}
    url = env.get("IBKR_PACING_URL")
    if url:
        found["pacing_store"] = PacingStoreConfig(
            url, env.get("IBKR_PACING_IDENTITY") or None,
            _choice(env, "IBKR_PACING_ON_UNAVAILABLE"),
            slot_ttl=number("IBKR_PACING_SLOT_TTL", 60.0) or 60.0)
    url = env.get("IBKR_SESSION_STORE_URL")
    if url:
        key = env.get("IBKR_SESSION_STORE_KEY")
        if not key:
            raise ConfigurationError("IBKR_SESSION_STORE_URL needs IBKR_SESSION_STORE_KEY (the "
                                     "key sealing the shared session state)")
        found["session_store"] = SessionStoreConfig(
            url, decode_store_key(key), env.get("IBKR_PACING_IDENTITY") or None,
            _choice(env, "IBKR_PACING_ON_UNAVAILABLE"))
    return found

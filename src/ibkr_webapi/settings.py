"""The facade's settings, from arguments or environment variables.

=========================  =======================================================  =======
variable                   meaning                                                  default
=========================  =======================================================  =======
IBKR_TARGET                ``gateway``, ``oauth`` or ``mock`` (see ibkr_webapi.targets) gateway
IBKR_TIMEOUT               seconds one HTTP request may take                         30
IBKR_RETRY_ATTEMPTS        tries of a safe operation, the first included (1: none)   4
IBKR_RETRY_DEADLINE        seconds a call may take, retries and waits included       30
IBKR_TICKLE_INTERVAL       seconds between keep-alive tickles; 0 turns them off      60
IBKR_MAX_RESPONSE_SIZE     bytes of one decoded REST response                        16 MiB
IBKR_MAX_FLEX_REPORT_SIZE  bytes of one Flex report                                  512 MiB
IBKR_MAX_FRAME_SIZE        bytes of one websocket frame                              1 MiB
IBKR_PACING_URL            Redis shared by processes pacing one IBKR identity        (none)
IBKR_SESSION_STORE_URL     Redis sharing the session state (with IBKR_SESSION_STORE_KEY) (none)
=========================  =======================================================  =======

IBKR_RETRY_DEADLINE bounds the whole call: connecting, waiting in the pacing queue (a penalty
box that outlasts it fails the call at once), every retry and the reading of every body. The
size limits are described in `ibkr_webapi.limits`.

The shared stores have more variables (identity, behaviour when Redis is unreachable): see
``ibkr_webapi.stores.config``. Without them, pacing and session state stay in the process.

The targets read their own variables: IBKR_GATEWAY_URL and IBKR_GATEWAY_CA_BUNDLE for the
Gateway, the IBKR_OAUTH_* variables for OAuth (see ibkr_auth), IBKR_MOCK_SEED for the mock.

>>> Settings.from_env({"IBKR_TIMEOUT": "5", "IBKR_TICKLE_INTERVAL": "0"}).tickle_interval is None
True
>>> Settings.from_env({"IBKR_RETRY_ATTEMPTS": "many"})
Traceback (most recent call last):
...
ibkr_webapi.settings.ConfigurationError: IBKR_RETRY_ATTEMPTS must be a whole number, not 'many'
"""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ibkr_auth.errors import PicklableError
from ibkr_webapi.limits import Limits
from ibkr_webapi.retries import RetryPolicy
from ibkr_webapi.session_keeper import DEFAULT_INTERVAL

if TYPE_CHECKING:
    from ibkr_webapi.stores.config import PacingStoreConfig, SessionStoreConfig


class ConfigurationError(PicklableError, ValueError):
    """A setting (argument or environment variable) is missing or unusable; names it."""


def _number(environ: Mapping[str, str], name: str, default: float) -> float:
    text = environ.get(name)
    if text is None or text == "":
        return default
    try:
        value = float(text)
    except ValueError:
        raise ConfigurationError(f"{name} must be a number of seconds, not {text!r}") from None
    if value < 0:
        raise ConfigurationError(f"{name} cannot be negative ({text!r})")
    return value


def _whole(environ: Mapping[str, str], name: str, default: int) -> int:
    text = environ.get(name)
    if text is None or text == "":
        return default
    if not text.isdigit() or int(text) < 1:
        raise ConfigurationError(f"{name} must be a whole number, not {text!r}")
    return int(text)


@dataclass(frozen=True)
class Timing:
    """Clock and sleeps used for pacing and retries; tests inject a manual clock."""

    clock: Callable[[], float] = time.monotonic
    sleep: Callable[[float], None] = time.sleep
    async_sleep: Callable[[float], Awaitable[None]] = asyncio.sleep


@dataclass(frozen=True)
class Settings:
    """How the facade behaves, whatever the target.

    >>> Settings().retry.attempts, Settings().timeout
    (4, 30.0)
    """

    timeout: float = 30.0
    retry: RetryPolicy = field(default_factory=RetryPolicy)
    tickle_interval: float | None = DEFAULT_INTERVAL
    """Seconds between keep-alive tickles while the client is open; None: no session keeper."""
    limits: Limits = field(default_factory=Limits)
    """Size limits on responses, Flex reports and websocket frames (see ibkr_webapi.limits)."""
    pacing_store: PacingStoreConfig | None = None
    """Where the pacing schedule lives: None, this process (the default); a
    ``PacingStoreConfig("redis://...")``, shared by every process of the same IBKR identity."""
    session_store: SessionStoreConfig | None = None
    """Where the session state (live session token, brokerage session) lives: None, this
    process; a ``SessionStoreConfig``, shared (sealed) by the processes of one identity."""

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        """Settings from the variables in the module docstring (missing ones: defaults)."""
        env = os.environ if environ is None else environ
        defaults = RetryPolicy()
        retry = RetryPolicy(
            attempts=_whole(env, "IBKR_RETRY_ATTEMPTS", defaults.attempts),
            deadline=_number(env, "IBKR_RETRY_DEADLINE", defaults.deadline) or defaults.deadline)
        interval = _number(env, "IBKR_TICKLE_INTERVAL", DEFAULT_INTERVAL)
        from ibkr_webapi.stores.config import stores_from_env

        stores = stores_from_env(env, lambda name, default: _number(env, name, default))
        return cls(timeout=_number(env, "IBKR_TIMEOUT", 30.0) or 30.0, retry=retry,
                   tickle_interval=interval or None, limits=_limits(env),
                   **stores)


def _limits(environ: Mapping[str, str]) -> Limits:
    defaults = Limits()
    return Limits(
        max_response_size=_whole(environ, "IBKR_MAX_RESPONSE_SIZE", defaults.max_response_size),
        max_flex_report_size=_whole(environ, "IBKR_MAX_FLEX_REPORT_SIZE",
                                    defaults.max_flex_report_size),
        max_frame_size=_whole(environ, "IBKR_MAX_FRAME_SIZE", defaults.max_frame_size))

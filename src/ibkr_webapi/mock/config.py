"""How a mock IBKR server behaves: seed, auth mode, clock, pacing, session and Flex settings.

The defaults make the mock behave like IBKR: the brokerage session starts closed (``/iserver``
answers 401 until POST /iserver/auth/ssodh/init), the documented pacing limits answer 429,
and the session times out after 5 minutes without a request. The penalty box that follows a
429 is the one thing off by default (``penalty_box=True`` turns it on). Tests relax what they do not
exercise, e.g. ``MockConfig(pacing=False)``.

A `ManualClock` makes everything time-dependent (fills, session expiry, pacing windows)
deterministic. It only moves when told to, so with pacing on, every request happens at the
same instant: advance it, or turn pacing off.

>>> clock = ManualClock(1_700_000_000.0)
>>> config = MockConfig(seed=7, auth="oauth", clock=clock, pacing=False)
>>> config.auth, config.seed, config.clock()
('oauth', 7, 1700000000.0)
>>> clock.advance(2.5); config.clock()
1700000002.5
>>> MockConfig(auth="kerberos")
Traceback (most recent call last):
...
ValueError: auth must be 'gateway', 'oauth' or 'oauth2', not 'kerberos'
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Literal

from ibkr_webapi.mock.world import Clock

AuthMode = Literal["gateway", "oauth", "oauth2"]
AUTH_MODES: tuple[AuthMode, ...] = ("gateway", "oauth", "oauth2")

TEST_CONSUMER_KEY = "TESTONLY1"
"""The consumer key the mock registers with the keys in ibkr_webapi/mock/test_only_keys."""
TEST_REALM = "test_realm"
FLEX_TOKEN = "111111111111111111111111"
"""The Flex token the mock accepts (fabricated)."""
FLEX_QUERY_ID = "123456"
"""The Flex query id whose report the mock builds from its accounts' state."""


class ManualClock:
    """Epoch seconds that only move when told to.

    >>> clock = ManualClock(100.0); clock.advance(5); clock()
    105.0
    """

    def __init__(self, now: float = 1_722_886_871.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        """Move time forward by `seconds` (never backwards)."""
        if seconds < 0:
            raise ValueError(f"a clock cannot go back ({seconds} s)")
        self.now += seconds


@dataclass(frozen=True)
class MockConfig:
    """Everything configurable about one mock server; see the module docstring."""

    seed: int = 0
    """Same seed and same clock readings give the same answers."""
    auth: AuthMode = "gateway"
    """"gateway": the Client Portal Gateway (no request signing); "oauth": every request goes
    through the OAuth 1.0a verifier and must be signed; "oauth2": OAuth 2.0, bearer tokens from
    the mock's token endpoint and SSO session (the /gw/api operations are served only here)."""
    clock: Clock = time.time
    pacing: bool = True
    """Enforce the global and per-operation limits of the spec with 429 (each 429 is logged
    on the ``ibkr_webapi.mock`` logger with the limit that was hit)."""
    penalty_box: bool = False
    """Put a violator in IBKR's penalty box (every request 429 for `penalty_seconds`). Off
    by default: one burst during development should not stop work for 15 minutes."""
    penalty_seconds: float | None = None
    """How long a violator stays in the penalty box; None: the spec's value (15 minutes).
    Setting it asks for the penalty box."""
    violations_before_penalty: int = 1
    """429s after which the client is put in the penalty box (IBKR: the first one)."""
    pacing_scale: float = 1.0
    """Multiplies the length of every pacing window (0.05: twenty times IBKR's rates), so
    tests of many processes pacing together run in seconds."""
    session_initialised: bool = False
    """Whether the brokerage session is open from the start (as after ssodh/init)."""
    session_timeout: float = 300.0
    """Seconds without any request after which the brokerage session times out."""
    consumer_key: str = TEST_CONSUMER_KEY
    realm: str = TEST_REALM
    flex_token: str = FLEX_TOKEN
    flex_query_id: str = FLEX_QUERY_ID
    oauth2_token_lifetime: float = 3600.0
    """Seconds an OAuth 2.0 access token (and the SSO session's token) stays valid."""
    flex_polls_before_ready: int = 2
    """GetStatement answers 1019 (generation in progress) this many times first."""

    @property
    def penalty(self) -> float | None:
        """Penalty box seconds for the pacer: 0 when the box is off, None for the spec's.

        >>> MockConfig().penalty, MockConfig(penalty_box=True).penalty
        (0.0, None)
        """
        if not self.penalty_box and self.penalty_seconds is None:
            return 0.0
        return self.penalty_seconds

    def __post_init__(self) -> None:
        if self.auth not in AUTH_MODES:
            raise ValueError(f"auth must be 'gateway', 'oauth' or 'oauth2', not {self.auth!r}")
        if self.session_timeout <= 0:
            raise ValueError(f"session_timeout must be positive, not {self.session_timeout}")
        if self.pacing_scale <= 0:
            raise ValueError(f"pacing_scale must be positive, not {self.pacing_scale}")
        if self.penalty_seconds is not None and self.penalty_seconds < 0:
            raise ValueError(f"penalty_seconds must not be negative, not {self.penalty_seconds}")
        if self.violations_before_penalty < 1:
            raise ValueError("violations_before_penalty must be at least 1")

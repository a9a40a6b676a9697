"""The web session and the brokerage session of the mock, as the documentation describes them.

Two layers: the web session (a Gateway login in the browser, or a live session token over
OAuth) and, on top of it, the brokerage session opened by POST /iserver/auth/ssodh/init that
every /iserver endpoint needs. The brokerage session times out after `timeout` seconds
without any request, and another login can take it over (a competing session) until
ssodh/init is called again with ``compete: true``.

>>> from ibkr_webapi.mock.config import ManualClock
>>> clock = ManualClock(1_000.0)
>>> session = SessionState(clock, timeout=300.0)
>>> session.authenticated, session.init(compete=True)["authenticated"]
(False, True)
>>> clock.advance(301); session.touch(); session.status()["authenticated"]
False
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import Any

SESSION = "session"
"""EventBus topic: the brokerage session status changed; payload: `SessionState.status()`."""

MAC = "00:00:5E:00:53:01"
"""A documentation-range MAC address (RFC 7042), as fabricated as the rest."""
SERVER_INFO = {"serverName": "MockServer01", "serverVersion": "Build 10.44.1d, mock"}
USER_ID = 10000001
USER_NAME = "mockuser1"
SSO_LIFETIME = 24 * 3600.0
"""Seconds a web session lasts (IBKR resets sessions daily)."""

Publish = Callable[[str, dict[str, Any]], None]


class SessionState:
    """The session state machine; all reads and changes go through its methods."""

    def __init__(self, clock: Callable[[], float], *, seed: int = 0, timeout: float = 300.0,
                 initialised: bool = False, publish: Publish | None = None) -> None:
        self._clock = clock
        self._seed = seed
        self._timeout = timeout
        self._publish = publish
        self._logins = 0
        self.logged_in = True
        """The web session exists (Gateway login done, or OAuth live session token valid)."""
        self.competing = False
        self._brokerage = initialised
        self._last_request = clock()
        self._login_time = clock()
        self.session_id = self._new_session_id()
        """The ``session`` value /tickle reports: the websocket's ``api`` cookie."""
        self.oauth_answer: tuple[int, dict[str, Any]] | None = None
        """In OAuth mode, the verifier's (status, body) for the /oauth request being served;
        None in Gateway mode, which has no /oauth endpoints."""

    def __repr__(self) -> str:
        return (f"SessionState(logged_in={self.logged_in}, authenticated={self.authenticated}, "
                f"competing={self.competing})")

    def _new_session_id(self) -> str:
        self._logins += 1
        return hashlib.sha256(f"{self._seed}:{self._logins}".encode()).hexdigest()[:32]

    @property
    def authenticated(self) -> bool:
        """Whether /iserver endpoints are served (the brokerage session is open and ours)."""
        return self.logged_in and self._brokerage and not self.competing

    def touch(self) -> None:
        """Note one request: time out an idle brokerage session first, then restart the timer."""
        now = self._clock()
        if self._brokerage and now - self._last_request > self._timeout:
            self._change(brokerage=False)
        self._last_request = now

    def _change(self, *, brokerage: bool | None = None, competing: bool | None = None,
                logged_in: bool | None = None) -> None:
        before = self.status()
        if brokerage is not None:
            self._brokerage = brokerage
        if competing is not None:
            self.competing = competing
        if logged_in is not None:
            self.logged_in = logged_in
        after = self.status()
        if after != before and self._publish is not None:
            self._publish(SESSION, after)

    # ----------------------------------------------------------------- transitions

    def init(self, compete: bool) -> dict[str, Any]:
        """POST /iserver/auth/ssodh/init: open the brokerage session (taking it over if
        `compete`); the answer is the status afterwards."""
        if compete or not self.competing:
            self._change(brokerage=True, competing=False)
        return self.status()

    def reauthenticate(self) -> None:
        """POST /iserver/reauthenticate (deprecated): reopens a timed-out brokerage session."""
        if not self.competing:
            self._change(brokerage=True)

    def start_competing(self) -> None:
        """Another login of the same user took the brokerage session."""
        self._change(competing=True)

    def expire(self) -> None:
        """Time the brokerage session out now, as after `timeout` idle seconds."""
        self._change(brokerage=False)

    def logout(self) -> None:
        """POST /logout: the web session ends, and the brokerage session with it."""
        self._change(logged_in=False, brokerage=False, competing=False)

    def login(self) -> None:
        """A new web session (browser login, or a new live session token): new session id."""
        if not self.logged_in:
            self.session_id = self._new_session_id()
            self._login_time = self._clock()
            self._change(logged_in=True)

    # ----------------------------------------------------------------- answers

    def status(self) -> dict[str, Any]:
        """The AuthStatus body of /iserver/auth/status."""
        if not self.logged_in:
            return {"authenticated": False, "competing": False, "connected": False, "MAC": None}
        authenticated = self.authenticated
        return {
            "authenticated": authenticated,
            "established": authenticated,
            "competing": self.competing,
            "connected": True,
            "message": "",
            "MAC": MAC,
            "serverInfo": dict(SERVER_INFO),
            "hardware_info": f"{self.session_id[:8]}|{MAC}",
            "fail": "",
        }

    def _expires_ms(self) -> int:
        return max(0, int((self._login_time + SSO_LIFETIME - self._clock()) * 1000))

    def tickle(self) -> dict[str, Any]:
        """The TickleResponse body of POST /tickle."""
        if not self.logged_in:
            return {"error": "no session"}
        return {
            "session": self.session_id,
            "ssoExpires": self._expires_ms(),
            "collission": False,
            "userId": USER_ID,
            "hmds": {"error": "no bridge"},
            "iserver": {"authStatus": self.status()},
        }

    def sso_validation(self) -> dict[str, Any]:
        """The SsoValidation body of GET /sso/validate."""
        return {
            "USER_ID": USER_ID,
            "USER_NAME": USER_NAME,
            "RESULT": True,
            "AUTH_TIME": int(self._login_time * 1000),
            "SF_ENABLED": False,
            "IS_FREE_TRIAL": False,
            "CREDENTIAL": USER_NAME,
            "IP": "192.0.2.1",
            "EXPIRES": self._expires_ms(),
            "QUALIFIED_FOR_MOBILE_AUTH": None,
            "LANDING_APP": "UNIVERSAL",
            "IS_MASTER": False,
            "lastAccessed": int(self._last_request * 1000),
            "LOGIN_TYPE": 2,
            "PAPER_USER_NAME": USER_NAME,
            "features": {"env": "PROD", "wlms": True, "realtime": True, "bond": True,
                         "optionChains": True, "calendar": True, "newMf": True},
            "region": "NJ",
        }

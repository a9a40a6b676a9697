"""Keep an IBKR session alive: POST /tickle about every 60 s, and reopen the brokerage
session (POST /iserver/auth/ssodh/init) when the tickle says it dropped.

IBKR ends a session after about 5 minutes without requests; /tickle is the documented
keep-alive. When the body reports ``iserver.authStatus.authenticated: false`` the session is
still connected but the brokerage session is gone, and ssodh/init reopens it.

Works with any httpx client whose base URL is the API root (Gateway or OAuth): the client's
own auth (e.g. `ibkr_auth.OAuth1aAuth`) signs the calls. Sync flavour: a daemon thread.
Async flavour: an asyncio task.

With a `shared` store (``ibkr_auth.shared_state.SharedState``, opt-in), processes of one
identity do not compete for the brokerage session: a keeper that finds it dropped takes the
store's lock, and reopens it only if no other process reopened it since the tickle.

>>> import httpx
>>> def server(request):
...     if request.url.path.endswith("/tickle"):
...         return httpx.Response(200, json={"session": "abc",
...                               "iserver": {"authStatus": {"authenticated": False}}})
...     return httpx.Response(200, json={"authenticated": True})
>>> client = httpx.Client(base_url="https://localhost:5000/v1/api",
...                       transport=httpx.MockTransport(server))
>>> SessionKeeper(client).tickle_once()
TickleOutcome(state=<SessionState.REINITIALISED: 'reinitialised'>, status_code=200)
"""

from __future__ import annotations

import asyncio
import contextlib
import enum
import logging
import threading
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any

import httpx

from ibkr_auth.errors import AuthError
from ibkr_auth.redaction import protect_in_logs
from ibkr_auth.secret import Secret
from ibkr_auth.shared_state import BROKERAGE_SESSION, SharedRecord, SharedState
from ibkr_client.types import loads_json
from ibkr_webapi.errors import IbkrError

logger = logging.getLogger(__name__)

TICKLE_PATH = "/tickle"
SSODH_INIT_PATH = "/iserver/auth/ssodh/init"
DEFAULT_INTERVAL = 60.0


class SessionState(enum.Enum):
    """What one tickle found."""

    AUTHENTICATED = "authenticated"
    """The brokerage session is open."""
    REINITIALISED = "reinitialised"
    """It had dropped, and ssodh/init reopened it."""
    NOT_AUTHENTICATED = "not_authenticated"
    """It had dropped, and ssodh/init failed to reopen it."""
    NO_SESSION = "no_session"
    """No session at all (``{"error": "no session"}`` or a 401): log in again."""
    ERROR = "error"
    """The request failed or the answer was not understood."""


@dataclass(frozen=True)
class TickleOutcome:
    """The result of one tickle. The session value is kept secret and out of the repr."""

    state: SessionState
    status_code: int | None = None
    session: Secret[str] | None = field(default=None, repr=False)


def brokerage_authenticated(tickle_body: Any) -> bool | None:
    """``iserver.authStatus.authenticated`` from a tickle body, or None when absent.

    >>> brokerage_authenticated({"iserver": {"authStatus": {"authenticated": False}}})
    False
    >>> brokerage_authenticated({"error": "no session"}) is None
    True
    """
    if not isinstance(tickle_body, Mapping):
        return None
    status = tickle_body.get("iserver", {})
    auth_status = status.get("authStatus", {}) if isinstance(status, Mapping) else {}
    value = auth_status.get("authenticated") if isinstance(auth_status, Mapping) else None
    return value if isinstance(value, bool) else None


def _session_of(body: Any) -> Secret[str] | None:
    value = body.get("session") if isinstance(body, Mapping) else None
    if not isinstance(value, str) or not value:
        return None
    protect_in_logs(value)  # the websocket session id: redacted wherever it is echoed
    return Secret(value)


_TICKLE_FAILURES = (httpx.HTTPError, IbkrError, AuthError)


def _json(response: httpx.Response) -> Any:
    try:
        return loads_json(response.content)
    except ValueError:
        return None


def _classify(response: httpx.Response) -> tuple[SessionState | None, Any]:
    """The state a tickle response shows; None means "dropped, reinitialise"."""
    body = _json(response)
    if response.status_code == 401:
        return SessionState.NO_SESSION, body
    if response.status_code != 200:
        return SessionState.ERROR, body
    authenticated = brokerage_authenticated(body)
    if authenticated is True:
        return SessionState.AUTHENTICATED, body
    if authenticated is False:
        return None, body
    if isinstance(body, Mapping) and "error" in body:
        return SessionState.NO_SESSION, body
    return SessionState.ERROR, body


def _after_init(response: httpx.Response) -> SessionState:
    body = _json(response)
    opened = response.status_code == 200 and isinstance(body, Mapping) and (
        body.get("authenticated") is True)
    return SessionState.REINITIALISED if opened else SessionState.NOT_AUTHENTICATED


def _reopened_since(shared: SharedState, moment: float) -> bool:
    """Whether another process reopened the brokerage session after `moment`."""
    record = SharedRecord.decode(shared.load(BROKERAGE_SESSION))
    return record is not None and record.at > moment


def _note_reopened(shared: SharedState, moment: float, response: httpx.Response) -> None:
    """Tell the other processes, unless the auth plugin did (GatewaySession does)."""
    if not _reopened_since(shared, moment):
        body = _json(response)
        state = {key: body.get(key) is True for key in ("authenticated", "connected",
                                                        "competing")}
        shared.save(BROKERAGE_SESSION, SharedRecord(time.time(), state).encode(), 300.0)


_LOG_LEVELS = {SessionState.AUTHENTICATED: logging.DEBUG,
               # Reopening the brokerage session is the keeper doing its job (it happens on
               # every first open), not a problem to warn about.
               SessionState.REINITIALISED: logging.INFO}


def _log(outcome: TickleOutcome) -> TickleOutcome:
    level = _LOG_LEVELS.get(outcome.state, logging.WARNING)
    logger.log(level, "tickle: %s (HTTP %s)", outcome.state.value, outcome.status_code)
    return outcome


class _KeeperBase:
    def __init__(self, *, interval: float, clock: Callable[[], float], publish: bool,
                 compete: bool, on_tickle: Callable[[TickleOutcome], None] | None,
                 shared: SharedState | None = None) -> None:
        if interval <= 0:
            raise ValueError("interval must be positive")
        self.interval = interval
        self.shared = shared
        self._clock = clock
        self._init_body = {"publish": publish, "compete": compete}
        self._on_tickle = on_tickle
        self.last_outcome: TickleOutcome | None = None

    def _record(self, outcome: TickleOutcome) -> TickleOutcome:
        self.last_outcome = _log(outcome)
        if self._on_tickle is not None:
            self._on_tickle(outcome)
        return outcome

    def _delay_until(self, deadline: float) -> float:
        return max(0.0, deadline - self._clock())


class SessionKeeper(_KeeperBase):
    """Tickles from a daemon thread. `wait(timeout)` returns True to stop; the default waits
    on the stop event, so `stop()` interrupts it at once. Inject `clock` and `wait` in tests.
    """

    def __init__(
        self,
        client: httpx.Client,
        *,
        interval: float = DEFAULT_INTERVAL,
        clock: Callable[[], float] = time.monotonic,
        wait: Callable[[float], bool] | None = None,
        publish: bool = True,
        compete: bool = True,
        on_tickle: Callable[[TickleOutcome], None] | None = None,
        shared: SharedState | None = None,
    ) -> None:
        super().__init__(interval=interval, clock=clock, publish=publish, compete=compete,
                         on_tickle=on_tickle, shared=shared)
        self._client = client
        self._stop = threading.Event()
        self._wait = wait or self._stop.wait
        self._thread: threading.Thread | None = None

    def tickle_once(self, *, raise_auth: bool = False) -> TickleOutcome:
        """One tickle, plus ssodh/init if the brokerage session dropped. Never raises
        httpx or transport errors: they become `SessionState.ERROR`; neither does an auth
        plugin's refusal, unless `raise_auth` (``open()`` reports it as the error it is)."""
        try:
            tickled_at = time.time()
            response = self._client.post(TICKLE_PATH, json={})
            state, body = _classify(response)
            if state is None:
                state = self._reopen(tickled_at)
        except _TICKLE_FAILURES as error:
            if raise_auth and isinstance(error, AuthError):
                raise
            logger.warning("tickle failed: %s", type(error).__name__)
            return self._record(TickleOutcome(SessionState.ERROR))
        return self._record(TickleOutcome(state, response.status_code, _session_of(body)))

    def _reopen(self, tickled_at: float) -> SessionState:
        shared = self.shared
        if shared is None:
            return _after_init(self._client.post(SSODH_INIT_PATH, json=self._init_body))
        release = shared.acquire(BROKERAGE_SESSION)
        try:
            if _reopened_since(shared, tickled_at):
                return SessionState.REINITIALISED
            response = self._client.post(SSODH_INIT_PATH, json=self._init_body)
            state = _after_init(response)
            if state is SessionState.REINITIALISED:
                _note_reopened(shared, tickled_at, response)
            return state
        finally:
            release()

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self, *, tickle_now: bool = True) -> None:
        """Start tickling every `interval` seconds: now, or after one interval when the
        caller has just tickled itself (``tickle_now=False``)."""
        if self.running:
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, args=(tickle_now,),
                                        name="ibkr-session-keeper", daemon=True)
        self._thread.start()

    def stop(self, timeout: float | None = None) -> None:
        """Stop and wait for the thread (at most `timeout` seconds)."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def _run(self, tickle_now: bool = True) -> None:
        deadline = self._clock()
        if not tickle_now:
            deadline += self.interval
            if self._wait(self._delay_until(deadline)):
                return
        while not self._stop.is_set():
            self.tickle_once()
            deadline += self.interval
            if self._wait(self._delay_until(deadline)) or self._stop.is_set():
                return

    def __enter__(self) -> SessionKeeper:
        self.start()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self.stop()


class AsyncSessionKeeper(_KeeperBase):
    """Tickles from an asyncio task. Inject `clock` and `sleep` in tests."""

    def __init__(
        self,
        client: httpx.AsyncClient,
        *,
        interval: float = DEFAULT_INTERVAL,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        publish: bool = True,
        compete: bool = True,
        on_tickle: Callable[[TickleOutcome], None] | None = None,
        shared: SharedState | None = None,
    ) -> None:
        super().__init__(interval=interval, clock=clock, publish=publish, compete=compete,
                         on_tickle=on_tickle, shared=shared)
        self._client = client
        self._sleep = sleep
        self._task: asyncio.Task[None] | None = None

    async def tickle_once(self, *, raise_auth: bool = False) -> TickleOutcome:
        """One tickle, plus ssodh/init if the brokerage session dropped (see
        `SessionKeeper.tickle_once`)."""
        try:
            tickled_at = time.time()
            response = await self._client.post(TICKLE_PATH, json={})
            state, body = _classify(response)
            if state is None:
                state = await self._reopen(tickled_at)
        except _TICKLE_FAILURES as error:
            if raise_auth and isinstance(error, AuthError):
                raise
            logger.warning("tickle failed: %s", type(error).__name__)
            return self._record(TickleOutcome(SessionState.ERROR))
        return self._record(TickleOutcome(state, response.status_code, _session_of(body)))

    async def _reopen(self, tickled_at: float) -> SessionState:
        shared = self.shared
        if shared is None:
            return _after_init(await self._client.post(SSODH_INIT_PATH, json=self._init_body))
        release = await asyncio.to_thread(shared.acquire, BROKERAGE_SESSION)
        try:
            if await asyncio.to_thread(_reopened_since, shared, tickled_at):
                return SessionState.REINITIALISED
            response = await self._client.post(SSODH_INIT_PATH, json=self._init_body)
            state = _after_init(response)
            if state is SessionState.REINITIALISED:
                await asyncio.to_thread(_note_reopened, shared, tickled_at, response)
            return state
        finally:
            await asyncio.to_thread(release)

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    def start(self, *, tickle_now: bool = True) -> None:
        """Start tickling every `interval` seconds, now or after one interval (see
        `SessionKeeper.start`); needs a running loop."""
        if not self.running:
            self._task = asyncio.get_running_loop().create_task(
                self._run(tickle_now), name="ibkr-session-keeper")

    async def stop(self) -> None:
        """Cancel the task and wait for it to finish."""
        task, self._task = self._task, None
        if task is None:
            return
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task

    async def _run(self, tickle_now: bool = True) -> None:
        deadline = self._clock()
        if not tickle_now:
            deadline += self.interval
            await self._sleep(self._delay_until(deadline))
        while True:
            await self.tickle_once()
            deadline += self.interval
            await self._sleep(self._delay_until(deadline))

    async def __aenter__(self) -> AsyncSessionKeeper:
        self.start()
        return self

    async def __aexit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                        traceback: TracebackType | None) -> None:
        await self.stop()

"""`SingleFlightAuth`: an httpx.Auth that keeps session state (a live session token, an open
brokerage session), creates it lazily, renews it when it goes stale and once after a 401, and
never runs two renewals at once. After a 401 the request is sent once more with the renewed
state, except order placements, modifications, cancellations and replies: those are never
resent; the 401 goes back to the caller and the next request renews.

The renewal request is yielded from the auth flow, so it goes through the client's own
transport, proxies and event hooks, sync or async. Sync flows serialise renewals with a
`threading.Lock`, async flows with an `asyncio.Lock` per event loop. A flow that waited for
the lock reuses the state the winner produced instead of renewing again.

With `share_state(store)` (opt-in, see `ibkr_auth.shared_state`) the same holds across
processes: a flow that needs a renewal first adopts a fresh state another process saved,
else takes the store's lock, looks again, and only then renews and saves what it got. A
record this flow already used (and that failed with a 401) is never adopted twice.
"""

from __future__ import annotations

import asyncio
import re
import threading
import time
from collections.abc import AsyncGenerator, Callable, Generator
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import httpx

from .shared_state import SharedRecord, SharedState

S = TypeVar("S")
R = TypeVar("R")

_ATTEMPTS = 2  # the request, then at most one retry after a renewal triggered by a 401

# Order placement, modification, cancellation and order-question replies.
_ORDER_MUTATION = re.compile(
    r"/iserver/(?:account/[^/]+/orders?(?:/[^/]+)?|account/orders/[^/]+|reply/[^/]+)/?$")
_MUTATING_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


def is_order_mutation(method: str, path: str) -> bool:
    """Whether a request places, modifies, cancels or confirms an order. Such requests are
    never sent twice by an auth plugin, even after a 401.

    >>> is_order_mutation("POST", "/v1/api/iserver/account/DU1/orders")
    True
    >>> is_order_mutation("DELETE", "/v1/api/iserver/account/DU1/order/123")
    True
    >>> is_order_mutation("POST", "/v1/api/iserver/account/DU1/orders/whatif")
    False
    >>> is_order_mutation("GET", "/v1/api/iserver/account/orders")
    False
    """
    if method.upper() not in _MUTATING_METHODS or path.endswith("/whatif"):
        return False
    return _ORDER_MUTATION.search(path) is not None


@dataclass(frozen=True)
class Renewal(Generic[S]):
    """A renewal request, and how to turn its (fully read) response into new state, or into
    the next request of a renewal that takes several steps (OAuth 2.0: a token, then an SSO
    session)."""

    request: httpx.Request
    finish: Callable[[httpx.Response], S | Renewal[S]]


class SingleFlightAuth(httpx.Auth, Generic[S]):
    """Base class; subclasses implement `_start_renewal` and usually `_apply`."""

    def __init__(self) -> None:
        self._state: S | None = None
        self._thread_lock = threading.Lock()
        self._async_locks: dict[asyncio.AbstractEventLoop, asyncio.Lock] = {}
        self._async_locks_guard = threading.Lock()
        self._shared: SharedState | None = None
        self._shared_at: float | None = None
        """When the shared record behind the current state was written (None: not shared)."""

    def share_state(self, store: SharedState | None) -> None:
        """Share the session state with the other processes of this identity through
        `store` (None: stop sharing). See the module docstring."""
        self._shared = store

    # ----------------------------------------------------------------- hooks for subclasses

    shared_name: str | None = None
    """The record name of this plugin's state in a shared store (None: never shared)."""

    def _to_record(self, state: S) -> dict[str, Any]:
        """`state` as JSON for the shared store (sealed there: secrets may go in)."""
        raise NotImplementedError

    def _from_record(self, data: dict[str, Any]) -> S | None:
        """The state from `_to_record`'s output, or None if it does not parse."""
        raise NotImplementedError

    def _shared_ttl(self, state: S) -> float:
        """Seconds the shared record of `state` stays in the store."""
        return 300.0

    def _prepare(self, request: httpx.Request) -> None:
        """Called first for every request, whether it needs the state or not."""

    def _needs_state(self, request: httpx.Request) -> bool:
        """Whether `request` needs the session state (others pass through untouched)."""
        return True

    def _state_from_passing(self, request: httpx.Request) -> (
            Callable[[httpx.Response], S | None] | None):
        """For a request that passes through but itself creates the state (e.g. a caller's own
        ssodh/init): how to read the state from its response. None: nothing to learn."""
        return None

    def _is_fresh(self, state: S) -> bool:
        """Whether `state` can still be used (e.g. the token is not about to expire)."""
        return True

    def _start_renewal(self, request: httpx.Request) -> Renewal[S]:
        raise NotImplementedError

    def _apply(self, request: httpx.Request, state: S) -> httpx.Request:
        """Attach the state to `request` (e.g. sign it). Called again for the retry."""
        return request

    def _should_renew_after(self, response: httpx.Response) -> bool:
        return response.status_code == 401

    def _may_resend(self, request: httpx.Request) -> bool:
        # A 401 means the server refused the request before acting on it, so sending it again
        # with renewed credentials should not execute it twice. Orders are still never resent
        # (the project's rule): the caller gets the 401 and decides.
        return not is_order_mutation(request.method, request.url.path)

    def _forget(self, state: S) -> None:
        """Drop `state` unless another flow replaced it already; the next request renews."""
        if self._state is state:
            self._state = None

    # ----------------------------------------------------------------- shared decisions

    def _renewed_by_someone_else(self, observed: S | None) -> S | None:
        """State renewed by another flow while this one waited for the lock, if any."""
        current = self._state
        if current is not None and current is not observed and self._is_fresh(current):
            return current
        return None

    def _renewal_for(self, request: httpx.Request) -> Renewal[S]:
        return self._start_renewal(request)

    @staticmethod
    def _with_user_agent(renewal: Renewal[S], request: httpx.Request) -> Renewal[S]:
        # The renewal request is built outside the client, so it lacks the client's headers;
        # IBKR requires a User-Agent, and the caller's is the right one to send.
        user_agent = request.headers.get("User-Agent")
        if user_agent:
            renewal.request.headers["User-Agent"] = user_agent
        return renewal

    def _learn(self, state: S | None) -> None:
        if state is not None:
            self._store(state)
            self._publish(state)

    def _store(self, state: S) -> S:
        self._state = state
        return state

    # ----------------------------------------------------------------- shared state

    def _sharing(self) -> tuple[SharedState, str] | None:
        if self._shared is None or self.shared_name is None:
            return None
        return self._shared, self.shared_name

    def _adopt_shared(self) -> S | None:
        """A fresh state another process saved, not the one this process holds already."""
        sharing = self._sharing()
        if sharing is None:
            return None
        record = SharedRecord.decode(sharing[0].load(sharing[1]))
        if record is None or record.at == self._shared_at:
            return None
        state = self._from_record(record.state)
        if state is None or not self._is_fresh(state):
            return None
        self._shared_at = record.at
        return self._store(state)

    def _lock_shared(self) -> Callable[[], None]:
        sharing = self._sharing()
        return sharing[0].acquire(sharing[1]) if sharing is not None else _nothing

    def _publish(self, state: S) -> None:
        sharing = self._sharing()
        if sharing is None:
            return
        record = SharedRecord(time.time(), self._to_record(state))
        sharing[0].save(sharing[1], record.encode(), self._shared_ttl(state))
        self._shared_at = record.at

    def _renewed_elsewhere(self, observed: S | None) -> S | None:
        """State renewed by another flow of this process, or else by another process."""
        return self._renewed_by_someone_else(observed) or self._adopt_shared()

    async def _off_loop(self, function: Callable[..., R], *args: Any) -> R:
        """Shared-store calls block on the network, so async flows make them in a thread;
        without a store they are instant and stay on the loop."""
        if self._sharing() is None:
            return function(*args)
        return await asyncio.to_thread(function, *args)

    def _async_lock(self) -> asyncio.Lock:
        loop = asyncio.get_running_loop()
        with self._async_locks_guard:
            lock = self._async_locks.get(loop)
            if lock is None:
                for closed in [known for known in self._async_locks if known.is_closed()]:
                    del self._async_locks[closed]
                lock = self._async_locks[loop] = asyncio.Lock()
            return lock

    # ----------------------------------------------------------------- flows

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        # httpx.Auth.auth_flow passes requests through untouched; code that drives auth_flow
        # directly must get the real (sync) flow, never an unsigned request.
        return self.sync_auth_flow(request)

    def sync_auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        request.read()  # the body must be replayable for the retry after a 401
        self._prepare(request)
        if not self._needs_state(request):
            response = yield request
            learn = self._state_from_passing(request)
            if learn is not None:
                response.read()
                self._learn(learn(response))
            return
        observed = self._state
        state = observed if observed is not None and self._is_fresh(observed) else None
        for attempt in range(1, _ATTEMPTS + 1):
            if state is None:
                with self._thread_lock:
                    state = self._renewed_elsewhere(observed)
                    if state is None:
                        release = self._lock_shared()
                        try:
                            state = self._adopt_shared()
                            if state is None:
                                step: S | Renewal[S] = self._renewal_for(request)
                                while isinstance(step, Renewal):
                                    renewal_response = yield self._with_user_agent(
                                        step, request).request
                                    renewal_response.read()
                                    step = step.finish(renewal_response)
                                state = self._store(step)
                                self._publish(state)
                        finally:
                            release()
            response = yield self._apply(request, state)
            if attempt == _ATTEMPTS or not self._should_renew_after(response):
                return
            if not self._may_resend(request):
                self._forget(state)
                return
            observed, state = state, None

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        await request.aread()
        self._prepare(request)
        if not self._needs_state(request):
            response = yield request
            learn = self._state_from_passing(request)
            if learn is not None:
                await response.aread()
                await self._off_loop(self._learn, learn(response))
            return
        observed = self._state
        state = observed if observed is not None and self._is_fresh(observed) else None
        for attempt in range(1, _ATTEMPTS + 1):
            if state is None:
                async with self._async_lock():
                    state = await self._off_loop(self._renewed_elsewhere, observed)
                    if state is None:
                        release = await self._off_loop(self._lock_shared)
                        try:
                            state = await self._off_loop(self._adopt_shared)
                            if state is None:
                                step: S | Renewal[S] = self._renewal_for(request)
                                while isinstance(step, Renewal):
                                    renewal_response = yield self._with_user_agent(
                                        step, request).request
                                    await renewal_response.aread()
                                    step = step.finish(renewal_response)
                                state = self._store(step)
                                await self._off_loop(self._publish, state)
                        finally:
                            await self._off_loop(release)
            response = yield self._apply(request, state)
            if attempt == _ATTEMPTS or not self._should_renew_after(response):
                return
            if not self._may_resend(request):
                self._forget(state)
                return
            observed, state = state, None


def _nothing() -> None:
    """The release of a lock that was never taken."""


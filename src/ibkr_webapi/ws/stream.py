"""`StreamClient`: the async websocket client that survives real IBKR servers.

It reuses an ``httpx.AsyncClient`` already set up for the REST API (base URL, auth plugin,
cookies, TLS): POST /tickle gives the session for the ``api`` cookie, and with
`ibkr_auth.OAuth1aAuth` the URL carries ``oauth_token``. Then it keeps one websocket open:
it waits for the ``system`` greeting before subscribing, tics, renews smd subscriptions,
reconnects with backoff and jitter when the socket drops or goes silent, re-subscribes
everything, and on `close` unsubscribes from everything.

>>> import asyncio
>>> from ibkr_webapi.mock.app import MockServer
>>> from ibkr_webapi.mock.config import MockConfig
>>> server = MockServer(MockConfig(pacing=False, session_initialised=True))
>>> async def first_price() -> str:
...     async with server.websocket_client(auth=server.default_auth()) as http:
...         async with StreamClient(http) as stream:
...             ticks = stream.market_data(265598, ["31", "84", "86"])
...             tick = await ticks.get()
...             return f"{tick.topic} {tick.target} {tick.fields.last_price.number > 0}"
>>> asyncio.run(first_price())
'smd 265598 True'
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Mapping
from contextlib import AbstractAsyncContextManager
from typing import Any

import httpx
from httpx_ws import (
    AsyncWebSocketSession,
    WebSocketDisconnect,
    WebSocketUpgradeError,
    aconnect_ws,
)

from ibkr_auth import (
    OAuth1aAuth,
    Secret,
    WebsocketHandshake,
    gateway_handshake,
    oauth_handshake,
    session_from_tickle,
)
from ibkr_auth.errors import WebsocketHandshakeError
from ibkr_auth.redaction import redact
from ibkr_auth.websocket import websocket_url
from ibkr_webapi.ws.connection import Connection
from ibkr_webapi.ws.feeds import Feed, OverflowPolicy, closed_error
from ibkr_webapi.ws.frames import WsMessage
from ibkr_webapi.ws.resilience import Backoff, StreamSettings
from ibkr_webapi.ws.router import MessageRouter, StreamStats
from ibkr_webapi.ws.shortcuts import TopicShortcuts
from ibkr_webapi.ws.stream_errors import StreamAuthenticationError, StreamClosedError, StreamError
from ibkr_webapi.ws.subscriptions import (
    FAMILY_OF_INCOMING,
    Subscription,
    SubscriptionRegistry,
    rule_for,
)

logger = logging.getLogger(__name__)

POLICY_VIOLATION = 1008
"""Close code of a handshake the server refused (no authenticated session)."""


class StreamClient(TopicShortcuts[Subscription]):
    """Async websocket stream over an ``httpx.AsyncClient`` configured for the REST API."""

    def __init__(self, client: httpx.AsyncClient, *, settings: StreamSettings | None = None,
                 url: str | None = None) -> None:
        self.settings = settings or StreamSettings()
        self.stats = StreamStats()
        self._client = client
        self._url = url
        self._registry = SubscriptionRegistry()
        self._router = MessageRouter(self._registry, self.stats)
        self._router.on_ended = self._unsubscribe_on_server
        self._connection: Connection | None = None
        self._task: asyncio.Task[None] | None = None
        self._ready = asyncio.Event()
        self._closing = False

    def __repr__(self) -> str:
        return (f"StreamClient(subscriptions={len(self._registry)}, "
                f"connected={self._connection is not None})")

    async def __aenter__(self) -> StreamClient:
        self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    # ----------------------------------------------------------------------- public API

    def start(self) -> None:
        """Start connecting in the background (idempotent)."""
        if self._task is None:
            self._task = asyncio.get_running_loop().create_task(self._run())

    async def wait_ready(self, timeout: float | None = None) -> None:
        """Wait until a connection got its greeting; raises if the stream gave up first."""
        self.start()
        waiter = asyncio.ensure_future(self._ready.wait())
        assert self._task is not None
        done, _ = await asyncio.wait({waiter, self._task}, timeout=timeout,
                                     return_when=asyncio.FIRST_COMPLETED)
        waiter.cancel()
        if waiter not in done:
            if self._task in done:
                raise StreamClosedError(self.stats.last_error or "the stream stopped")
            raise TimeoutError("no websocket greeting yet")

    @property
    def ready(self) -> bool:
        """True while a connection is open and greeted."""
        return self._ready.is_set()

    def subscribe(self, topic: str, target: str | int | None = None,
                  args: Mapping[str, Any] | None = None, *, maxsize: int | None = None,
                  overflow: OverflowPolicy | None = None) -> Subscription:
        """Subscribe to a solicited topic; iterate the result for its typed messages.

        ``subscribe("smd", 265598, {"fields": ["31"]})`` sends ``smd+265598+{"fields":["31"]}``
        once the greeting has arrived, and again after every reconnect.
        """
        if self._closing:
            raise StreamClosedError("the stream client is closed")
        subscription = Subscription(
            rule_for(topic), None if target is None else str(target), args,
            maxsize or self.settings.maxsize, overflow or self.settings.overflow)
        self._registry.add(subscription)
        self.start()
        if self._connection is not None:
            self._connection.subscribe(subscription)
        return subscription

    async def unsubscribe(self, subscription: Subscription) -> None:
        """Send the unsubscribe frames and end the subscription's iteration."""
        if self._registry.remove(subscription) and self._connection is not None:
            self._connection.unsubscribe(subscription)
        subscription.close()

    def _unsubscribe_on_server(self, subscription: Subscription) -> None:
        if self._connection is not None:
            self._connection.unsubscribe(subscription)

    def send_frame(self, frame: str) -> None:
        """Send a raw frame on the current connection (e.g. ``inp+exercise+{...}``).

        Raises `StreamClosedError` when no connection is ready: such frames answer a
        conversation on one connection and must not be replayed on the next.
        """
        if self._connection is None or not self._connection.ready:
            raise StreamClosedError("no websocket connection is ready")
        self._connection.send_frame(frame)

    def unsolicited(self, topic: str, *, maxsize: int | None = None,
                    overflow: OverflowPolicy | None = None) -> Feed[WsMessage]:
        """A feed of unsolicited messages: system, sts, act, blt, ntf, tic (collapsed).

        ``"*"`` receives every message no subscription or other feed took.
        """
        if topic in FAMILY_OF_INCOMING:
            raise ValueError(f"{topic!r} is a subscribing topic: use subscribe()")
        feed: Feed[WsMessage] = Feed(maxsize or self.settings.maxsize,
                                     overflow or self.settings.overflow)
        self._router.listen(topic, feed)
        self.start()
        return feed

    def stop_listening(self, feed: Feed[WsMessage]) -> None:
        """End an unsolicited feed."""
        self._router.forget(feed)
        feed.close()

    @property
    def subscriptions(self) -> list[Subscription]:
        return list(self._registry)

    @property
    def dropped(self) -> int:
        """Messages discarded by the overflow policy of all current feeds."""
        return sum(feed.dropped for feed in [*self._registry, *self._router.listeners()])

    async def close(self) -> None:
        """Unsubscribe from everything, close the socket and end every feed."""
        if self._closing:
            return
        self._closing = True
        connection = self._connection
        if connection is not None and connection.ready:
            for subscription in self._registry:
                connection.unsubscribe(subscription)
            with contextlib.suppress(Exception):
                await asyncio.wait_for(connection.flush(), self.settings.greeting_timeout)
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        self._end_feeds(None)

    # ----------------------------------------------------------------------- internals

    async def _run(self) -> None:
        backoff = Backoff.from_settings(self.settings)
        failures = 0
        while not self._closing:
            greeted = False
            failure: BaseException
            try:
                greeted = await self._connect_once()
                failure = StreamClosedError("the server closed the websocket")
            except _Greeted as wrapper:
                greeted, failure = True, _root_cause(wrapper.error)
            except Exception as error:
                failure = _root_cause(error)
            self._ready.clear()
            self._connection = None
            self.stats.last_error = _describe(failure)
            logger.warning("websocket connection lost: %s", self.stats.last_error)
            if greeted:
                backoff.reset()
                failures = 0
            failures += 1
            if self.settings.max_attempts is not None and failures >= self.settings.max_attempts:
                self._end_feeds(failure)
                return
            self.stats.reconnects += 1
            await asyncio.sleep(backoff.next_delay())

    async def _connect_once(self) -> bool:
        handshake, session = await self._handshake()
        try:
            session_context: AbstractAsyncContextManager[AsyncWebSocketSession] = aconnect_ws(
                handshake.url.reveal(), self._client, headers=handshake.headers(),
                keepalive_ping_interval_seconds=None)
            async with session_context as ws:
                self.stats.connections += 1
                connection = Connection(ws, self._router, self.settings, session)
                self._connection = connection
                try:
                    await connection.greet()
                    self._ready.set()
                    await connection.serve()
                except Exception as error:
                    if connection.ready:
                        raise _Greeted(error) from error
                    raise
        except Exception as error:
            raise _refusal(_root_cause(error)) from None
        return True

    async def _handshake(self) -> tuple[WebsocketHandshake, Secret[str]]:
        response = await self._client.post("/tickle")
        if response.status_code in (401, 403):
            raise StreamAuthenticationError(f"POST /tickle answered {response.status_code}")
        try:
            body = response.json()
            session = session_from_tickle(body)
        except (ValueError, RecursionError, WebsocketHandshakeError) as error:
            raise StreamAuthenticationError(
                f"POST /tickle gave no session ({type(error).__name__})") from None
        url = self._url or websocket_url(str(self._client.base_url))
        auth = self._client.auth
        if isinstance(auth, OAuth1aAuth):
            return oauth_handshake(session, auth.access_token, url), session
        return gateway_handshake(session, url), session

    def _end_feeds(self, error: BaseException | None) -> None:
        reason = error if error is None or isinstance(error, StreamError) else closed_error(
            _describe(error), error)
        for subscription in self._registry:
            self._registry.remove(subscription)
            subscription.close(reason)
        for feed in self._router.listeners():
            self._router.forget(feed)
            feed.close(reason)


class _Greeted(Exception):
    """Wraps the error that ended a connection which had been greeted (a real session)."""

    def __init__(self, error: BaseException) -> None:
        super().__init__(str(error))
        self.error = error


def _root_cause(error: BaseException) -> BaseException:
    """The first leaf of nested exception groups (httpx-ws and TaskGroup wrap errors)."""
    while isinstance(error, BaseExceptionGroup) and error.exceptions:
        error = error.exceptions[0]
    return error


def _refusal(error: BaseException) -> BaseException:
    """A refused handshake as `StreamAuthenticationError`; other errors unchanged."""
    if isinstance(error, WebSocketDisconnect) and error.code == POLICY_VIOLATION:
        return StreamAuthenticationError(error.reason or "no authenticated session")
    if isinstance(error, WebSocketUpgradeError) and error.response.status_code in (401, 403):
        return StreamAuthenticationError(f"upgrade answered {error.response.status_code}")
    return error


def _describe(error: BaseException) -> str:
    if isinstance(error, WebSocketDisconnect):
        return f"closed by the server ({error.code})"
    if isinstance(error, WebSocketUpgradeError):
        return f"upgrade refused (HTTP {error.response.status_code})"
    if isinstance(error, StreamError):
        return redact(str(error))
    return redact(f"{type(error).__name__}: {error}")

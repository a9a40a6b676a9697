"""`SyncStreamClient`: the blocking facade over `StreamClient`.

The async client runs on a private event loop in a daemon thread; subscriptions are plain
iterators whose ``next`` blocks until a message arrives. Same topics, same resilience, same
bounded feeds.

>>> from ibkr_webapi.mock.app import MockServer
>>> from ibkr_webapi.mock.config import MockConfig
>>> server = MockServer(MockConfig(pacing=False, session_initialised=True))
>>> with SyncStreamClient(lambda: server.websocket_client(auth=server.default_auth())) as stream:
...     ticks = stream.market_data(265598, ["31", "84", "86"])
...     next(iter(ticks)).topic
'smd'
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Awaitable, Callable, Iterator, Mapping
from typing import Any, Generic, TypeVar

import httpx

from ibkr_webapi.ws.feeds import Feed, OverflowPolicy
from ibkr_webapi.ws.messages import WsMessage
from ibkr_webapi.ws.resilience import StreamSettings
from ibkr_webapi.ws.shortcuts import TopicShortcuts
from ibkr_webapi.ws.stream import StreamClient
from ibkr_webapi.ws.subscriptions import Subscription

T = TypeVar("T")
F = TypeVar("F", bound=Feed[WsMessage])


class _LoopThread:
    """An event loop running forever in a daemon thread."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self.loop.run_forever, name="ibkr-ws",
                                        daemon=True)
        self._thread.start()

    def run(self, work: Awaitable[T], timeout: float | None = None) -> T:
        async def wrapped() -> T:
            return await work
        return asyncio.run_coroutine_threadsafe(wrapped(), self.loop).result(timeout)

    def call(self, function: Callable[[], T]) -> T:
        async def wrapped() -> T:
            return function()
        return self.run(wrapped())

    def stop(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join()
        self.loop.close()


class SyncFeed(Generic[F]):
    """A blocking view of a feed or subscription: iterate it, or `get` with a timeout."""

    def __init__(self, feed: F, loop: _LoopThread) -> None:
        self.feed = feed
        self._loop = loop

    def __repr__(self) -> str:
        return f"Sync{self.feed!r}"

    def __len__(self) -> int:
        return len(self.feed)

    @property
    def dropped(self) -> int:
        return self.feed.dropped

    def get(self, timeout: float | None = None) -> WsMessage:
        """The next message; `TimeoutError` after `timeout`, `StopIteration` at the end."""
        try:
            return self._loop.run(self.feed.get(), timeout)
        except StopAsyncIteration:
            raise StopIteration from None

    def __iter__(self) -> Iterator[WsMessage]:
        return self

    def __next__(self) -> WsMessage:
        return self.get()


class SyncStreamClient(TopicShortcuts[SyncFeed[Subscription]]):
    """Blocking websocket stream; `client_factory` builds the ``httpx.AsyncClient`` to reuse."""

    def __init__(self, client_factory: Callable[[], httpx.AsyncClient], *,
                 settings: StreamSettings | None = None, url: str | None = None) -> None:
        self._loop = _LoopThread()
        self._http: httpx.AsyncClient = self._loop.call(client_factory)
        self._loop.run(self._http.__aenter__())
        self._stream: StreamClient = self._loop.call(
            lambda: StreamClient(self._http, settings=settings, url=url))
        self._loop.call(self._stream.start)

    @classmethod
    def connect(cls, base_url: str, auth: httpx.Auth | None = None, *,
                settings: StreamSettings | None = None, **httpx_options: Any) -> SyncStreamClient:
        """A stream for `base_url` (the REST base, e.g. ``https://localhost:5000/v1/api``)."""
        return cls(lambda: httpx.AsyncClient(base_url=base_url, auth=auth, **httpx_options),
                   settings=settings)

    def __enter__(self) -> SyncStreamClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @property
    def stream(self) -> StreamClient:
        """The async client underneath (its `stats`, `settings`, `subscriptions`)."""
        return self._stream

    def wait_ready(self, timeout: float | None = None) -> None:
        self._loop.run(self._stream.wait_ready(timeout))

    def subscribe(self, topic: str, target: str | int | None = None,
                  args: Mapping[str, Any] | None = None, *, maxsize: int | None = None,
                  overflow: OverflowPolicy | None = None) -> SyncFeed[Subscription]:
        """See `StreamClient.subscribe`."""
        subscription = self._loop.call(lambda: self._stream.subscribe(
            topic, target, args, maxsize=maxsize, overflow=overflow))
        return SyncFeed(subscription, self._loop)

    def unsubscribe(self, subscription: SyncFeed[Subscription]) -> None:
        self._loop.run(self._stream.unsubscribe(subscription.feed))

    def unsolicited(self, topic: str, *, maxsize: int | None = None,
                    overflow: OverflowPolicy | None = None) -> SyncFeed[Feed[WsMessage]]:
        """See `StreamClient.unsolicited`."""
        feed = self._loop.call(lambda: self._stream.unsolicited(
            topic, maxsize=maxsize, overflow=overflow))
        return SyncFeed(feed, self._loop)

    def send_frame(self, frame: str) -> None:
        self._loop.call(lambda: self._stream.send_frame(frame))

    def close(self) -> None:
        """Unsubscribe from everything, close the socket and the HTTP client, stop the loop."""
        try:
            self._loop.run(self._stream.close())
            self._loop.run(self._http.aclose())
        finally:
            self._loop.stop()

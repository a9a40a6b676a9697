"""A synchronous httpx transport for an ASGI app: `httpx.ASGITransport` is async only.

The app runs on one background event loop thread owned by an `EventLoopThread`; every sync
request, from any thread, is handed to that loop, so the app's handlers still run one at a
time on a single thread.

>>> from starlette.applications import Starlette
>>> from starlette.responses import PlainTextResponse
>>> from starlette.routing import Route
>>> app = Starlette(routes=[Route("/", lambda request: PlainTextResponse("hi"))])
>>> loop = EventLoopThread()
>>> with httpx.Client(transport=SyncASGITransport(app, loop), base_url="http://t") as client:
...     client.get("/").text
'hi'
>>> loop.close()
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import threading
from collections.abc import Coroutine
from typing import Any, TypeVar

import httpx
from starlette.types import ASGIApp

T = TypeVar("T")


class EventLoopThread:
    """An asyncio loop running forever in a daemon thread, started on first use."""

    def __init__(self) -> None:
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def _running_loop(self) -> asyncio.AbstractEventLoop:
        with self._lock:
            if self._loop is None:
                loop = asyncio.new_event_loop()
                thread = threading.Thread(target=loop.run_forever, name="ibkr-mock-loop",
                                          daemon=True)
                thread.start()
                self._loop, self._thread = loop, thread
            return self._loop

    def run(self, coroutine: Coroutine[Any, Any, T], timeout: float | None = None) -> T:
        """Run `coroutine` on the loop thread and wait for its result (or exception); after
        `timeout` seconds it is cancelled and TimeoutError raised."""
        future = asyncio.run_coroutine_threadsafe(coroutine, self._running_loop())
        try:
            return future.result(timeout)
        except concurrent.futures.TimeoutError:
            future.cancel()
            raise TimeoutError(f"no result within {timeout} s") from None

    def close(self) -> None:
        """Stop the loop and its thread (it restarts if used again)."""
        with self._lock:
            loop, thread = self._loop, self._thread
            self._loop = self._thread = None
        if loop is not None and thread is not None:
            loop.call_soon_threadsafe(loop.stop)
            thread.join()
            loop.close()


class SyncASGITransport(httpx.BaseTransport):
    """Serves a sync ``httpx.Client`` with an ASGI app running on `loop`."""

    def __init__(self, app: ASGIApp, loop: EventLoopThread) -> None:
        self._asgi = httpx.ASGITransport(app=app)
        self._loop = loop

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        # The request's read timeout bounds the whole exchange, as a network transport's would.
        timeout = (request.extensions.get("timeout") or {}).get("read")
        try:
            status, headers, content = self._loop.run(self._exchange(request), timeout)
        except TimeoutError:
            raise httpx.ReadTimeout("the in-process app did not answer in time",
                                    request=request) from None
        # A stream, not content: the client then times the read and sets `elapsed`.
        return httpx.Response(status, headers=headers, stream=httpx.ByteStream(content))

    async def _exchange(self, request: httpx.Request) -> tuple[int, httpx.Headers, bytes]:
        response = await self._asgi.handle_async_request(request)
        return response.status_code, response.headers, await response.aread()

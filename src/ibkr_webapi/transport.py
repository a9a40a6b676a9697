"""httpx transports that pace and log every request the facade's client sends.

They wrap the real transport (network, or the mock's in-process ASGI app), so every request
is paced and logged, including the session keeper's tickles and an auth plugin's own token
requests, and each retry of the facade is paced like a new request. Retries themselves
happen above the auth plugin (see `ibkr_webapi.runner`), so a resent request is signed again.

One DEBUG line per request on the ``ibkr_webapi`` logger: method, path with account ids
masked (never the query, which may hold a token), operation, status, duration. A 429 puts the
shared limiter in the penalty box for the ``Retry-After`` the server sent, or else for the
spec's documented penalty window.
"""

from __future__ import annotations

import logging
import time
from types import TracebackType

import httpx

from ibkr_webapi.masking import mask_account_ids
from ibkr_webapi.pacing import Limiter, Permit
from ibkr_webapi.routes import OperationRouter

logger = logging.getLogger("ibkr_webapi")


def retry_after(response: httpx.Response) -> float | None:
    """The ``Retry-After`` header in seconds, when it is a number.

    >>> retry_after(httpx.Response(429, headers={"Retry-After": "12"}))
    12.0
    """
    try:
        return float(response.headers["Retry-After"])
    except (KeyError, ValueError):
        return None


class _Pacing:
    """What the sync and async transports share: routing, 429 handling, the log line."""

    def __init__(self, limiter: Limiter, router: OperationRouter) -> None:
        self.limiter = limiter
        self.router = router

    def operation_of(self, request: httpx.Request) -> str | None:
        return self.router.operation_of(request.method, request.url.path)

    def holds_slot(self, operation: str | None) -> bool:
        return self.limiter.caps_concurrency(operation)

    def observe(self, request: httpx.Request, operation: str | None,
                response: httpx.Response | None, started: float) -> None:
        if response is not None and response.status_code == 429:
            self.limiter.penalise(operation, retry_after(response))
        if logger.isEnabledFor(logging.DEBUG):
            outcome = "no response" if response is None else f"HTTP {response.status_code}"
            logger.debug("%s %s (%s): %s in %.1f ms", request.method,
                         mask_account_ids(request.url.path), operation or "unknown operation",
                         outcome, (time.perf_counter() - started) * 1000)


def _buffered(response: httpx.Response, raw: bytes) -> httpx.Response:
    # The raw (still encoded) bytes go into a fresh response, so the client decodes them once.
    return httpx.Response(response.status_code, headers=response.headers,
                          stream=httpx.ByteStream(raw), extensions=response.extensions)


class PacedTransport(httpx.BaseTransport):
    """Paces and logs each request, then hands it to `inner`.

    >>> import httpx
    >>> from ibkr_webapi.pacing import FakeClock
    >>> clock = FakeClock()
    >>> inner = httpx.MockTransport(lambda request: httpx.Response(200, json=[]))
    >>> transport = PacedTransport(inner, Limiter.from_spec(clock=clock, sleep=clock.sleep))
    >>> client = httpx.Client(base_url="https://localhost:5000/v1/api", transport=transport)
    >>> [client.get("/portfolio/accounts").status_code for _ in range(2)], clock.now
    ([200, 200], 5.05)
    """

    def __init__(self, inner: httpx.BaseTransport, limiter: Limiter,
                 router: OperationRouter | None = None) -> None:
        self._inner = inner
        self._pacing = _Pacing(limiter, router or OperationRouter("/v1/api"))

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        operation = self._pacing.operation_of(request)
        permit = self._pacing.limiter.acquire(operation)
        started, response = time.perf_counter(), None
        try:
            response = self._inner.handle_request(request)
            if self._pacing.holds_slot(operation):
                response = _buffered(response, _read_raw(response))
            return response
        finally:
            permit.release()
            self._pacing.observe(request, operation, response, started)

    def close(self) -> None:
        self._inner.close()


class AsyncPacedTransport(httpx.AsyncBaseTransport):
    """The asyncio twin of `PacedTransport`; both can share one `Limiter`."""

    def __init__(self, inner: httpx.AsyncBaseTransport, limiter: Limiter,
                 router: OperationRouter | None = None) -> None:
        self._inner = inner
        self._pacing = _Pacing(limiter, router or OperationRouter("/v1/api"))

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        operation = self._pacing.operation_of(request)
        permit: Permit = await self._pacing.limiter.acquire_async(operation)
        started, response = time.perf_counter(), None
        try:
            response = await self._inner.handle_async_request(request)
            if self._pacing.holds_slot(operation):
                response = _buffered(response, await _aread_raw(response))
            return response
        finally:
            permit.release()
            self._pacing.observe(request, operation, response, started)

    async def __aenter__(self) -> AsyncPacedTransport:
        # Some transports only work inside their context (httpx-ws's ASGI websockets).
        await self._inner.__aenter__()
        return self

    async def __aexit__(self, exc_type: type[BaseException] | None = None,
                        exc: BaseException | None = None,
                        traceback: TracebackType | None = None) -> None:
        await self._inner.__aexit__(exc_type, exc, traceback)

    async def aclose(self) -> None:
        await self._inner.aclose()


def _read_raw(response: httpx.Response) -> bytes:
    try:
        return b"".join(response.iter_raw())
    finally:
        response.close()


async def _aread_raw(response: httpx.Response) -> bytes:
    try:
        return b"".join([chunk async for chunk in response.aiter_raw()])
    finally:
        await response.aclose()

"""httpx transports that pace, bound and log every request the facade's client sends.

They wrap the real transport (network, or the mock's in-process ASGI app), so every request
is paced and logged, including the session keeper's tickles and an auth plugin's own token
requests, and each retry of the facade is paced like a new request. Retries themselves
happen above the auth plugin (see `ibkr_webapi.runner`), so a resent request is signed again.

Every body is read here, through the one bounded reader (`ibkr_webapi.limits.BoundedBody`):
decompressed chunk by chunk up to ``max_response_size``, and only while the call's deadline
holds. The deadline is the facade call's (`ibkr_webapi.limits.current_deadline`), else the
client's timeout; it also caps the connect and read timeouts of the request, and a penalty
box (after a 429) that outlasts it fails the request at once instead of sleeping.

One DEBUG line per request on the ``ibkr_webapi`` logger: method, path with account ids
masked (never the query, which may hold a token), operation, status, duration. A 429 puts the
shared limiter in the penalty box for the ``Retry-After`` the server sent (at most the spec's
penalty window: ``inf`` or ``1e12`` would break every later sleep), or else for that window.
"""

from __future__ import annotations

import asyncio
import logging
import math
import time
from types import TracebackType

import httpx

from ibkr_auth.redaction import protect_header_values
from ibkr_webapi.errors import (
    ConnectionFailedError,
    IbkrError,
    RateLimitedError,
    ResponseTooLargeError,
    UnexpectedResponseError,
)
from ibkr_webapi.limits import (
    BodyDeadlineExceeded,
    BodyError,
    BodyLimitExceeded,
    BoundedBody,
    Deadline,
    Limits,
    araw_chunks,
    current_deadline,
    finite_seconds,
    raw_chunks,
    response_body,
)
from ibkr_webapi.masking import mask_account_ids
from ibkr_webapi.pacing import Limiter, Permit
from ibkr_webapi.routes import OperationRouter

logger = logging.getLogger("ibkr_webapi")
DEFAULT_TIMEOUT = 30.0


def retry_after(response: httpx.Response) -> float | None:
    """The ``Retry-After`` header in seconds, when it is a usable number.

    >>> retry_after(httpx.Response(429, headers={"Retry-After": "12"}))
    12.0
    >>> retry_after(httpx.Response(429, headers={"Retry-After": "nan"})) is None
    True
    """
    try:
        value = float(response.headers["Retry-After"])
    except (KeyError, ValueError):
        return None
    return None if math.isnan(value) or value < 0 else value


class _Pacing:
    """What the sync and async transports share: routing, deadlines, bounded bodies, 429
    handling, the log line."""

    def __init__(self, limiter: Limiter, router: OperationRouter, timeout: float,
                 max_response_size: int) -> None:
        self.limiter = limiter
        self.router = router
        self.timeout = timeout
        self.max_response_size = max_response_size

    def operation_of(self, request: httpx.Request) -> str | None:
        return self.router.operation_of(request.method, request.url.path)

    def deadline(self) -> Deadline:
        return current_deadline() or Deadline.after(self.timeout)

    def before_sending(self, request: httpx.Request, operation: str | None,
                       deadline: Deadline) -> None:
        """Refuse to wait in a penalty box past the deadline; cap the request's timeouts."""
        held, remaining = self.limiter.held_for(), deadline.remaining()
        if held > 0 and held > remaining:
            raise RateLimitedError(operation or "request", None, detail=(
                f"rate limited: the penalty box holds requests for {held:.0f} s, past the "
                f"call's deadline ({max(remaining, 0):.1f} s left)"), retry_after=held)
        if remaining <= 0:
            raise ConnectionFailedError(operation or "request", None,
                                        detail="the call's deadline passed before sending")
        if deadline.clock is time.monotonic:
            timeouts = request.extensions.get("timeout") or {}
            request.extensions = {**request.extensions, "timeout": {
                name: remaining if value is None else min(value, remaining)
                for name, value in {**dict.fromkeys(("connect", "read", "write", "pool")),
                                    **timeouts}.items()}}

    def body(self, response: httpx.Response, deadline: Deadline) -> BoundedBody:
        # Wall-clock bounds apply on the real clock only: an injected clock (a test's, a
        # bench's dilated one) governs pacing and retries, not how long bytes take to arrive.
        real = deadline if deadline.clock is time.monotonic else None
        return response_body(response, "max_response_size", self.max_response_size, real)

    def observe(self, request: httpx.Request, operation: str | None,
                response: httpx.Response | None, started: float) -> None:
        protect_header_values(_credentials(request.headers, response))
        if response is not None and response.status_code == 429:
            wait = finite_seconds(retry_after(response), self.limiter.penalty_seconds)
            self.limiter.penalise(operation, wait)
        if logger.isEnabledFor(logging.DEBUG):
            outcome = "no response" if response is None else f"HTTP {response.status_code}"
            logger.debug("%s %s (%s): %s in %.1f ms", request.method,
                         mask_account_ids(request.url.path), operation or "unknown operation",
                         outcome, (time.perf_counter() - started) * 1000)


def _typed(error: BodyError, operation: str | None, status: int) -> IbkrError:
    name = operation or "request"
    if isinstance(error, BodyLimitExceeded):
        return ResponseTooLargeError(name, status, error.limit, error.size)
    if isinstance(error, BodyDeadlineExceeded):
        return ConnectionFailedError(name, None, detail=f"the call's deadline passed while "
                                     f"the HTTP {status} body was arriving")
    return UnexpectedResponseError(name, status, "", str(error))


def _credentials(sent: httpx.Headers, response: httpx.Response | None) -> list[tuple[str, str]]:
    found = [(name, value) for name in ("cookie", "authorization")
             if (value := sent.get(name)) is not None]
    if response is not None:
        found += [("set-cookie", value) for value in response.headers.get_list("set-cookie")]
    return found


def _decoded(response: httpx.Response, content: bytes) -> httpx.Response:
    # The body is decoded here, within the limit; the client must not decode it again.
    headers = response.headers
    if "content-encoding" in headers:
        headers = headers.copy()
        del headers["content-encoding"]
        headers["content-length"] = str(len(content))
    return httpx.Response(response.status_code, headers=headers,
                          stream=httpx.ByteStream(content), extensions=response.extensions)


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
                 router: OperationRouter | None = None, *, timeout: float = DEFAULT_TIMEOUT,
                 limits: Limits | None = None) -> None:
        self._inner = inner
        self._pacing = _Pacing(limiter, router or OperationRouter("/v1/api"), timeout,
                               (limits or Limits()).max_response_size)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        operation, deadline = self._pacing.operation_of(request), self._pacing.deadline()
        self._pacing.before_sending(request, operation, deadline)
        permit = self._pacing.limiter.acquire(operation)
        started, response = time.perf_counter(), None
        try:
            response = self._inner.handle_request(request)
            if response.status_code != 101:
                response = _decoded(response, self._read(response, operation, deadline))
            return response
        finally:
            permit.release()
            self._pacing.observe(request, operation, response, started)

    def _read(self, response: httpx.Response, operation: str | None,
              deadline: Deadline) -> bytes:
        try:
            return self._pacing.body(response, deadline).read_all(raw_chunks(response))
        except BodyError as error:
            raise _typed(error, operation, response.status_code) from None
        finally:
            response.close()

    def close(self) -> None:
        self._inner.close()


class AsyncPacedTransport(httpx.AsyncBaseTransport):
    """The asyncio twin of `PacedTransport`; both can share one `Limiter`."""

    def __init__(self, inner: httpx.AsyncBaseTransport, limiter: Limiter,
                 router: OperationRouter | None = None, *, timeout: float = DEFAULT_TIMEOUT,
                 limits: Limits | None = None) -> None:
        self._inner = inner
        self._pacing = _Pacing(limiter, router or OperationRouter("/v1/api"), timeout,
                               (limits or Limits()).max_response_size)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        operation, deadline = self._pacing.operation_of(request), self._pacing.deadline()
        self._pacing.before_sending(request, operation, deadline)
        permit: Permit = await self._pacing.limiter.acquire_async(operation)
        started, response = time.perf_counter(), None
        try:
            response = await self._exchange(request, operation, deadline)
            return response
        finally:
            permit.release()
            self._pacing.observe(request, operation, response, started)

    async def _exchange(self, request: httpx.Request, operation: str | None,
                        deadline: Deadline) -> httpx.Response:
        # On the real clock the whole exchange is bounded too: an in-process ASGI transport
        # ignores httpx's timeouts.
        real = deadline.clock is time.monotonic
        try:
            async with asyncio.timeout(deadline.remaining() if real else None):
                response = await self._inner.handle_async_request(request)
                if response.status_code == 101:
                    return response
                content = await self._read(response, operation, deadline)
        except TimeoutError:
            raise ConnectionFailedError(operation or "request", None,
                                        detail="the call's deadline passed") from None
        return _decoded(response, content)

    async def _read(self, response: httpx.Response, operation: str | None,
                    deadline: Deadline) -> bytes:
        try:
            body = self._pacing.body(response, deadline)
            parts = [body.feed(chunk) async for chunk in araw_chunks(response)]
            parts.append(body.finish())
        except BodyError as error:
            raise _typed(error, operation, response.status_code) from None
        finally:
            await response.aclose()
        return b"".join(parts)

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

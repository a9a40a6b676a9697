"""The Flex Web Service workflow: SendRequest, then GetStatement until the report is ready.

Version 3, a User-Agent and timeouts on every request. Retryable codes (1001,
1004-1009, 1019, 1021, and 1018 should it happen) are retried with backoff and
jitter under an overall deadline; permanent codes raise their typed error. Each
request first waits on the token's rate limiter (1/s, 10/min). The report is
streamed to a temporary file next to the destination and renamed when complete.

Every body is read through the package's one bounded reader
(`ibkr_webapi.limits.BoundedBody`): decompressed here within its limit (1 MiB for an
envelope, ``max_flex_report_size`` for a report: a gzip bomb stops there), and only while
the fetch's deadline holds, which also caps every connect and read timeout. A connection
dropped mid-body is a retryable FlexTransportError. A report is renamed into place only
when it is whole (an XML report must end with its closing root tag) and declares no DTD.

The token is added to the URL by a transport wrapper, below httpx's own logging
and error messages, and only for trusted hosts; it never reaches a log line, an
exception or a repr.
"""

from __future__ import annotations

import asyncio
import os
import random
import re
import tempfile
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Final

import httpx

from ibkr_client.flex import FlexStatementResponse
from ibkr_webapi import limits as bounds
from ibkr_webapi.limits import BodyError, BoundedBody, Limits

from .envelope import raise_for_envelope, read_envelope
from .errors import (
    FlexDeadlineExceededError,
    FlexError,
    FlexFormatError,
    FlexLimitError,
    FlexRetryableError,
    FlexTransportError,
    FlexUnsafeXmlError,
)
from .limiter import TokenRateLimiter, limiter_for
from .policy import RetryPolicy
from .source import ENVELOPE_ROOT, REPORT_ROOT, SNIFF_LIMIT, Input, root_element
from .token import SecretToken

DEFAULT_BASE_URL: Final = "https://ndcdyn.interactivebrokers.com/AccountManagement/FlexWebService"
USER_AGENT: Final = "ibkr-webapi/0.1 (+flex)"
DEFAULT_TIMEOUT: Final = httpx.Timeout(60.0, connect=15.0)
TRUSTED_SUFFIX: Final = ".interactivebrokers.com"
SEND_REQUEST: Final = "SendRequest"
GET_STATEMENT: Final = "GetStatement"
MAX_ENVELOPE_BYTES: Final = 1 << 20
ENVELOPE_LIMIT: Final = "max_flex_envelope_size"
REPORT_LIMIT: Final = "max_flex_report_size"
_DTD = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_REPORT_END = b"</" + REPORT_ROOT.encode() + b">"


@dataclass(frozen=True)
class FetchProgress:
    """What the workflow is doing, for progress displays.

    ``stage`` is "requesting", "waiting" (IBKR generates the report; ``delay`` says
    how long until the next poll), "downloading" or "done".
    """

    stage: str
    elapsed: float
    attempt: int = 0
    delay: float | None = None
    code: int | None = None
    received: int = 0


@dataclass(frozen=True)
class FetchResult:
    """A downloaded report: where, how big, and what it took."""

    path: Path
    size: int
    reference_code: str
    attempts: int
    elapsed: float
    format: str


ProgressCallback = Callable[[FetchProgress], None]


class TokenTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Adds ``t=<token>`` below httpx's logging; refuses hosts that are not trusted."""

    def __init__(
        self, inner: Any, token: SecretToken, trusted: Callable[[httpx.URL], bool]
    ) -> None:
        self._inner = inner
        self._token = token
        self._trusted = trusted

    def _with_token(self, request: httpx.Request) -> httpx.Request:
        if not self._trusted(request.url):
            raise FlexTransportError(
                f"refusing to send the Flex token to untrusted host {request.url.host!r}",
                retryable=False,
            )
        url = request.url.copy_merge_params({"t": self._token.reveal()})
        return httpx.Request(
            request.method,
            url,
            headers=request.headers,
            stream=request.stream,
            extensions=request.extensions,
        )

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        try:
            return self._inner.handle_request(self._with_token(request))  # type: ignore[no-any-return]
        except httpx.HTTPError as error:
            raise self._scrubbed(error, request) from None

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            return await self._inner.handle_async_request(self._with_token(request))  # type: ignore[no-any-return]
        except httpx.HTTPError as error:
            raise self._scrubbed(error, request) from None

    def _scrubbed(self, error: httpx.HTTPError, request: httpx.Request) -> FlexTransportError:
        message = self._token.scrub(str(error)) or type(error).__name__
        return FlexTransportError(f"{type(error).__name__}: {message}", retryable=True)

    def close(self) -> None:
        if hasattr(self._inner, "close"):
            self._inner.close()

    async def aclose(self) -> None:
        if hasattr(self._inner, "aclose"):
            await self._inner.aclose()


class _Workflow:
    """What sync and async clients share: configuration, URLs, decisions (no I/O)."""

    def __init__(
        self,
        token: str,
        *,
        base_url: str,
        policy: RetryPolicy,
        limiter: TokenRateLimiter | None,
        clock: Callable[[], float],
        rng: random.Random | None,
        limits: Limits | None = None,
    ) -> None:
        self.token = SecretToken(token)
        self.limits = limits or Limits()
        self.base_url = httpx.URL(base_url.rstrip("/") + "/")
        self.policy = policy
        if limiter is None:
            # The real clock shares one limiter per token across the process; a clock of the
            # caller's own (a test's) gets a limiter on that clock, or its waits would not match.
            limiter = limiter_for(self.token) if clock is time.monotonic else TokenRateLimiter(
                clock=clock)
        self.limiter = limiter
        self.clock = clock
        self.rng = rng or random.Random()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={str(self.base_url)!r}, token=***)"

    def trusted(self, url: httpx.URL) -> bool:
        same_origin = url.scheme == self.base_url.scheme and url.netloc == self.base_url.netloc
        ibkr = url.scheme == "https" and url.host.endswith(TRUSTED_SUFFIX)
        return same_origin or ibkr

    def endpoint(self, name: str) -> httpx.URL:
        return self.base_url.join(name)

    def statement_url(self, envelope: FlexStatementResponse) -> httpx.URL:
        """GetStatement at SendRequest's Url, or the default when that is missing or untrusted."""
        if envelope.url:
            try:
                url = httpx.URL(envelope.url.strip())
            except httpx.InvalidURL:
                return self.endpoint(GET_STATEMENT)
            if self.trusted(url):
                return url
        return self.endpoint(GET_STATEMENT)

    def deadline(self) -> Deadline:
        return Deadline(self.clock, self.policy.deadline)

    def envelope_body(self, response: httpx.Response, deadline: Deadline) -> BoundedBody:
        return _bounded(response, ENVELOPE_LIMIT, MAX_ENVELOPE_BYTES, deadline)

    def report_body(self, response: httpx.Response, deadline: Deadline) -> BoundedBody:
        return _bounded(response, REPORT_LIMIT, self.limits.max_flex_report_size, deadline)

    def failure(self, error: Exception, operation: str) -> FlexError:
        """The typed error for what reading a body raised (transport, limits, deadline)."""
        if isinstance(error, bounds.BodyLimitExceeded):
            return FlexLimitError(f"{operation}: {error}; nothing was saved",
                                  limit=error.limit, size=error.size)
        if isinstance(error, bounds.BodyDeadlineExceeded):
            return FlexDeadlineExceededError(
                f"{operation}: the deadline passed while the body was arriving", last_error=None)
        if isinstance(error, BodyError):
            return FlexTransportError(f"{operation}: {error}", retryable=False)
        message = self.token.scrub(str(error)) or "connection failed"
        return FlexTransportError(f"{operation}: {type(error).__name__}: {message}",
                                  retryable=True)

    def accept_send_response(self, response: httpx.Response) -> FlexStatementResponse:
        check_status(response, SEND_REQUEST)
        envelope = envelope_from_bytes(response.content, SEND_REQUEST)
        raise_for_envelope(envelope, operation=SEND_REQUEST)
        if not envelope.reference_code:
            raise FlexFormatError(
                "SendRequest: Success without a ReferenceCode", detected="unexpected-root"
            )
        return envelope


class Deadline:
    """The overall time budget of one fetch."""

    def __init__(self, clock: Callable[[], float], seconds: float) -> None:
        self._clock = clock
        self._start = clock()
        self._end = self._start + seconds

    @property
    def elapsed(self) -> float:
        return self._clock() - self._start

    def bound(self) -> bounds.Deadline:
        """The same end, for the bounded reader."""
        return bounds.Deadline(self._end, self._clock)

    def timeout(self, configured: httpx.Timeout) -> httpx.Timeout:
        """`configured`, each part capped at the time left (on the real clock only)."""
        if self._clock is not time.monotonic:
            return configured
        left = max(self._end - self._clock(), 0.001)
        parts = {name: left if value is None else min(value, left)
                 for name, value in configured.as_dict().items()}
        return httpx.Timeout(**parts)

    def check(self, wait: float, last_error: FlexError | None) -> None:
        """Raise when waiting ``wait`` more seconds would pass the deadline."""
        if self._clock() + wait > self._end:
            raise FlexDeadlineExceededError(
                f"gave up after {self.elapsed:.0f}s (deadline); last: {last_error}",
                last_error=last_error,
            )


def check_status(response: httpx.Response, operation: str) -> None:
    """Non-200 answers become FlexTransportError; 429 and 5xx are retryable."""
    if response.status_code == 200:
        return
    retryable = response.status_code == 429 or response.status_code >= 500
    raise FlexTransportError(
        f"{operation}: HTTP {response.status_code} {response.reason_phrase}",
        status=response.status_code,
        retryable=retryable,
    )


def envelope_from_bytes(body: bytes, operation: str) -> FlexStatementResponse:
    data = Input(body)
    root = root_element(data.head())
    if root != ENVELOPE_ROOT:
        raise FlexFormatError(
            f"{operation}: expected <{ENVELOPE_ROOT}>, got <{root}>", detected="unexpected-root"
        )
    return read_envelope(data)


def is_retryable(error: FlexError) -> bool:
    return isinstance(error, FlexRetryableError) or (
        isinstance(error, FlexTransportError) and error.retryable
    )


def report_format(head: bytes) -> str:
    """ "xml" for a FlexQueryResponse, "csv"/"text" otherwise (a CSV query is saved as is)."""
    try:
        return "xml" if root_element(head) == REPORT_ROOT else "other"
    except FlexFormatError as error:
        if error.detected in ("csv", "text"):
            return error.detected
        raise


class _Download:
    """Writes a GetStatement body: envelopes are kept in memory, reports go to disk."""

    def __init__(self, destination: Path, operation: str) -> None:
        self.destination = destination
        self.operation = operation
        self.head = b""
        self.size = 0
        self.format = ""
        self._file: IO[bytes] | None = None
        self._temp: Path | None = None
        self._tail = b""

    def feed(self, chunk: bytes) -> None:
        if self._file is not None:
            self._write(chunk)
            return
        self.head += chunk
        if len(self.head) > MAX_ENVELOPE_BYTES or _root_visible(self.head):
            self._decide()

    def _decide(self) -> None:
        if _looks_like_envelope(self.head):
            if len(self.head) > MAX_ENVELOPE_BYTES:
                raise FlexFormatError(
                    f"{self.operation}: oversized envelope", detected="malformed-xml"
                )
            return
        self.format = report_format(self.head)
        if self.format == "xml" and _DTD.search(self.head.split(b"<" + REPORT_ROOT.encode())[0]):
            raise FlexUnsafeXmlError(
                f"{self.operation}: the report declares a DTD; Flex reports never do, so it "
                "was not saved (entity expansion, XXE)")
        handle, name = tempfile.mkstemp(
            dir=self.destination.parent, prefix=".flex-", suffix=".part"
        )
        self._file, self._temp = os.fdopen(handle, "wb"), Path(name)
        head, self.head = self.head, b""
        self._write(head)

    def _write(self, chunk: bytes) -> None:
        assert self._file is not None
        self._file.write(chunk)
        self.size += len(chunk)
        self._tail = (self._tail + chunk)[-len(_REPORT_END) - 64:]

    def _check_whole(self) -> None:
        if self.format == "xml" and not self._tail.rstrip().endswith(_REPORT_END):
            raise FlexTransportError(
                f"{self.operation}: the report is truncated (no closing {_REPORT_END.decode()}"
                f" after {self.size} bytes); not saved", retryable=True)

    def finish(self) -> FlexStatementResponse | None:
        """The envelope if the body was one; otherwise move the report into place."""
        if self._file is None:
            if not _looks_like_envelope(self.head):
                self._decide()
                return self.finish()
            envelope = envelope_from_bytes(self.head, self.operation)
            return envelope
        self._check_whole()
        self._file.close()
        assert self._temp is not None
        os.replace(self._temp, self.destination)
        return None

    def discard(self) -> None:
        if self._file is not None:
            self._file.close()
        if self._temp is not None and self._temp.exists():
            self._temp.unlink()


def _root_visible(head: bytes) -> bool:
    try:
        root_element(head)
    except FlexFormatError:
        return len(head) >= SNIFF_LIMIT
    return b">" in head


def _looks_like_envelope(head: bytes) -> bool:
    try:
        return root_element(head) == ENVELOPE_ROOT
    except FlexFormatError:
        return False


class FlexClient(_Workflow):
    """Fetch Flex reports, synchronously.

    >>> from ibkr_webapi.flex.fetch import FlexClient
    >>> client = FlexClient("123456789012345678901234")
    >>> client  # doctest: +ELLIPSIS
    FlexClient(base_url='https://ndcdyn.interactivebrokers.com/...', token=***)
    >>> # result = client.fetch("123456", "report.xml")   # SendRequest + GetStatement
    >>> client.close()
    """

    def __init__(
        self,
        token: str,
        *,
        base_url: str = DEFAULT_BASE_URL,
        transport: httpx.BaseTransport | None = None,
        timeout: httpx.Timeout = DEFAULT_TIMEOUT,
        policy: RetryPolicy | None = None,
        limiter: TokenRateLimiter | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        rng: random.Random | None = None,
        user_agent: str = USER_AGENT,
        limits: Limits | None = None,
    ) -> None:
        super().__init__(
            token,
            base_url=base_url,
            policy=policy or RetryPolicy(),
            limiter=limiter,
            clock=clock,
            rng=rng,
            limits=limits,
        )
        self._timeout = timeout
        self._sleep = sleep
        inner = transport if transport is not None else httpx.HTTPTransport()
        self._http = httpx.Client(
            transport=TokenTransport(inner, self.token, self.trusted),
            timeout=timeout,
            headers={"User-Agent": user_agent},
            follow_redirects=False,
        )

    def __enter__(self) -> FlexClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        self._http.close()

    def fetch(
        self,
        query_id: str,
        destination: str | os.PathLike[str],
        *,
        on_progress: ProgressCallback | None = None,
    ) -> FetchResult:
        """SendRequest for ``query_id``, then GetStatement into ``destination``."""
        deadline = self.deadline()
        notify = on_progress or _ignore
        notify(FetchProgress("requesting", deadline.elapsed))
        envelope = self._retrying(deadline, lambda: self.send_request(query_id, deadline),
                                  notify)
        assert envelope.reference_code is not None
        return self._poll(envelope, Path(destination), deadline, notify)

    def send_request(
        self, query_id: str, deadline: Deadline | None = None
    ) -> FlexStatementResponse:
        """One SendRequest; returns the Success envelope or raises the typed error."""
        deadline = deadline or self.deadline()
        self.limiter.acquire(self._sleep)
        url, params = self.endpoint(SEND_REQUEST), _params(query_id)
        try:
            with self._http.stream(
                "GET", url, params=params, timeout=deadline.timeout(self._timeout)
            ) as response:
                body = self.envelope_body(response, deadline)
                content = body.read_all(bounds.raw_chunks(response))
        except (httpx.TransportError, BodyError) as error:
            raise self.failure(error, SEND_REQUEST) from None
        return self.accept_send_response(httpx.Response(response.status_code, content=content))

    def _poll(
        self,
        envelope: FlexStatementResponse,
        destination: Path,
        deadline: Deadline,
        notify: ProgressCallback,
    ) -> FetchResult:
        url = self.statement_url(envelope)
        reference = envelope.reference_code or ""
        deadline.check(self.policy.first_poll, None)
        self._sleep(self.policy.first_poll)
        attempts = [0]

        def attempt() -> int:
            attempts[0] += 1
            notify(FetchProgress("downloading", deadline.elapsed, attempts[0]))
            return self._download(url, reference, destination, deadline)

        size = self._retrying(deadline, attempt, notify)
        fmt = _format_of(destination)
        notify(FetchProgress("done", deadline.elapsed, attempts[0], received=size))
        return FetchResult(destination, size, reference, attempts[0], deadline.elapsed, fmt)

    def _download(
        self, url: httpx.URL, reference: str, destination: Path, deadline: Deadline | None = None
    ) -> int:
        deadline = deadline or self.deadline()
        self.limiter.acquire(self._sleep)
        download = _Download(destination, GET_STATEMENT)
        timeout = deadline.timeout(self._timeout)
        try:
            with self._http.stream(
                "GET", url, params=_params(reference), timeout=timeout
            ) as response:
                check_status(response, GET_STATEMENT)
                body = self.report_body(response, deadline)
                for chunk in bounds.raw_chunks(response):
                    for piece in body.pieces(chunk):
                        download.feed(piece)
                download.feed(body.finish())
            envelope = download.finish()
        except (httpx.TransportError, BodyError) as error:
            download.discard()
            raise self.failure(error, GET_STATEMENT) from None
        except BaseException:
            download.discard()
            raise
        if envelope is not None:
            raise_for_envelope(envelope, operation=GET_STATEMENT)
            raise FlexFormatError(
                "GetStatement: Success envelope instead of a report", detected="unexpected-root"
            )
        return download.size

    def _retrying(
        self, deadline: Deadline, call: Callable[[], Any], notify: ProgressCallback
    ) -> Any:
        delays = self.policy.delays(self.rng)
        while True:
            try:
                return call()
            except FlexError as error:
                if not is_retryable(error):
                    raise
                wait = next(delays)
                deadline.check(wait, error)
                notify(_waiting(deadline, error, wait))
                self._sleep(wait)


class AsyncFlexClient(_Workflow):
    """Fetch Flex reports with asyncio; same behaviour as FlexClient.

    >>> import asyncio
    >>> from ibkr_webapi.flex.fetch import AsyncFlexClient
    >>> async def main() -> None:
    ...     async with AsyncFlexClient("123456789012345678901234") as client:
    ...         pass  # await client.fetch("123456", "report.xml")
    >>> asyncio.run(main())
    """

    def __init__(
        self,
        token: str,
        *,
        base_url: str = DEFAULT_BASE_URL,
        transport: httpx.AsyncBaseTransport | None = None,
        timeout: httpx.Timeout = DEFAULT_TIMEOUT,
        policy: RetryPolicy | None = None,
        limiter: TokenRateLimiter | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        rng: random.Random | None = None,
        user_agent: str = USER_AGENT,
        limits: Limits | None = None,
    ) -> None:
        super().__init__(
            token,
            base_url=base_url,
            policy=policy or RetryPolicy(),
            limiter=limiter,
            clock=clock,
            rng=rng,
            limits=limits,
        )
        self._timeout = timeout
        self._sleep = sleep
        inner = transport if transport is not None else httpx.AsyncHTTPTransport()
        self._http = httpx.AsyncClient(
            transport=TokenTransport(inner, self.token, self.trusted),
            timeout=timeout,
            headers={"User-Agent": user_agent},
            follow_redirects=False,
        )

    async def __aenter__(self) -> AsyncFlexClient:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._http.aclose()

    async def fetch(
        self,
        query_id: str,
        destination: str | os.PathLike[str],
        *,
        on_progress: ProgressCallback | None = None,
    ) -> FetchResult:
        """SendRequest for ``query_id``, then GetStatement into ``destination``."""
        deadline = self.deadline()
        notify = on_progress or _ignore
        notify(FetchProgress("requesting", deadline.elapsed))
        envelope = await self._retrying(
            deadline, lambda: self.send_request(query_id, deadline), notify
        )
        return await self._poll(envelope, Path(destination), deadline, notify)

    async def send_request(
        self, query_id: str, deadline: Deadline | None = None
    ) -> FlexStatementResponse:
        """One SendRequest; returns the Success envelope or raises the typed error."""
        deadline = deadline or self.deadline()
        await self.limiter.acquire_async(self._sleep)
        try:
            async with self._stream(self.endpoint(SEND_REQUEST), query_id, deadline) as response:
                body = self.envelope_body(response, deadline)
                parts = [body.feed(chunk) async for chunk in bounds.araw_chunks(response)]
                parts.append(body.finish())
        except (httpx.TransportError, BodyError) as error:
            raise self.failure(error, SEND_REQUEST) from None
        content = b"".join(parts)
        return self.accept_send_response(httpx.Response(response.status_code, content=content))

    async def _poll(
        self,
        envelope: FlexStatementResponse,
        destination: Path,
        deadline: Deadline,
        notify: ProgressCallback,
    ) -> FetchResult:
        url = self.statement_url(envelope)
        reference = envelope.reference_code or ""
        deadline.check(self.policy.first_poll, None)
        await self._sleep(self.policy.first_poll)
        attempts = [0]

        async def attempt() -> int:
            attempts[0] += 1
            notify(FetchProgress("downloading", deadline.elapsed, attempts[0]))
            return await self._download(url, reference, destination, deadline)

        size = await self._retrying(deadline, attempt, notify)
        notify(FetchProgress("done", deadline.elapsed, attempts[0], received=size))
        return FetchResult(
            destination, size, reference, attempts[0], deadline.elapsed, _format_of(destination)
        )

    async def _download(
        self, url: httpx.URL, reference: str, destination: Path, deadline: Deadline | None = None
    ) -> int:
        deadline = deadline or self.deadline()
        await self.limiter.acquire_async(self._sleep)
        download = _Download(destination, GET_STATEMENT)
        try:
            async with self._stream(url, reference, deadline) as response:
                check_status(response, GET_STATEMENT)
                body = self.report_body(response, deadline)
                async for chunk in bounds.araw_chunks(response):
                    for piece in body.pieces(chunk):
                        download.feed(piece)
                download.feed(body.finish())
            envelope = download.finish()
        except (httpx.TransportError, BodyError) as error:
            download.discard()
            raise self.failure(error, GET_STATEMENT) from None
        except BaseException:
            download.discard()
            raise
        if envelope is not None:
            raise_for_envelope(envelope, operation=GET_STATEMENT)
            raise FlexFormatError(
                "GetStatement: Success envelope instead of a report", detected="unexpected-root"
            )
        return download.size

    @asynccontextmanager
    async def _stream(
        self, url: httpx.URL, query: str, deadline: Deadline
    ) -> AsyncIterator[httpx.Response]:
        timeout = deadline.timeout(self._timeout)
        params = _params(query)
        async with self._http.stream("GET", url, params=params, timeout=timeout) as response:
            yield response

    async def _retrying(
        self, deadline: Deadline, call: Callable[[], Awaitable[Any]], notify: ProgressCallback
    ) -> Any:
        delays = self.policy.delays(self.rng)
        while True:
            try:
                return await call()
            except FlexError as error:
                if not is_retryable(error):
                    raise
                wait = next(delays)
                deadline.check(wait, error)
                notify(_waiting(deadline, error, wait))
                await self._sleep(wait)


def _params(query: str) -> dict[str, str]:
    return {"q": str(query), "v": "3"}


def _waiting(deadline: Deadline, error: FlexError, wait: float) -> FetchProgress:
    code = getattr(error, "code", None)
    return FetchProgress("waiting", deadline.elapsed, delay=wait, code=code)


def _format_of(path: Path) -> str:
    with path.open("rb") as handle:
        return report_format(handle.read(SNIFF_LIMIT))


def _ignore(progress: FetchProgress) -> None:
    del progress


def _bounded(response: httpx.Response, limit: str, size: int, deadline: Deadline) -> BoundedBody:
    return bounds.response_body(response, limit, size, deadline.bound())

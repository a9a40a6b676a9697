"""The Flex Web Service workflow: SendRequest, then GetStatement until the report is ready.

Version 3, a User-Agent and timeouts on every request. Retryable codes (1001,
1004-1009, 1019, 1021, and 1018 should it happen) are retried with backoff and
jitter under an overall deadline; permanent codes raise their typed error. Each
request first waits on the token's rate limiter (1/s, 10/min). The report is
streamed to a temporary file next to the destination and renamed when complete.

The token is added to the URL by a transport wrapper, below httpx's own logging
and error messages, and only for trusted hosts; it never reaches a log line, an
exception or a repr.
"""

from __future__ import annotations

import asyncio
import os
import random
import tempfile
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Final

import httpx

from ibkr_client.flex import FlexStatementResponse

from .envelope import raise_for_envelope, read_envelope
from .errors import (
    FlexDeadlineExceededError,
    FlexError,
    FlexFormatError,
    FlexRetryableError,
    FlexTransportError,
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
    ) -> None:
        self.token = SecretToken(token)
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

    def finish(self) -> FlexStatementResponse | None:
        """The envelope if the body was one; otherwise move the report into place."""
        if self._file is None:
            if not _looks_like_envelope(self.head):
                self._decide()
                return self.finish()
            envelope = envelope_from_bytes(self.head, self.operation)
            return envelope
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
    ) -> None:
        super().__init__(
            token,
            base_url=base_url,
            policy=policy or RetryPolicy(),
            limiter=limiter,
            clock=clock,
            rng=rng,
        )
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
        deadline = Deadline(self.clock, self.policy.deadline)
        notify = on_progress or _ignore
        notify(FetchProgress("requesting", deadline.elapsed))
        envelope = self._retrying(deadline, lambda: self.send_request(query_id), notify)
        assert envelope.reference_code is not None
        return self._poll(envelope, Path(destination), deadline, notify)

    def send_request(self, query_id: str) -> FlexStatementResponse:
        """One SendRequest; returns the Success envelope or raises the typed error."""
        response = self._get(self.endpoint(SEND_REQUEST), query_id)
        return self.accept_send_response(response)

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
            return self._download(url, reference, destination)

        size = self._retrying(deadline, attempt, notify)
        fmt = _format_of(destination)
        notify(FetchProgress("done", deadline.elapsed, attempts[0], received=size))
        return FetchResult(destination, size, reference, attempts[0], deadline.elapsed, fmt)

    def _download(self, url: httpx.URL, reference: str, destination: Path) -> int:
        self.limiter.acquire(self._sleep)
        download = _Download(destination, GET_STATEMENT)
        try:
            with self._http.stream("GET", url, params=_params(reference)) as response:
                check_status(response, GET_STATEMENT)
                for chunk in response.iter_bytes():
                    download.feed(chunk)
            envelope = download.finish()
        except BaseException:
            download.discard()
            raise
        if envelope is not None:
            raise_for_envelope(envelope, operation=GET_STATEMENT)
            raise FlexFormatError(
                "GetStatement: Success envelope instead of a report", detected="unexpected-root"
            )
        return download.size

    def _get(self, url: httpx.URL, query: str) -> httpx.Response:
        self.limiter.acquire(self._sleep)
        return self._http.get(url, params=_params(query))

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
    ) -> None:
        super().__init__(
            token,
            base_url=base_url,
            policy=policy or RetryPolicy(),
            limiter=limiter,
            clock=clock,
            rng=rng,
        )
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
        deadline = Deadline(self.clock, self.policy.deadline)
        notify = on_progress or _ignore
        notify(FetchProgress("requesting", deadline.elapsed))
        envelope = await self._retrying(deadline, lambda: self.send_request(query_id), notify)
        return await self._poll(envelope, Path(destination), deadline, notify)

    async def send_request(self, query_id: str) -> FlexStatementResponse:
        """One SendRequest; returns the Success envelope or raises the typed error."""
        await self.limiter.acquire_async(self._sleep)
        response = await self._http.get(self.endpoint(SEND_REQUEST), params=_params(query_id))
        return self.accept_send_response(response)

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
            return await self._download(url, reference, destination)

        size = await self._retrying(deadline, attempt, notify)
        notify(FetchProgress("done", deadline.elapsed, attempts[0], received=size))
        return FetchResult(
            destination, size, reference, attempts[0], deadline.elapsed, _format_of(destination)
        )

    async def _download(self, url: httpx.URL, reference: str, destination: Path) -> int:
        await self.limiter.acquire_async(self._sleep)
        download = _Download(destination, GET_STATEMENT)
        try:
            async with self._stream(url, reference) as response:
                check_status(response, GET_STATEMENT)
                async for chunk in response.aiter_bytes():
                    download.feed(chunk)
            envelope = download.finish()
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
    async def _stream(self, url: httpx.URL, reference: str) -> AsyncIterator[httpx.Response]:
        async with self._http.stream("GET", url, params=_params(reference)) as response:
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

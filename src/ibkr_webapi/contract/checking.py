"""`ContractCheckingTransport`: every response through an httpx client checked against the
contract, as it happens. Put it under any httpx client (it wraps the real transport).

Each exchange is checked like a recorded one (`ibkr_webapi.contract.exchange_check`: the
request's parameters and body, the response with `findings.check_response`) and handed to
`report` (by default kept in ``transport.checked``). Bodies are read in full and handed on
unchanged, still encoded, so the client above decodes them as usual. Websocket upgrades pass
through unchecked (frames are checked with `ibkr_webapi.contract.frame_check`). A request
already checked by an outer checking transport is not checked twice.

Example:
    >>> import httpx
    >>> inner = httpx.MockTransport(lambda request: httpx.Response(200, json={"x": 1}))
    >>> transport = ContractCheckingTransport(inner)
    >>> with httpx.Client(transport=transport, base_url="https://localhost:5000/v1/api") as http:
    ...     http.get("/portfolio/accounts").json()
    {'x': 1}
    >>> [(row.operation, row.kind, row.label) for row in transport.violations]
    [('get_portfolio_accounts', 'violation', 'GET /v1/api/portfolio/accounts')]
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import cache
from types import TracebackType

import httpx

from ibkr_webapi.contract.exchange_check import ExchangeChecker
from ibkr_webapi.contract.results import Checked, Row
from ibkr_webapi.contract.traffic.items import HttpExchange, parsed_body

CHECKED = "ibkr_webapi.contract_checked"
"""Request extension set once a checking transport has taken the request."""
Report = Callable[[Checked], None]


@cache
def shared_checker() -> ExchangeChecker:
    """One checker per process: its routes and rules are built once."""
    return ExchangeChecker()


def _request_body(request: httpx.Request) -> bytes | None:
    try:
        return request.content
    except httpx.RequestNotRead:
        return None  # a streamed upload: not kept, not checked


def exchange_of(request: httpx.Request, response: httpx.Response, source: str) -> HttpExchange:
    """The exchange to check, from a response that has been read (its body decoded)."""
    content_type = response.headers.get("content-type", "")
    body, is_json = parsed_body(response.text, content_type)
    return HttpExchange(source, request.method, str(request.url), response.status_code,
                        content_type, body, is_json, request_body=_request_body(request))


def _passes_through(request: httpx.Request) -> bool:
    already = bool(request.extensions.get(CHECKED))
    upgrade = request.headers.get("upgrade", "").lower() == "websocket"
    return already or upgrade


class _Checking:
    """What the sync and async transports share: the report and the findings kept."""

    def __init__(self, report: Report | None, source: str) -> None:
        self.checked: list[Checked] = []
        self._lock = threading.Lock()
        self._report = report or self._keep
        self.source = source

    def _keep(self, checked: Checked) -> None:
        with self._lock:
            self.checked.append(checked)

    @property
    def violations(self) -> list[Row]:
        """The rows that fail a contract run, seen so far (kept findings only)."""
        return [row for item in self.checked for row in item.rows if row.fails(strict=False)]

    def _check(self, request: httpx.Request, response: httpx.Response,
               raw: bytes | None) -> httpx.Response:
        """Check, and hand on a response to read: a fresh one over the raw bytes, or the
        original when an inner transport had already read it (httpx.MockTransport does)."""
        if raw is None:
            self._report(shared_checker().check(exchange_of(request, response, self.source)))
            return response
        fresh = httpx.Response(response.status_code, headers=response.headers,
                               stream=httpx.ByteStream(raw), extensions=response.extensions,
                               request=request)
        probe = httpx.Response(response.status_code, headers=response.headers,
                               stream=httpx.ByteStream(raw))
        probe.read()  # decoded as the client will (gzip and the like undone)
        self._report(shared_checker().check(exchange_of(request, probe, self.source)))
        return fresh


class ContractCheckingTransport(_Checking, httpx.BaseTransport):
    """Checks every exchange through `inner` against the installed contract."""

    def __init__(self, inner: httpx.BaseTransport, *, report: Report | None = None,
                 source: str = "httpx") -> None:
        super().__init__(report, source)
        self.inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if _passes_through(request):
            return self.inner.handle_request(request)
        request.extensions[CHECKED] = True
        response = self.inner.handle_request(request)
        if response.is_stream_consumed:
            return self._check(request, response, None)
        try:
            raw = b"".join(response.iter_raw())
        finally:
            response.close()
        return self._check(request, response, raw)

    def close(self) -> None:
        self.inner.close()


class AsyncContractCheckingTransport(_Checking, httpx.AsyncBaseTransport):
    """The asyncio twin of `ContractCheckingTransport`."""

    def __init__(self, inner: httpx.AsyncBaseTransport, *, report: Report | None = None,
                 source: str = "httpx") -> None:
        super().__init__(report, source)
        self.inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if _passes_through(request):
            return await self.inner.handle_async_request(request)
        request.extensions[CHECKED] = True
        response = await self.inner.handle_async_request(request)
        if response.is_stream_consumed:
            return self._check(request, response, None)
        try:
            raw = b"".join([chunk async for chunk in response.aiter_raw()])
        finally:
            await response.aclose()
        return self._check(request, response, raw)

    async def __aenter__(self) -> AsyncContractCheckingTransport:
        # Some transports only work inside their context (httpx-ws's ASGI websockets).
        await self.inner.__aenter__()
        return self

    async def __aexit__(self, exc_type: type[BaseException] | None = None,
                        exc: BaseException | None = None,
                        traceback: TracebackType | None = None) -> None:
        await self.inner.__aexit__(exc_type, exc, traceback)

    async def aclose(self) -> None:
        await self.inner.aclose()

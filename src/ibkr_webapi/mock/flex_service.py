"""A stateful mock of the Flex Web Service (SendRequest / GetStatement) as a Starlette app.

It behaves like IBKR's service as documented: SendRequest returns a reference
code and the GetStatement address; GetStatement answers 1019 (Warn) for the
first ``polls_before_ready`` polls, then the report. Unknown or expired tokens
get 1015/1012, unknown queries 1014, unknown references 1017, a missing or wrong
version 1020, and more than 1 request per second or 10 per minute per token
1018. Faults can be injected per endpoint and call number.

>>> from ibkr_webapi.mock.flex_service import FlexMockConfig, FlexMockService
>>> service = FlexMockService(FlexMockConfig(tokens={"t0k3n": "valid"}, queries={"42": b"<x/>"}))
>>> sorted(route.path for route in service.app.routes)
['/AccountManagement/FlexWebService/GetStatement', '/AccountManagement/FlexWebService/SendRequest']
"""

from __future__ import annotations

import time
from collections import defaultdict, deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

BASE_PATH = "/AccountManagement/FlexWebService"
MESSAGES = {
    1001: "Statement could not be generated at this time. Please try again shortly.",
    1003: "Statement is not available.",
    1004: "Statement is incomplete at this time. Please try again shortly.",
    1009: "The server is under heavy load. Statement could not be generated at this time. "
    "Please try again shortly.",
    1012: "Token has expired.",
    1014: "Query is invalid.",
    1015: "Token is invalid.",
    1017: "Reference code is invalid.",
    1018: "Too many requests have been made from this token. Please try again shortly.",
    1019: "Statement generation in progress. Please try again shortly.",
    1020: "Invalid request or unable to validate request.",
    1021: "Statement could not be retrieved at this time. Please try again shortly.",
}
WARN_CODES = frozenset({1019})


@dataclass(frozen=True)
class Fault:
    """Answer call number ``on_call`` (1-based, per endpoint; None = every call) differently.

    Give an error ``code``, or an HTTP ``status`` and/or a raw ``body`` (e.g. an HTML page).
    """

    endpoint: str
    on_call: int | None = None
    code: int | None = None
    status: int = 200
    body: bytes | None = None


@dataclass
class FlexMockConfig:
    """Tokens ("valid" or "expired"), queries (id -> report bytes) and behaviour."""

    tokens: Mapping[str, str] = field(default_factory=lambda: {"test-token": "valid"})
    queries: Mapping[str, bytes] = field(default_factory=dict)
    polls_before_ready: int = 2
    url_tag: str = "Url"
    clock: Callable[[], float] = time.monotonic
    per_second: int = 1
    per_minute: int = 10
    faults: list[Fault] = field(default_factory=list)
    reference_start: int = 1234567890


@dataclass
class _Reference:
    query: str
    token: str
    polls: int = 0


class FlexMockService:
    """The mock's state and its Starlette ``app``; ``log`` records (endpoint, answer code)."""

    def __init__(self, config: FlexMockConfig) -> None:
        self.config = config
        self.log: list[tuple[str, int]] = []
        self._references: dict[str, _Reference] = {}
        self._next_reference = config.reference_start
        self._calls: dict[str, int] = defaultdict(int)
        self._recent: dict[str, deque[float]] = defaultdict(deque)
        self.app = Starlette(
            routes=[
                Route(f"{BASE_PATH}/SendRequest", self.send_request, methods=["GET"]),
                Route(f"{BASE_PATH}/GetStatement", self.get_statement, methods=["GET"]),
            ]
        )

    def codes(self, endpoint: str | None = None) -> list[int]:
        """Answer codes so far (0 for a delivered report or a Success), optionally per endpoint."""
        return [code for name, code in self.log if endpoint in (None, name)]

    async def send_request(self, request: Request) -> Response:
        refusal = self._refusal("SendRequest", request)
        if refusal is not None:
            return refusal
        query = request.query_params.get("q", "")
        if query not in self.config.queries:
            return self._error("SendRequest", 1014)
        reference = str(self._next_reference)
        self._next_reference += 1
        self._references[reference] = _Reference(query, request.query_params["t"])
        url = f"{request.base_url}{BASE_PATH.lstrip('/')}/GetStatement"
        tag = self.config.url_tag
        self.log.append(("SendRequest", 0))
        return _xml(
            f"<Status>Success</Status><ReferenceCode>{reference}</ReferenceCode><{tag}>{escape(url)}</{tag}>"
        )

    async def get_statement(self, request: Request) -> Response:
        refusal = self._refusal("GetStatement", request)
        if refusal is not None:
            return refusal
        found = self._references.get(request.query_params.get("q", ""))
        if found is None or found.token != request.query_params["t"]:
            return self._error("GetStatement", 1017)
        if found.polls < self.config.polls_before_ready:
            found.polls += 1
            return self._error("GetStatement", 1019)
        self.log.append(("GetStatement", 0))
        return Response(self.config.queries[found.query], media_type="text/xml")

    def _refusal(self, endpoint: str, request: Request) -> Response | None:
        """The answer when this request is not served normally: fault, version, token, rate."""
        self._calls[endpoint] += 1
        fault = self._fault(endpoint)
        if fault is not None:
            return self._faulty(endpoint, fault)
        params = request.query_params
        if (
            params.get("v") not in ("2", "3")
            or "t" not in params
            or "User-Agent" not in request.headers
        ):
            return self._error(endpoint, 1020)
        if self._too_many(params["t"]):
            return self._error(endpoint, 1018)
        state = self.config.tokens.get(params["t"])
        if state is None:
            return self._error(endpoint, 1015)
        if state == "expired":
            return self._error(endpoint, 1012)
        return None

    def _fault(self, endpoint: str) -> Fault | None:
        call = self._calls[endpoint]
        for fault in self.config.faults:
            if fault.endpoint == endpoint and fault.on_call in (None, call):
                return fault
        return None

    def _faulty(self, endpoint: str, fault: Fault) -> Response:
        if fault.code is not None:
            return self._error(endpoint, fault.code)
        self.log.append((endpoint, -fault.status))
        return Response(fault.body or b"", status_code=fault.status, media_type="text/html")

    def _too_many(self, token: str) -> bool:
        """IBKR's per-token limits: 1 request per second, 10 per minute (every request counts)."""
        now = self.config.clock()
        recent = self._recent[token]
        while recent and recent[0] <= now - 60:
            recent.popleft()
        last_second = sum(1 for moment in recent if moment > now - 1)
        recent.append(now)
        return last_second >= self.config.per_second or len(recent) > self.config.per_minute

    def _error(self, endpoint: str, code: int) -> Response:
        self.log.append((endpoint, code))
        status = "Warn" if code in WARN_CODES else "Fail"
        message = MESSAGES.get(code, "Unknown error.")
        return _xml(
            f"<Status>{status}</Status><ErrorCode>{code}</ErrorCode><ErrorMessage>{message}</ErrorMessage>"
        )


def _xml(children: str) -> Response:
    timestamp = time.strftime("%d %B, %Y %I:%M %p EDT")
    body = (
        f"<FlexStatementResponse timestamp='{timestamp}'>\n{children}\n</FlexStatementResponse>\n"
    )
    return Response(body.encode(), media_type="text/xml")


def create_app(config: FlexMockConfig | None = None) -> Starlette:
    """A ready Starlette app of the mock Flex Web Service."""
    return FlexMockService(config or FlexMockConfig()).app

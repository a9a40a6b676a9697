"""Routes every REST operation of the effective spec under ``/v1/api`` through the gates.

`OperationTable` matches a method and path to an operation (literal segments before
templates, so ``/iserver/account/orders`` never reads as an account id); the router matches
the raw path's segments, each decoded after the split (raw_path.py). `MockRouter` is
the ASGI app behind ``/v1/api``; for each request it:

1. records it and takes the faults that apply (state-changing faults act now);
2. paces it (429, penalty box) and waits out injected latency;
3. answers an injected error, or else serves it: OAuth verification (OAuth mode), the
   session gate, the spec's parameter and body rules, then the handler, called on the event
   loop thread (the world has no locks);
4. truncates or drops the answer if a fault says so.

An operation without a registered handler answers 501 with IBKR's error body.

>>> table = OperationTable.from_spec()
>>> operation, params = table.match("GET", "/portfolio/U1234567/ledger")
>>> operation.operation_id, params
('get_portfolio_ledger', {'accountId': 'U1234567'})
>>> table.match("GET", "/no/such/path") is None
True
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from ibkr_webapi.mock.config import MockConfig
from ibkr_webapi.mock.gates.faults import (
    ACTIONS,
    ANSWERING,
    REPLACING,
    ConnectionDropped,
    Fault,
    FaultPlan,
)
from ibkr_webapi.mock.gates.oauth import OAuthGate
from ibkr_webapi.mock.gates.oauth2 import Answer, OAuth2Gate
from ibkr_webapi.mock.gates.pacing import Paced, Pacer
from ibkr_webapi.mock.gates.session import session_refusal
from ibkr_webapi.mock.handler_api import ApiError, Call, Registry, Reply
from ibkr_webapi.mock.raw_path import path_segments, raw_path
from ibkr_webapi.mock.request_log import RecordedRequest, RequestLog
from ibkr_webapi.mock.request_rules import RequestRules
from ibkr_webapi.mock.responses import (
    fault_response,
    json_response,
    method_not_allowed,
    not_found,
    reply_response,
    truncated,
)
from ibkr_webapi.mock.world import World
from ibkr_webapi.spec import Operation, iter_operations, server_base_path

logger = logging.getLogger("ibkr_webapi.mock")

BASE_PATH = "/v1/api"
ROOT_PREFIXES = ("/gw/api", "/oauth2")
"""Where the OAuth 2.0 and Account Management operations live: at the host's root."""
EXCLUDED_TAGS = frozenset({"flex"})
"""The Flex Web Service has its own server; flex_service.py serves it on its own path."""
_TEMPLATE = re.compile(r"\{([^}]+)\}")
SIGNATURE_FORM = "ibkr_mock.signature_form"
"""Scope key where OAuth verification leaves the signing form that matched."""
PROBLEM_JSON = "application/problem+json"
OAUTH2_ANSWERED = frozenset({"create_oauth2_access_token", "create_sso_session"})


def _relative_segments(scope: Scope, base_path: str = BASE_PATH) -> tuple[str, ...]:
    """The raw path's decoded segments after `base_path`, starting with "" as a path does."""
    return ("", *path_segments(scope)[len(base_path.split("/")):])


def served_at_root(operation: Operation) -> bool:
    """Whether the operation's own server puts it at the host's root (/gw/api, /oauth2)."""
    return server_base_path(operation.path) == ""


TEMPLATE_SEGMENT = "{}"


@dataclass(frozen=True)
class _Route:
    operation: Operation
    segments: tuple[str, ...]
    """The path's segments, ``{}`` where a parameter goes (templates fill whole segments)."""
    names: tuple[str, ...]

    def bind(self, segments: Sequence[str]) -> dict[str, str] | None:
        """The path parameters if `segments` (decoded, one optional trailing ``""`` for a
        trailing slash) fit this route, else None; a parameter is never empty."""
        if len(segments) == len(self.segments) + 1 and segments[-1] == "":
            segments = segments[:-1]
        if len(segments) != len(self.segments):
            return None
        values = []
        for pattern, segment in zip(self.segments, segments, strict=True):
            if pattern == TEMPLATE_SEGMENT and segment:
                values.append(segment)
            elif pattern != segment:
                return None
        return dict(zip(self.names, values, strict=True))


def _compile(operation: Operation) -> _Route:
    names = tuple(_TEMPLATE.findall(operation.path))
    shape = _TEMPLATE.sub(TEMPLATE_SEGMENT, operation.path)
    return _Route(operation, tuple(shape.split("/")), names)


def _specificity(route: _Route) -> tuple[int, ...]:
    return tuple(int(segment == TEMPLATE_SEGMENT) for segment in route.segments)


class OperationTable:
    """Operations by method, most specific path first."""

    def __init__(self, operations: Iterable[Operation]) -> None:
        routes = sorted((_compile(op) for op in operations), key=_specificity)
        self._routes = routes

    @classmethod
    def from_spec(cls, at_root: bool = False) -> OperationTable:
        """The operations under /v1/api, or (`at_root`) those served at the host's root."""
        return cls(op for op in iter_operations()
                   if op.tag not in EXCLUDED_TAGS and served_at_root(op) == at_root)

    @property
    def operations(self) -> list[Operation]:
        return [route.operation for route in self._routes]

    def match(self, method: str, path: str | Sequence[str]
              ) -> tuple[Operation, dict[str, str]] | None:
        """The operation serving METHOD on `path` (relative to /v1/api; a decoded string, or
        the segments of the raw path, each decoded) and its path parameters."""
        segments = path.split("/") if isinstance(path, str) else path
        for route in self._routes:
            if route.operation.method == method:
                params = route.bind(segments)
                if params is not None:
                    return route.operation, params
        return None

    def methods_for(self, path: str | Sequence[str]) -> list[str]:
        """The methods the spec declares for `path` (empty for an unknown path)."""
        segments = path.split("/") if isinstance(path, str) else path
        return sorted({route.operation.method for route in self._routes
                       if route.bind(segments) is not None})


@dataclass
class Gates:
    """The per-server state the router consults; MockServer owns and exposes it."""

    config: MockConfig
    world: World
    handlers: Registry
    faults: FaultPlan
    log: RequestLog
    pacer: Pacer
    oauth: OAuthGate | None
    rules: RequestRules
    oauth2: OAuth2Gate | None = None


def _reached(scope: Scope) -> str | None:
    """The ``host:port`` the client connected to (ASGI ``server``), if the host knows it."""
    server = scope.get("server")
    if not server or server[1] is None:
        return None
    return f"{server[0]}:{server[1]}"


class MockRouter:
    """The ASGI app serving ``/v1/api``; see the module docstring for the order of the gates."""

    def __init__(self, gates: Gates, table: OperationTable | None = None,
                 base_path: str = BASE_PATH) -> None:
        self.gates = gates
        self.table = table or OperationTable.from_spec()
        self.base_path = base_path

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        request = Request(scope, receive)
        content = await request.body()
        relative = _relative_segments(scope, self.base_path)
        found = self.table.match(request.method, relative)
        if found is None:
            allowed = self.table.methods_for(relative)
            response = method_not_allowed(allowed) if allowed else not_found()
            self._record(request, None, response.status_code)
            await response(scope, receive, send)
            return
        operation, params = found
        try:
            response = await self._answer(request, content, operation, params)
        except ConnectionDropped:
            self._record(request, operation.operation_id, None)
            await send({"type": "http.response.start", "status": 200,
                        "headers": [(b"content-length", b"1048576")]})
            raise
        self._record(request, operation.operation_id, response.status_code)
        await response(scope, receive, send)

    def _record(self, request: Request, operation_id: str | None, status: int | None) -> None:
        self.gates.log.record(RecordedRequest(
            request.method, raw_path(request.scope), operation_id, status,
            signature_form=request.scope.get(SIGNATURE_FORM)))
        self.gates.log.identities.record_request(request, operation_id, status)

    async def _answer(self, request: Request, content: bytes, operation: Operation,
                      params: dict[str, str]) -> Response:
        faults = self.gates.faults.take(operation.operation_id)
        for fault in faults:
            if fault.kind in ACTIONS:
                self._act(fault)
        release = None
        if self.gates.config.pacing:
            client = request.client.host if request.client else "unknown"
            try:
                release = self.gates.pacer.admit(client, operation)
            except Paced as paced:
                logger.warning("429 to %s for %s: %s", client, operation.operation_id,
                               paced.limit)
                return json_response(ApiError(429, str(paced)))
        try:
            return await self._faulty_or_served(request, content, operation, params, faults)
        finally:
            if release is not None:
                release()

    async def _faulty_or_served(self, request: Request, content: bytes, operation: Operation,
                                params: dict[str, str], faults: list[Fault]) -> Response:
        for fault in faults:
            if fault.kind == "latency":
                await asyncio.sleep(fault.seconds)
        answering = next((fault for fault in faults if fault.kind in ANSWERING), None)
        if answering is None:
            return self._serve(request, content, operation, params)
        if answering.kind == "drop" and answering.when == "before":
            raise ConnectionDropped()
        if answering.kind in REPLACING and answering.kind != "drop":
            return fault_response(answering)
        response = self._serve(request, content, operation, params)
        if answering.kind == "drop":
            raise ConnectionDropped()
        return truncated(response)

    def _act(self, fault: Fault) -> None:
        gates = self.gates
        if fault.kind == "expire_token" and gates.oauth is not None:
            gates.oauth.verifier.expire_live_session_tokens()
        elif fault.kind == "expire_token" and gates.oauth2 is not None:
            gates.oauth2.expire_tokens()
        elif fault.kind == "compete":
            gates.world.session.start_competing()
        elif fault.kind == "expire_session":
            gates.world.session.expire()

    def _serve(self, request: Request, content: bytes, operation: Operation,
               params: dict[str, str]) -> Response:
        """Verification, session, request rules and the handler: all synchronous."""
        gates, session = self.gates, self.gates.world.session
        headers = {name.lower(): value for name, value in request.headers.items()}
        if gates.oauth is not None:
            # The signature covers the URL as sent: an encoded "/" must stay encoded.
            signed_url = str(request.url.replace(path=raw_path(request.scope)))
            verdict = gates.oauth.verify(request.method, signed_url, headers, content,
                                         reached=_reached(request.scope))
            request.scope[SIGNATURE_FORM] = verdict.signature_form
            if not verdict.ok:
                return json_response(ApiError(verdict.status, "", body=verdict.body))
            if operation.tag == "oauth":
                session.oauth_answer = (verdict.status, verdict.body)
        if gates.oauth2 is not None:
            refused = self._oauth2(request, content, operation, headers)
            if refused is not None:
                return refused
        try:
            return reply_response(self._handle(operation, params, dict(request.query_params),
                                               content, headers))
        except ApiError as error:
            if served_at_root(operation):
                return problem_response(error.status, error.body)
            return json_response(error)
        finally:
            session.oauth_answer = None

    def _oauth2(self, request: Request, content: bytes, operation: Operation,
                headers: dict[str, str]) -> Response | None:
        """The OAuth 2.0 gate: the token and SSO answers, bearer and signed-body checks."""
        gate = self.gates.oauth2
        assert gate is not None
        path = raw_path(request.scope)
        if operation.operation_id == "create_oauth2_access_token":
            answer = gate.token(str(request.url.replace(query="")), headers, content)
        elif operation.operation_id == "create_sso_session":
            answer = gate.sso_session(headers, content)
        else:
            answer = gate.check_bearer(path, headers)
            if answer.ok and _takes_signed_jwt(operation):
                answer = gate.signed_body_refusal(content) or answer
        if not answer.ok:
            return _answer_response(answer)
        if operation.operation_id in OAUTH2_ANSWERED:
            self.gates.world.session.oauth_answer = (answer.status, answer.body)
        return None

    def _handle(self, operation: Operation, params: dict[str, str], query: dict[str, str],
                content: bytes, headers: dict[str, Any]) -> Reply:
        gates = self.gates
        refusal = session_refusal(operation, gates.world.session)
        if refusal is not None:
            raise refusal
        gates.rules.check_parameters(operation, params, query)
        body = gates.rules.body(operation, content)
        handler = gates.handlers.get(operation.operation_id)
        if handler is None:
            raise ApiError(501, f"{operation.operation_id} is not implemented by the mock")
        return handler(Call(operation, params, query, body, headers, gates.world))


def _takes_signed_jwt(operation: Operation) -> bool:
    body = operation.definition.get("requestBody") or {}
    return "application/jwt" in body.get("content", {})


def problem_response(status: int, body: Any) -> Response:
    """An error of a /gw/api or /oauth2 operation, as Problem Details (RFC 9457)."""
    if isinstance(body, dict) and "title" in body:
        problem = body
    else:
        detail = body.get("error") if isinstance(body, dict) else None
        problem = {"type": "/simple", "title": _title(status), "status": status,
                   "detail": str(detail or _title(status))}
    return reply_response(Reply(problem, status, media_type=PROBLEM_JSON))


def _answer_response(answer: Answer) -> Response:
    if answer.problem:
        return problem_response(answer.status, answer.body)
    return reply_response(Reply(answer.body, answer.status))


def _title(status: int) -> str:
    from http import HTTPStatus

    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"

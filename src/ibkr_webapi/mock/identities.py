"""The mock as referee when several clients share it: requests and 429s per IBKR identity.

IBKR paces per identity, so a test running several processes against one mock counts what
each identity sent and how often it was refused. The identity of a request is its OAuth
consumer key and access token when it is signed, its Gateway session cookie when it has one,
and otherwise the client's address (what IBKR's penalty box keys on).

``GET /mock/identities`` serves the counts as JSON, for a mock run by ``ibkr-webapi mock serve``
in another process.

>>> counts = IdentityCounts()
>>> counts.record("address:127.0.0.1", "tickle", 200)
>>> counts.record("address:127.0.0.1", "tickle", 429)
>>> counts.snapshot()
{'address:127.0.0.1': {'requests': 2, 'too_many_requests': 1, 'operations': {'tickle': 2}}}
"""

from __future__ import annotations

import re
import threading
from collections import Counter
from collections.abc import Mapping
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

PATH = "/mock/identities"
_OAUTH_FIELD = re.compile(r'oauth_(consumer_key|token)="([^"]*)"')
_SESSION_COOKIES = ("api", "x-sess-uuid")


def identity_of(headers: Mapping[str, str], cookies: Mapping[str, str],
                address: str | None) -> str:
    """Which identity a request speaks for (see the module docstring).

    >>> identity_of({"authorization": 'OAuth oauth_consumer_key="K", oauth_token="T"'}, {},
    ...             "127.0.0.1")
    'oauth:K:T'
    >>> identity_of({}, {}, "127.0.0.1")
    'address:127.0.0.1'
    """
    fields = dict(_OAUTH_FIELD.findall(headers.get("authorization", "")))
    if "consumer_key" in fields:
        return f"oauth:{fields['consumer_key']}:{fields.get('token', '')}"
    for name in _SESSION_COOKIES:
        if cookies.get(name):
            return f"cookie:{name}:{cookies[name]}"
    return f"address:{address or 'unknown'}"


class IdentityCounts:
    """Requests and 429 answers per identity; safe to share between threads."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._counts: dict[str, Counter[str]] = {}
        self._operations: dict[str, Counter[str]] = {}

    def record(self, identity: str, operation_id: str | None, status: int | None) -> None:
        with self._lock:
            counts = self._counts.setdefault(identity, Counter(requests=0,
                                                               too_many_requests=0))
            counts["requests"] += 1
            counts["too_many_requests"] += status == 429
            self._operations.setdefault(identity, Counter())[operation_id or "unknown"] += 1

    def snapshot(self) -> dict[str, dict[str, Any]]:
        """Per identity: requests, too_many_requests (429s) and requests per operation."""
        with self._lock:
            return {identity: {**counts, "operations": dict(self._operations[identity])}
                    for identity, counts in self._counts.items()}

    def record_request(self, request: Request, operation_id: str | None,
                       status: int | None) -> None:
        """Count one answered request of the mock's REST API."""
        address = request.client.host if request.client else None
        self.record(identity_of(request.headers, request.cookies, address), operation_id,
                    status)

    def route(self) -> Route:
        """``GET /mock/identities``: the counts as JSON."""

        async def serve(request: Request) -> JSONResponse:
            return JSONResponse(self.snapshot())

        return Route(PATH, serve, methods=["GET"])

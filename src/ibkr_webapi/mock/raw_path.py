"""The request path as the client sent it, split into segments before percent-decoding.

A real server's router splits the raw path on ``/`` and only then decodes each segment, so a
path parameter holding ``%2F`` or a control character stays one segment. Starlette routes on
the decoded path (and its ``{path:path}`` pattern stops at a newline), so the mock routes
`/v1/api` with `RawPrefixRoute` and matches operations on `path_segments`.

>>> scope = {"type": "http", "path": "/v1/api/fyi/a/b", "raw_path": b"/v1/api/fyi/a%2Fb?x=1"}
>>> path_segments(scope)
('', 'v1', 'api', 'fyi', 'a/b')
>>> raw_path(scope)
'/v1/api/fyi/a%2Fb'
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote, unquote

from starlette.datastructures import URLPath
from starlette.routing import BaseRoute, Match, NoMatchFound
from starlette.types import ASGIApp, Receive, Scope, Send


def raw_path(scope: Scope) -> str:
    """The percent-encoded path (no query); ASGI makes ``raw_path`` optional, so without it
    the decoded path is re-encoded (an encoded ``/`` is then lost, as it was to the server)."""
    raw = scope.get("raw_path")
    if raw is None:
        return quote(str(scope["path"]))
    return bytes(raw).split(b"?", 1)[0].decode("latin-1")


def path_segments(scope: Scope) -> tuple[str, ...]:
    """The path's segments, each percent-decoded after the split."""
    return tuple(unquote(segment) for segment in raw_path(scope).split("/"))


class RawPrefixRoute(BaseRoute):
    """Hands every HTTP request whose raw path starts with ``prefix/`` to `app`.

    >>> route = RawPrefixRoute("/v1/api", app=None)  # type: ignore[arg-type]
    >>> route.matches({"type": "http", "path": "/v1/api/x\\n", "raw_path": b"/v1/api/x%0A"})[0]
    <Match.FULL: 2>
    >>> route.matches({"type": "http", "path": "/other", "raw_path": b"/other"})[0]
    <Match.NONE: 0>
    """

    def __init__(self, prefix: str, app: ASGIApp) -> None:
        self.prefix = prefix.rstrip("/") + "/"
        self.app = app

    def matches(self, scope: Scope) -> tuple[Match, Scope]:
        if scope["type"] == "http" and raw_path(scope).startswith(self.prefix):
            return Match.FULL, {}
        return Match.NONE, {}

    def url_path_for(self, name: str, /, **path_params: Any) -> URLPath:
        raise NoMatchFound(name, path_params)

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self.app(scope, receive, send)

"""Which operation of the effective spec a request is, from its method and URL path.

Requests that do not come from the facade's own methods (the session keeper's tickles, an
auth plugin's token requests, your own ``client.http.get(...)``) are paced and logged too, so
the transport recognises them by their path. Literal segments win over path parameters.

>>> router = OperationRouter("/v1/api")
>>> router.operation_of("GET", "/v1/api/portfolio/DU1234567/positions/0")
'get_portfolio_positions'
>>> router.operation_of("GET", "/v1/api/iserver/account/orders")
'get_live_orders'
>>> router.operation_of("GET", "/gw/api/v1/accounts/U1234567/status")
'get_account_status'
>>> router.operation_of("GET", "/elsewhere") is None
True
"""

from __future__ import annotations

import re
from collections import defaultdict

from ibkr_webapi import spec

_PARAMETER = re.compile(r"\{[^/}]+\}")
_CACHE_LIMIT = 4096


def _pattern(path: str) -> re.Pattern[str]:
    parts = _PARAMETER.split(path)
    return re.compile("[^/]+".join(re.escape(part) for part in parts) + "/?")


def _specificity(path: str) -> tuple[int, int]:
    # More literal segments first, then longer literal text.
    literals = [segment for segment in path.split("/") if segment and "{" not in segment]
    return -len(literals), -sum(map(len, literals))


class OperationRouter:
    """Maps (method, URL path) to an operationId; `base_path` is the API root's path."""

    def __init__(self, base_path: str = "") -> None:
        self.base_path = base_path.rstrip("/")
        routes: dict[str, list[tuple[str, re.Pattern[str]]]] = defaultdict(list)
        rooted: dict[str, list[tuple[str, re.Pattern[str]]]] = defaultdict(list)
        for operation in sorted(spec.iter_operations(), key=lambda op: _specificity(op.path)):
            table = rooted if spec.server_base_path(operation.path) == "" else routes
            table[operation.method].append((operation.operation_id, _pattern(operation.path)))
        self._routes = dict(routes)
        self._rooted = dict(rooted)
        """OAuth 2.0 and Account Management: matched on the whole path (host root)."""
        self._cache: dict[tuple[str, str], str | None] = {}

    def operation_of(self, method: str, path: str) -> str | None:
        """The operationId, or None when no operation of the spec matches."""
        key = (method, path)
        try:
            return self._cache[key]
        except KeyError:
            pass
        found = self._match(method, path)
        if len(self._cache) >= _CACHE_LIMIT:
            self._cache.clear()
        self._cache[key] = found
        return found

    def _match(self, method: str, path: str) -> str | None:
        for operation_id, pattern in self._rooted.get(method.upper(), ()):
            if pattern.fullmatch(path):
                return operation_id
        if not path.startswith(self.base_path):
            return None
        relative = path[len(self.base_path):]
        for operation_id, pattern in self._routes.get(method.upper(), ()):
            if pattern.fullmatch(relative):
                return operation_id
        return None

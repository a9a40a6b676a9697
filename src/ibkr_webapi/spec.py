"""The effective OpenAPI spec as installed with the generated client.

`nox -s generate` copies generated/openapi.json into the ``ibkr_client`` package, so the
runtime (pacing limits, retry rules) and the mock server (its routes) read the same contract
the client was generated from, never a hand-copied table.

>>> spec = effective_spec()
>>> spec["openapi"].startswith("3.")
True
>>> operation("get_brokerage_accounts").path
'/iserver/accounts'
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

HTTP_METHODS = ("get", "put", "post", "delete", "patch")


@dataclass(frozen=True)
class Operation:
    """One operation of the effective spec, keyed by its operationId."""

    operation_id: str
    method: str
    path: str
    tag: str
    definition: Mapping[str, Any]

    @property
    def pointer(self) -> str:
        """The JSON pointer of the operation inside its spec, e.g. ``/paths/~1tickle/post``."""
        escaped = self.path.replace("~", "~0").replace("/", "~1")
        return f"/paths/{escaped}/{self.method.lower()}"

    @property
    def rate_limit(self) -> Mapping[str, Any] | None:
        """The operation's ``x-ibkr-rate-limit`` (requests, per_seconds, ...), if it has one."""
        limit = self.definition.get("x-ibkr-rate-limit")
        return limit if isinstance(limit, Mapping) else None


@cache
def effective_spec() -> Mapping[str, Any]:
    """The effective spec (bundled + overlays), loaded once from the installed package."""
    text = resources.files("ibkr_client").joinpath("openapi.json").read_text(encoding="utf-8")
    document: dict[str, Any] = json.loads(text)
    return document


def iter_operations(document: Mapping[str, Any] | None = None) -> Iterator[Operation]:
    """Every operation of `document` (default: the effective spec), in document order."""
    spec = effective_spec() if document is None else document
    for path, item in spec.get("paths", {}).items():
        for method in HTTP_METHODS:
            definition = item.get(method)
            if definition is not None:
                tag = (definition.get("tags") or ["default"])[0]
                yield Operation(definition["operationId"], method.upper(), path, tag, definition)


@cache
def server_base_path(path: str) -> str | None:
    """The URL path of the servers a path item declares for itself (e.g. ``""`` for the
    Account Management paths, served at the host's root), or None when it uses the root
    document's servers (``/v1/api``).

    >>> server_base_path("/gw/api/v1/accounts"), server_base_path("/tickle")
    ('', None)
    """
    from urllib.parse import urlsplit

    servers = effective_spec().get("paths", {}).get(path, {}).get("servers")
    if not servers:
        return None
    return str(urlsplit(servers[0]["url"]).path).rstrip("/")


def at_host_root(operation_id: str) -> bool:
    """Whether the operation is served at the host's root (OAuth 2.0, Account Management)
    rather than under the trading base path.

    >>> at_host_root("get_account_status"), at_host_root("tickle")
    (True, False)
    """
    return server_base_path(operation(operation_id).path) == ""


@cache
def _operations_by_id() -> Mapping[str, Operation]:
    return {operation.operation_id: operation for operation in iter_operations()}


def operation(operation_id: str) -> Operation:
    """The operation with this operationId; KeyError names it when the spec has none."""
    try:
        return _operations_by_id()[operation_id]
    except KeyError:
        raise KeyError(f"no operation {operation_id!r} in the effective spec") from None

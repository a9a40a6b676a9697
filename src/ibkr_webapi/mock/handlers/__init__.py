"""Every domain handler of the mock, by operationId, merged from one module per spec tag.

Each ``handlers/<tag>.py`` exports ``HANDLERS: Registry``. Two modules registering the same
operationId is a programming error, reported when this package is imported.

>>> "init_brokerage_session" in HANDLERS and "get_live_session_token" in HANDLERS
True
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable

from ibkr_webapi.mock.handler_api import Registry

MODULES = (
    "session", "oauth", "accounts", "portfolio", "alerts", "fa_allocation", "watchlists",
    "orders", "order_monitoring", "portfolio_analyst", "contract", "event_contracts",
    "market_data", "scanner", "fyi", "oauth2", "account_management",
    "account_management_banking", "fa_models",
)


class DuplicateHandlerError(Exception):
    """Two handler modules register the same operationId."""


def merge(registries: Iterable[tuple[str, Registry]]) -> Registry:
    """One registry from (module name, registry) pairs; duplicates raise.

    >>> merge([("a", {"x": print}), ("b", {"x": print})])
    Traceback (most recent call last):
    ...
    ibkr_webapi.mock.handlers.DuplicateHandlerError: 'x' is registered by both a and b
    """
    merged: Registry = {}
    owners: dict[str, str] = {}
    for module, registry in registries:
        for operation_id, handler in registry.items():
            if operation_id in merged:
                raise DuplicateHandlerError(
                    f"{operation_id!r} is registered by both {owners[operation_id]} and {module}")
            merged[operation_id] = handler
            owners[operation_id] = module
    return merged


HANDLERS: Registry = merge(
    (name, importlib.import_module(f"{__name__}.{name}").HANDLERS) for name in MODULES)

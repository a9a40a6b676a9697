"""Helpers shared by the framework tests: concrete URLs for spec operations, stub handlers."""

from __future__ import annotations

import re
from typing import Any

from ibkr_webapi.mock.app import MockServer
from ibkr_webapi.mock.handler_api import Call, Handler, Reply
from ibkr_webapi.spec import Operation

ISERVER_PROBE = "get_brokerage_accounts"
"""A plain /iserver GET used to probe the session gate."""


def concrete_path(operation: Operation, value: str = "1") -> str:
    """The operation's path with every template variable replaced by `value`."""
    return re.sub(r"\{[^}]+\}", value, operation.path)


def stub(body: Any) -> Handler:
    """A handler answering `body`, to test the framework without a domain handler."""

    def handler(call: Call) -> Reply:
        return Reply(body)

    return handler


def with_handlers(server: MockServer, **handlers: Handler) -> MockServer:
    """Serve these operations with the given handlers (the rest unchanged)."""
    server.gates.handlers = {**server.gates.handlers, **handlers}
    return server

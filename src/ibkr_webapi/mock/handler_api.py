"""The contract between the mock's router and its domain handlers.

The router (routing.py) matches a request to an operation of the effective spec, runs the
session, OAuth, pacing and fault gates, then calls the handler registered for that
operationId with a `Call`. A handler is a plain synchronous function of the `Call`: it
reads and mutates `call.world` and returns a `Reply`, or raises `ApiError` for IBKR's error
answers. Handlers run on the event loop thread, one at a time, so the world needs no locks.

>>> from ibkr_webapi.mock.handler_api import ApiError, Reply
>>> Reply({"ok": True}).status
200
>>> ApiError(400, "conid is required").body
{'error': 'conid is required', 'statusCode': 400}
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ibkr_webapi.spec import Operation

if TYPE_CHECKING:
    from ibkr_webapi.mock.world import World


@dataclass(frozen=True)
class Call:
    """One request, as a handler sees it."""

    operation: Operation
    path_params: Mapping[str, str]
    query: Mapping[str, str]
    """Query parameters; a repeated key keeps its last value (IBKR joins lists with commas)."""
    body: Any
    """The JSON body, parsed; None when there is none."""
    headers: Mapping[str, str]
    world: World

    def param(self, name: str, default: str | None = None) -> str | None:
        """A path parameter, else a query parameter, else `default`."""
        return self.path_params.get(name, self.query.get(name, default))


@dataclass(frozen=True)
class Reply:
    """A JSON answer. `body` must conform to the operation's response schema for `status`."""

    body: Any
    status: int = 200
    headers: Mapping[str, str] = field(default_factory=dict)
    media_type: str = "application/json"


class ApiError(Exception):
    """An error answer in IBKR's shape: ``{"error": message, "statusCode": status}``."""

    def __init__(self, status: int, message: str, body: Any = None) -> None:
        super().__init__(f"{status}: {message}")
        self.status = status
        self.body = body if body is not None else {"error": message, "statusCode": status}


Handler = Callable[[Call], Reply]
"""A domain handler: pure function of the call and the world."""

Registry = dict[str, Handler]
"""operationId -> handler; each handlers/<tag>.py exports ``HANDLERS: Registry``."""

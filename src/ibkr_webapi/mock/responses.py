"""The HTTP answers the mock builds: handler replies, IBKR's error bodies, fault answers.

>>> json_response(ApiError(429, "Too many requests")).body
b'{"error":"Too many requests","statusCode":429}'
>>> truncated(Response(b"0123456789")).body
b'01234'
"""

from __future__ import annotations

import json
from http import HTTPStatus
from typing import Any

from starlette.responses import Response

from ibkr_webapi.mock.gates.faults import HTML_ERROR_PAGE, PLAIN_TEXT_ERROR, Fault
from ibkr_webapi.mock.handler_api import ApiError, Reply

JSON = "application/json"
RESOURCE_NOT_FOUND = "<html><body><h1>Resource not found</h1></body></html>"
"""What IBKR answers (404, text/html) for a path it does not serve."""


def encode_json(body: Any) -> bytes:
    """Compact JSON, as IBKR sends it; NaN and infinities are refused."""
    return json.dumps(body, separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode()


def reply_response(reply: Reply) -> Response:
    """A handler's Reply: JSON unless it names another media type (then bytes or text)."""
    if reply.media_type == JSON or reply.media_type.endswith("+json"):
        content = encode_json(reply.body)
    elif isinstance(reply.body, bytes):
        content = reply.body
    else:
        content = str(reply.body).encode()
    return Response(content, reply.status, headers=dict(reply.headers),
                    media_type=reply.media_type)


def json_response(error: ApiError) -> Response:
    """An error in IBKR's JSON shape."""
    return reply_response(Reply(error.body, error.status))


def not_found() -> Response:
    return Response(RESOURCE_NOT_FOUND, 404, media_type="text/html")


def method_not_allowed(allowed: list[str]) -> Response:
    response = json_response(ApiError(405, "Method Not Allowed"))
    response.headers["Allow"] = ", ".join(allowed)
    return response


def fault_response(fault: Fault) -> Response:
    """The answer of a ``status``, ``html`` or ``text`` fault."""
    if fault.kind == "html":
        return Response(fault.body or HTML_ERROR_PAGE, fault.status, media_type="text/html")
    if fault.kind == "text":
        return Response(fault.body or PLAIN_TEXT_ERROR, fault.status, media_type="text/plain")
    message = fault.body or _phrase(fault.status)
    return json_response(ApiError(fault.status, message))


def truncated(response: Response) -> Response:
    """The same answer with only the first half of its body (a well-formed HTTP message)."""
    body = bytes(response.body)
    return Response(body[: len(body) // 2], response.status_code, media_type=response.media_type)


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"

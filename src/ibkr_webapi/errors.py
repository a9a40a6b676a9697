"""One typed hierarchy for everything the facade raises.

Every error names the operation (its operationId), the HTTP status (None when no response came
back) and IBKR's own message, cleaned: HTML stripped, secrets redacted, account ids masked.
The response body itself is never kept, so no error can carry a secret.

::

    IbkrError
    ├── AuthenticationError
    │   ├── NoBridgeError            brokerage session not opened (ssodh/init not called)
    │   ├── NotAuthenticatedError    no session, expired login, bad OAuth signature
    │   └── CompetingSessionError    another session (TWS, mobile, a browser) took over
    ├── RateLimitedError             HTTP 429 (IBKR's penalty box)
    ├── NotFoundError                HTTP 404, or IBKR's 503 "... is not found"
    ├── ValidationError              HTTP 400 / 422: the request was refused as invalid
    ├── ServerError                  HTTP 5xx
    ├── UnexpectedResponseError      HTML or text body, wrong content type, body off-schema
    │   └── ResponseTooLargeError    the body passed a size limit (names the setting)
    ├── ConnectionFailedError        no response: connection refused or dropped, timeout,
    │                                or the call's deadline passed while the body trickled in
    ├── StoreUnavailableError        the shared pacing or session store (Redis) is unreachable
    ├── InvalidRequestError          the request could not be built (nothing was sent)
    └── OrderQuestionError           an order question the policy does not answer "yes"

The generated functions raise ``ibkr_client.errors.UnexpectedStatus`` and
``UnexpectedResponse``; the facade turns them into the classes above (`error_from_response`)
and chains the original as ``__cause__``.

>>> error = error_from_response("get_portfolio_positions", 404, b"<h1>Resource not found</h1>",
...                             "text/html")
>>> error
NotFoundError('get_portfolio_positions: HTTP 404 not found: Resource not found')
>>> error.operation, error.status_code, error.ibkr_message
('get_portfolio_positions', 404, 'Resource not found')
"""

from __future__ import annotations

import json
from typing import Any

from ibkr_auth.errors import PicklableError
from ibkr_client.types import loads_json
from ibkr_webapi.masking import safe_text


class IbkrError(PicklableError):
    """Base class: `operation`, `status_code` (None without a response), `ibkr_message`."""

    summary = "failed"

    def __init__(self, operation: str, status_code: int | None, ibkr_message: str = "",
                 detail: str | None = None) -> None:
        self.operation = operation
        self.status_code = status_code
        self.ibkr_message = safe_text(ibkr_message)
        status = "no response" if status_code is None else f"HTTP {status_code}"
        text = f"{operation}: {status} {safe_text(detail) if detail else self.summary}"
        super().__init__(f"{text}: {self.ibkr_message}" if self.ibkr_message else text)


class AuthenticationError(IbkrError):
    """The session is not usable: log in, open the brokerage session, or renew credentials."""

    summary = "authentication failed"


class NoBridgeError(AuthenticationError):
    """IBKR's "no bridge": the brokerage session was not opened (POST /iserver/auth/ssodh/init)."""

    summary = "no brokerage session (no bridge)"


class NotAuthenticatedError(AuthenticationError):
    """No valid session: logged out, expired, or credentials refused."""

    summary = "not authenticated"


class CompetingSessionError(AuthenticationError):
    """Another session for the same user is active and took the brokerage session."""

    summary = "competing session"


class RateLimitedError(IbkrError):
    """HTTP 429. `retry_after` is how long the limiter now waits before the next request."""

    summary = "rate limited"

    def __init__(self, operation: str, status_code: int | None, ibkr_message: str = "",
                 detail: str | None = None, retry_after: float | None = None) -> None:
        self.retry_after = retry_after
        super().__init__(operation, status_code, ibkr_message, detail)


class NotFoundError(IbkrError):
    """The resource (path, order, contract, alert...) does not exist."""

    summary = "not found"


class ValidationError(IbkrError):
    """IBKR refused the request's content."""

    summary = "invalid request"


class ServerError(IbkrError):
    """IBKR failed (5xx)."""

    summary = "server error"


class UnexpectedResponseError(IbkrError):
    """A response the spec does not allow: an HTML page or a text body, the wrong content
    type, or a JSON body that fails the operation's schema. `reason` says which."""

    summary = "unexpected response"

    def __init__(self, operation: str, status_code: int | None, ibkr_message: str = "",
                 detail: str | None = None) -> None:
        self.reason = detail or self.summary
        super().__init__(operation, status_code, ibkr_message, detail)


class ResponseTooLargeError(UnexpectedResponseError):
    """The response body grew past a size limit; `limit` names the setting (e.g.
    ``max_response_size``) and `size` its value in bytes. Reading stopped there.

    >>> str(ResponseTooLargeError("get_portfolio_accounts", 200, "max_response_size", 10))
    'get_portfolio_accounts: HTTP 200 the body exceeds max_response_size (10 bytes)'
    """

    def __init__(self, operation: str, status_code: int | None, limit: str, size: int) -> None:
        self.limit = limit
        self.size = size
        super().__init__(operation, status_code, "",
                         f"the body exceeds {limit} ({size} bytes)")


class InvalidRequestError(IbkrError):
    """The request could not be built from the arguments (a NaN or infinite number in a
    JSON body, a URL too long for HTTP, an empty path parameter); nothing was sent."""

    summary = "invalid request (not sent)"


class ConnectionFailedError(IbkrError):
    """No response arrived (connection refused or dropped, timeout), after any retries."""

    summary = "no response"


class StoreUnavailableError(IbkrError):
    """The shared store (Redis) holding the pacing schedule or the session state could not be
    reached, and the settings say to fail rather than fall back to this process's memory.
    Nothing was sent to IBKR."""

    summary = "shared store unavailable"


class OrderQuestionError(IbkrError):
    """An order question was left unanswered or answered "stop" by the policy.

    `message_ids` are IBKR's question ids (e.g. ``["o163"]``) and `question` its text, so the
    policy can be extended deliberately. Nothing was transmitted for this order.
    """

    summary = "order question not confirmed"

    def __init__(self, operation: str, question: str, message_ids: tuple[str, ...]) -> None:
        self.question = safe_text(question, limit=1000)
        self.message_ids = message_ids
        super().__init__(operation, 200, self.question,
                         detail=f"order question {', '.join(message_ids) or '(no id)'} "
                         "not confirmed by the policy")


_AUTH_BY_WORDS: tuple[tuple[str, type[AuthenticationError]], ...] = (
    ("no bridge", NoBridgeError),
    ("competing", CompetingSessionError),
    ("init session first", NoBridgeError),
)


def ibkr_message(content: bytes, content_type: str) -> str:
    """IBKR's message from an error body: the JSON ``error`` (or ``message``) value, the
    ``detail`` (or ``title``) of Problem Details (Account Management), else the text of an
    HTML or plain body.

    >>> ibkr_message(b'{"error": "not authenticated", "statusCode": 401}', "application/json")
    'not authenticated'
    >>> ibkr_message(b'{"title": "Bad Request", "status": 400, "detail": "no such account"}',
    ...              "application/problem+json")
    'no such account'
    """
    text = content.decode("utf-8", errors="replace")
    body = _json_or_none(text) if "json" in content_type or text.startswith("{") else None
    if isinstance(body, dict):
        value = next((body[key] for key in ("error", "message", "detail", "title")
                      if body.get(key) is not None), None)
        if value is not None:
            return value if isinstance(value, str) else json.dumps(value)
    return text


def _json_or_none(text: str) -> Any:
    # The generated parsers' own strict decoder: deep nesting or NaN is "does not parse".
    try:
        return loads_json(text)
    except ValueError:
        return None


def _authentication_error(message: str) -> type[AuthenticationError]:
    lowered = message.lower()
    for words, error_class in _AUTH_BY_WORDS:
        if words in lowered:
            return error_class
    return NotAuthenticatedError


def error_class_for(status_code: int, message: str) -> type[IbkrError]:
    """The class for an error status, refined by IBKR's message.

    >>> error_class_for(400, "Bad Request: no bridge").__name__
    'NoBridgeError'
    >>> error_class_for(503, "Order 1 is not found").__name__
    'NotFoundError'
    """
    lowered = message.lower()
    if status_code == 401 or any(words in lowered for words, _ in _AUTH_BY_WORDS):
        return _authentication_error(message)
    if status_code == 429:
        return RateLimitedError
    if status_code == 404 or (status_code >= 500 and "not found" in lowered):
        return NotFoundError
    if status_code in (400, 409, 422):
        return ValidationError
    if status_code >= 500:
        return ServerError
    return UnexpectedResponseError


def unexpected_body_reason(content: bytes, content_type: str) -> str:
    """Why a success response could not be parsed, in words.

    >>> unexpected_body_reason(b"<html></html>", "text/html")
    'an HTML page instead of JSON'
    """
    if "html" in content_type or content.lstrip()[:1] == b"<":
        return "an HTML page instead of JSON"
    if "json" not in content_type:
        shown = content_type or "no content type"
        return f"a text body instead of JSON ({shown})"
    if _json_or_none(content.decode("utf-8", errors="replace")) is None:
        return "a JSON body that does not parse (truncated?)"
    return "a body that does not match the spec's schema"


def error_from_response(operation: str, status_code: int, content: bytes,
                        content_type: str, cause: Exception | None = None) -> IbkrError:
    """The typed error for a response the facade cannot return as a model; `cause` is what
    the generated parser raised, if it raised."""
    message = ibkr_message(content, content_type)
    if 200 <= status_code < 300:
        reason = unexpected_body_reason(content, content_type)
        if cause is not None:
            reason += f" ({type(cause).__name__}: {cause})"
        return UnexpectedResponseError(operation, status_code, message, reason)
    return error_class_for(status_code, message)(operation, status_code, message)


__all__ = [
    "AuthenticationError",
    "CompetingSessionError",
    "ConnectionFailedError",
    "IbkrError",
    "InvalidRequestError",
    "NoBridgeError",
    "NotAuthenticatedError",
    "NotFoundError",
    "OrderQuestionError",
    "RateLimitedError",
    "ResponseTooLargeError",
    "ServerError",
    "UnexpectedResponseError",
    "ValidationError",
    "error_class_for",
    "error_from_response",
    "ibkr_message",
]

"""Errors raised by the generated API functions instead of returning a silent None."""

from typing import Any

import httpx

BODY_EXCERPT_LIMIT = 200


def _rebuild(
    cls: type[Exception], args: tuple[Any, ...], state: dict[str, Any]
) -> Exception:
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


def _excerpt(response: httpx.Response) -> str:
    text = response.content[:BODY_EXCERPT_LIMIT].decode("utf-8", errors="replace")
    return text + ("..." if len(response.content) > BODY_EXCERPT_LIMIT else "")


class ApiResponseError(Exception):
    """Base of the errors a generated API function raises about a response.

    It names the operation, the HTTP status and what was wrong, and keeps the whole body in
    `content`. The message quotes at most the first 200 bytes of the body and never any request
    header, so credentials cannot leak into it.
    """

    def __init__(self, operation: str, response: httpx.Response, reason: str) -> None:
        self.operation = operation
        self.status_code = response.status_code
        self.content = response.content
        self.content_type = response.headers.get("content-type", "")
        self.reason = reason
        super().__init__(
            f"{operation}: HTTP {self.status_code} {reason}; body: {_excerpt(response)!r}"
        )

    def __reduce__(self) -> tuple[Any, ...]:
        # Rebuilt from its state: the constructor takes a response, which is not kept, so an
        # error raised in a worker process crosses back to the parent intact.
        return (_rebuild, (type(self), self.args, dict(self.__dict__)))


class UnexpectedStatus(ApiResponseError):
    """The server answered with a status code the spec does not declare for the operation."""

    def __init__(self, operation: str, response: httpx.Response) -> None:
        super().__init__(operation, response, "is not a status the spec declares")


class UnexpectedResponse(ApiResponseError):
    """A declared status came with a body that does not parse into the declared model."""

    def __init__(
        self, operation: str, response: httpx.Response, cause: Exception
    ) -> None:
        self.cause = cause
        super().__init__(
            operation,
            response,
            f"body does not match the spec ({type(cause).__name__}: {cause})",
        )


__all__ = ["ApiResponseError", "UnexpectedResponse", "UnexpectedStatus"]

"""The runners behind the grouped operations: send, classify, retry what is safe.

`SyncRunner` and `AsyncRunner` implement the ``Runner`` protocols of the generated
``ibkr_client.grouped`` module. A call returns the parsed 2xx model; anything else becomes one
of the typed errors of `ibkr_webapi.errors`. Safe operations are retried by the
`RetryPolicy` (see `ibkr_webapi.retries`). Retrying happens here, above the auth plugin, so
each attempt is signed afresh; the plugin itself renews its session once after a 401 (OAuth
live session token, Gateway brokerage session), which the runner does not repeat.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from functools import cache
from typing import TypeVar

import httpx

from ibkr_auth.errors import AuthError
from ibkr_client import Client as GeneratedClient
from ibkr_client.errors import ApiResponseError, UnexpectedResponse
from ibkr_client.types import Response
from ibkr_webapi import spec
from ibkr_webapi.errors import (
    ConnectionFailedError,
    IbkrError,
    InvalidRequestError,
    NotAuthenticatedError,
    RateLimitedError,
    UnexpectedResponseError,
    error_from_response,
)
from ibkr_webapi.limits import Deadline, call_deadline
from ibkr_webapi.pacing import Limiter
from ibkr_webapi.retries import RetryPolicy

logger = logging.getLogger("ibkr_webapi")

R = TypeVar("R")

_MAYBE_SENT = ("; it may have reached IBKR, which this request is never sent twice for: check "
               "before sending it again")


@cache
def declared_media_types(operation: str) -> frozenset[str]:
    """The media types the spec declares for the operation's 2xx responses."""
    document = spec.effective_spec()
    found: set[str] = set()
    for status, answer in spec.operation(operation).definition["responses"].items():
        if status.startswith("2"):
            if "$ref" in answer:
                answer = document["components"]["responses"][answer["$ref"].rsplit("/", 1)[1]]
            found.update(answer.get("content", {}))
    return frozenset(found)


def _wrong_content_type(operation: str, content_type: str) -> bool:
    # A missing content type is tolerated: IBKR sends none on some answers (e.g. /logout).
    media_type = content_type.split(";", 1)[0].strip().lower()
    declared = declared_media_types(operation)
    return bool(media_type and declared) and media_type not in declared


def parsed_or_error(operation: str, response: Response[R]) -> R:
    """The parsed body of a 2xx response in a declared media type; the typed error for
    anything else."""
    content_type = response.headers.get("content-type", "")
    if 200 <= response.status_code < 300:
        if not _wrong_content_type(operation, content_type):
            return response.parsed
        raise UnexpectedResponseError(
            operation, response.status_code, "", f"wrong content type {content_type!r}, the "
            f"spec declares {', '.join(sorted(declared_media_types(operation)))}")
    raise error_from_response(operation, response.status_code, response.content, content_type)


def error_from_exception(operation: str, exception: Exception, retryable: bool) -> IbkrError:
    """The typed error for what a generated function or httpx raised. The original is not
    chained: the generated errors quote the body, which may hold a session id."""
    if isinstance(exception, IbkrError):  # raised by the transport (limits, deadline, pacing)
        return exception
    if isinstance(exception, _UNBUILDABLE):
        # httpx refuses NaN in a JSON body (ValueError) and an over-long URL (InvalidURL);
        # the generated code refuses an empty path parameter. Either way nothing was sent.
        return InvalidRequestError(operation, None, detail=f"invalid request, not sent "
                                   f"({type(exception).__name__}: {exception})")
    if isinstance(exception, ApiResponseError):
        cause = exception.cause if isinstance(exception, UnexpectedResponse) else None
        return error_from_response(operation, exception.status_code, exception.content,
                                   exception.content_type, cause)
    if isinstance(exception, AuthError):
        return NotAuthenticatedError(operation, getattr(exception, "status_code", None),
                                     str(exception))
    detail = type(exception).__name__ + ("" if retryable else _MAYBE_SENT)
    return ConnectionFailedError(operation, None, detail=detail)


_UNBUILDABLE = (ValueError, httpx.InvalidURL)
_FAILURES = (ApiResponseError, httpx.TransportError, AuthError, IbkrError, *_UNBUILDABLE)


class _Retrying:
    """What both runners share: the retry decision and its log line."""

    def __init__(self, client: GeneratedClient, policy: RetryPolicy, limiter: Limiter,
                 clock: Callable[[], float], root_client: GeneratedClient | None = None) -> None:
        self.client = client
        self.root_client = root_client
        self.policy = policy
        self.limiter = limiter
        self.clock = clock

    def client_for(self, operation: str) -> GeneratedClient:
        """The generated client whose base URL the operation's paths are relative to: the
        host's root for OAuth 2.0 and Account Management (/gw/api), else the trading one."""
        if self.root_client is not None and spec.at_host_root(operation):
            return self.root_client
        return self.client

    def retry_delay(self, operation: str, error: IbkrError, attempt: int,
                    started: float) -> float | None:
        held_for = self.limiter.held_for()
        if isinstance(error, RateLimitedError):
            error.retry_after = held_for
        delay = self.policy.delay_before_retry(operation, error, attempt,
                                               self.clock() - started, held_for)
        if delay is not None:
            logger.warning("retry: %s attempt %d of %d failed (%s); trying again in %.2f s",
                           operation, attempt, self.policy.attempts, type(error).__name__, delay)
        return delay


class SyncRunner(_Retrying):
    """Runs operations on a sync generated client (``ibkr_client.grouped.Runner``)."""

    def __init__(self, client: GeneratedClient, policy: RetryPolicy, limiter: Limiter, *,
                 clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep,
                 root_client: GeneratedClient | None = None) -> None:
        super().__init__(client, policy, limiter, clock, root_client)
        self._sleep = sleep

    def run(self, operation: str, send: Callable[[GeneratedClient], Response[R]]) -> R:
        with call_deadline(Deadline.after(self.policy.deadline, self.clock)):
            return self._run(operation, send)

    def _run(self, operation: str, send: Callable[[GeneratedClient], Response[R]]) -> R:
        started, attempt = self.clock(), 0
        while True:
            attempt += 1
            try:
                response = send(self.client_for(operation))
            except _FAILURES as exception:
                error = error_from_exception(operation, exception,
                                             self.policy.may_retry(operation))
            else:
                try:
                    return parsed_or_error(operation, response)
                except IbkrError as raised:
                    error = raised
            delay = self.retry_delay(operation, error, attempt, started)
            if delay is None:
                raise error
            self._sleep(delay)


class AsyncRunner(_Retrying):
    """Runs operations on an async generated client (``ibkr_client.grouped.AsyncRunner``)."""

    def __init__(self, client: GeneratedClient, policy: RetryPolicy, limiter: Limiter, *,
                 clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
                 root_client: GeneratedClient | None = None) -> None:
        super().__init__(client, policy, limiter, clock, root_client)
        self._sleep = sleep

    async def run(self, operation: str,
                  send: Callable[[GeneratedClient], Awaitable[Response[R]]]) -> R:
        with call_deadline(Deadline.after(self.policy.deadline, self.clock)):
            return await self._run(operation, send)

    async def _run(self, operation: str,
                   send: Callable[[GeneratedClient], Awaitable[Response[R]]]) -> R:
        started, attempt = self.clock(), 0
        while True:
            attempt += 1
            try:
                response = await send(self.client_for(operation))
            except _FAILURES as exception:
                error = error_from_exception(operation, exception,
                                             self.policy.may_retry(operation))
            else:
                try:
                    return parsed_or_error(operation, response)
                except IbkrError as raised:
                    error = raised
            delay = self.retry_delay(operation, error, attempt, started)
            if delay is None:
                raise error
            await self._sleep(delay)

"""Typed errors of the Flex parser and the Flex Web Service workflow.

Two families: FlexParseError for input that is not a usable report, and
FlexServiceError for the error codes of the Flex Web Service (one class per
permanent code, retryable codes grouped). No message ever contains the token.
"""

from __future__ import annotations

from typing import ClassVar

from ibkr_auth.errors import PicklableError
from ibkr_client.flex import FlexStatementResponse


class FlexError(PicklableError):
    """Base of every error raised by ibkr_webapi.flex."""


# --------------------------------------------------------------------------- input problems


class FlexParseError(FlexError):
    """The input is not a Flex report we can read."""


class FlexFormatError(FlexParseError):
    """Not Flex XML: a CSV or HTML body, plain text, nothing, or broken XML.

    ``detected`` names what was found: "csv", "html", "text", "empty", "malformed-xml",
    or "unexpected-root".
    """

    def __init__(self, message: str, *, detected: str) -> None:
        super().__init__(message)
        self.detected = detected


class FlexUnsafeXmlError(FlexParseError):
    """The XML declares a DTD or entities; Flex never does, so it is refused (XXE, expansion)."""


class FlexAmbiguousDateError(FlexParseError):
    """Slash dates whose day and month cannot be told apart, and no date_format was given."""

    def __init__(self, value: str) -> None:
        super().__init__(
            f"cannot tell dd/MM from MM/dd: {value!r} and every other slash date in this file "
            "have day and month <= 12; pass date_format='dd/MM/yyyy' or 'MM/dd/yyyy' "
            "(or configure the Flex query to yyyyMMdd)"
        )
        self.value = value


class FlexSchemaError(FlexParseError):
    """Strict mode: the document does not validate against the Flex XSD."""

    def __init__(self, errors: tuple[str, ...]) -> None:
        shown = "; ".join(errors[:5])
        more = f" (and {len(errors) - 5} more)" if len(errors) > 5 else ""
        super().__init__(f"{len(errors)} schema error(s): {shown}{more}")
        self.errors = errors


class FlexNotAReportError(FlexParseError):
    """A Success envelope (SendRequest's acknowledgement) was given where a report was expected."""

    def __init__(self, message: str, *, envelope: FlexStatementResponse) -> None:
        super().__init__(message)
        self.envelope = envelope


# --------------------------------------------------------------------------- service error codes


class FlexServiceError(FlexError):
    """The Flex Web Service answered with an error code (Fail or Warn)."""

    retryable: ClassVar[bool] = False
    advice: ClassVar[str] = ""
    """What the user can do about it, appended to the message."""

    def __init__(self, code: int, server_message: str, *, operation: str | None = None) -> None:
        where = f"{operation}: " if operation else ""
        advice = f" {self.advice}" if self.advice else ""
        super().__init__(f"{where}Flex error {code}: {server_message}{advice}")
        self.code = code
        self.server_message = server_message
        self.operation = operation


class FlexRetryableError(FlexServiceError):
    """A code that says "try again shortly"; the fetch workflow retries these."""

    retryable = True


class FlexGenerationInProgressError(FlexRetryableError):
    """1019: the statement is still being generated."""


class FlexRateLimitedError(FlexRetryableError):
    """1018: too many requests for this token (1/s, 10/min)."""


class FlexServerBusyError(FlexRetryableError):
    """1001, 1009, 1021: the server could not generate or deliver the statement now."""


class FlexDataNotReadyError(FlexRetryableError):
    """1004-1008: statement, settlement or P/L data is not ready yet."""


class FlexPermanentError(FlexServiceError):
    """A code that will not go away by retrying; also used for codes we do not know."""


class FlexStatementNotAvailableError(FlexPermanentError):
    """1003: statement is not available."""


class FlexLegacyQueryError(FlexPermanentError):
    """1010: legacy Flex queries are no longer supported."""


class FlexAccountInactiveError(FlexPermanentError):
    """1011: service account is inactive."""


class FlexTokenError(FlexPermanentError):
    """The token cannot be used (expired or invalid); the message says how to get a new one."""

    advice = (
        "Get a new token: Client Portal > Performance & Reports > Flex Queries > "
        "Flex Web Service Configuration (the gear icon), enable the service, copy the "
        "Current Token (or generate a new one), and set it where this program reads it "
        "(IBKR_FLEX_TOKEN for the CLI). A new token can take a while to become active."
    )


class FlexTokenExpiredError(FlexTokenError):
    """1012: token has expired; generate a new one in Client Portal."""


class FlexTokenInvalidError(FlexTokenError):
    """1015: token is invalid."""


class FlexIpRestrictionError(FlexPermanentError):
    """1013: the token is restricted to another IP address."""


class FlexQueryInvalidError(FlexPermanentError):
    """1014: query is invalid."""


class FlexAccountInvalidError(FlexPermanentError):
    """1016: account is invalid."""


class FlexReferenceCodeInvalidError(FlexPermanentError):
    """1017: reference code is invalid."""


class FlexInvalidRequestError(FlexPermanentError):
    """1020: invalid request or unable to validate request."""


ERROR_CLASSES: dict[int, type[FlexServiceError]] = {
    1001: FlexServerBusyError,
    1003: FlexStatementNotAvailableError,
    **dict.fromkeys(range(1004, 1009), FlexDataNotReadyError),
    1009: FlexServerBusyError,
    1010: FlexLegacyQueryError,
    1011: FlexAccountInactiveError,
    1012: FlexTokenExpiredError,
    1013: FlexIpRestrictionError,
    1014: FlexQueryInvalidError,
    1015: FlexTokenInvalidError,
    1016: FlexAccountInvalidError,
    1017: FlexReferenceCodeInvalidError,
    1018: FlexRateLimitedError,
    1019: FlexGenerationInProgressError,
    1020: FlexInvalidRequestError,
    1021: FlexServerBusyError,
}
"""Every documented error code and its class."""


def error_for(code: int, server_message: str, *, operation: str | None = None) -> FlexServiceError:
    """The typed error for a Flex error code; unknown codes are permanent.

    >>> error_for(1012, "Token has expired.")  # doctest: +ELLIPSIS
    FlexTokenExpiredError('Flex error 1012: Token has expired. Get a new token: Client Portal >...')
    """
    cls = ERROR_CLASSES.get(code, FlexPermanentError)
    return cls(code, server_message, operation=operation)


# --------------------------------------------------------------------------- transport


class FlexTransportError(FlexError):
    """HTTP failed (network, timeout, unexpected status). The message never holds the token."""

    def __init__(self, message: str, *, status: int | None = None, retryable: bool) -> None:
        super().__init__(message)
        self.status = status
        self.retryable = retryable


class FlexLimitError(FlexError):
    """A body grew past a size limit; ``limit`` names it (``max_flex_report_size`` for a
    report, ``max_flex_envelope_size`` for an envelope) and ``size`` is its value in bytes.
    Nothing was saved."""

    def __init__(self, message: str, *, limit: str, size: int) -> None:
        super().__init__(message)
        self.limit = limit
        self.size = size


class FlexDeadlineExceededError(FlexError):
    """The overall deadline passed while waiting or retrying; ``last_error`` says why."""

    def __init__(self, message: str, *, last_error: FlexError | None) -> None:
        super().__init__(message)
        self.last_error = last_error

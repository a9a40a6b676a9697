"""IBKR Flex: parse reports (streaming, typed, tolerant) and fetch them from the Flex Web Service.

>>> from ibkr_webapi import flex
>>> report = flex.parse("/work/shared/flex-samples/gs_TestForCoding.xml")
>>> report.statement.account_id, len(report.statement.cash_report), bool(report.drift)
('U1234567', 5, False)
"""

from .dates import DATE_FORMATS
from .drift import SchemaDrift
from .envelope import parse_envelope, raise_for_envelope
from .errors import (
    FlexAccountInactiveError,
    FlexAccountInvalidError,
    FlexAmbiguousDateError,
    FlexDataNotReadyError,
    FlexDeadlineExceededError,
    FlexError,
    FlexFormatError,
    FlexGenerationInProgressError,
    FlexInvalidRequestError,
    FlexIpRestrictionError,
    FlexLegacyQueryError,
    FlexNotAReportError,
    FlexParseError,
    FlexPermanentError,
    FlexQueryInvalidError,
    FlexRateLimitedError,
    FlexReferenceCodeInvalidError,
    FlexRetryableError,
    FlexSchemaError,
    FlexServerBusyError,
    FlexServiceError,
    FlexStatementNotAvailableError,
    FlexTokenError,
    FlexTokenExpiredError,
    FlexTokenInvalidError,
    FlexTransportError,
    FlexUnsafeXmlError,
    error_for,
)
from .export import row_to_dict, section_dicts, to_dataframes, to_dicts
from .fetch import AsyncFlexClient, FetchProgress, FetchResult, FlexClient
from .limiter import TokenRateLimiter
from .parser import EntryStream, FlexEntry, RowStream, iter_entries, iter_rows
from .policy import RetryPolicy
from .report import FlexReport, parse

__all__ = [
    "DATE_FORMATS",
    "AsyncFlexClient",
    "EntryStream",
    "FetchProgress",
    "FetchResult",
    "FlexAccountInactiveError",
    "FlexAccountInvalidError",
    "FlexAmbiguousDateError",
    "FlexClient",
    "FlexDataNotReadyError",
    "FlexDeadlineExceededError",
    "FlexEntry",
    "FlexError",
    "FlexFormatError",
    "FlexGenerationInProgressError",
    "FlexInvalidRequestError",
    "FlexIpRestrictionError",
    "FlexLegacyQueryError",
    "FlexNotAReportError",
    "FlexParseError",
    "FlexPermanentError",
    "FlexQueryInvalidError",
    "FlexRateLimitedError",
    "FlexReferenceCodeInvalidError",
    "FlexReport",
    "FlexRetryableError",
    "FlexSchemaError",
    "FlexServerBusyError",
    "FlexServiceError",
    "FlexStatementNotAvailableError",
    "FlexTokenError",
    "FlexTokenExpiredError",
    "FlexTokenInvalidError",
    "FlexTransportError",
    "FlexUnsafeXmlError",
    "RetryPolicy",
    "RowStream",
    "SchemaDrift",
    "TokenRateLimiter",
    "error_for",
    "iter_entries",
    "iter_rows",
    "parse",
    "parse_envelope",
    "raise_for_envelope",
    "row_to_dict",
    "section_dicts",
    "to_dataframes",
    "to_dicts",
]

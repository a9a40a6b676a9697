"""IBKR Flex: parse reports (streaming, typed, tolerant) and fetch them from the Flex Web Service.

Reports are XML or CSV (told from the content; CSV headings map to the XSD's attribute
names through spec/flex/csv-columns.yaml), and give the same typed rows either way. Each
field has one Python type, its XSD type's: dateTime fields are naive ``datetime`` (the
wall-clock time as written; a zone the text states is kept beside, in
``FlexReport.time_zones``; a date-only value is midnight and counted in the drift
summary), date fields are ``date``, and "N/A", "-", "--" are None. ``sync`` stores a
query's rows in SQLite, each row once (ibkr_webapi.flex.sync).

>>> from ibkr_webapi import flex
>>> xml = b'<FlexQueryResponse><FlexStatements count="1"><FlexStatement accountId="U1">'
>>> xml += b'<CashReport><CashReportCurrency currency="USD" endingCash="1,000.5" newCol="x"/>'
>>> report = flex.parse(xml + b"</CashReport></FlexStatement></FlexStatements></FlexQueryResponse>")
>>> report.statement.cash_report[0].ending_cash, report.drift.summary()
(Decimal('1000.5'), 'unknown attributes: CashReportCurrency.newCol (1)')
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
    FlexLimitError,
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
from .sync import SyncError, SyncResult, store, sync

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
    "FlexLimitError",
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
    "SyncError",
    "SyncResult",
    "TokenRateLimiter",
    "error_for",
    "iter_entries",
    "iter_rows",
    "parse",
    "parse_envelope",
    "raise_for_envelope",
    "row_to_dict",
    "section_dicts",
    "store",
    "sync",
    "to_dataframes",
    "to_dicts",
]

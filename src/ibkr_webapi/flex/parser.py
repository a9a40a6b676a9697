"""Streaming Flex parser: rows are typed and handed out as the bytes are read.

The bytes are fed to a hardened expat parser in 64 KiB chunks; its target
(ibkr_webapi.flex.target) turns start tags into typed rows. After each chunk the
rows it produced are handed out and forgotten, so memory stays flat whatever the
file size. ``Collection`` keeps them all instead, for ``parse``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import NamedTuple, NoReturn

from ibkr_client.flex import FlexQueryResponse, FlexRow, FlexStatement

from .csv_target import CsvTarget
from .dates import day_first_from_format, detect_day_first
from .drift import SchemaDrift
from .envelope import raise_for_envelope, read_envelope
from .errors import FlexFormatError, FlexNotAReportError
from .fastxml import FastFeeder, ShapeWatch, plain_shape
from .gc_pause import gc_paused
from .source import (
    ENVELOPE_ROOT,
    REPORT_ROOT,
    Input,
    Source,
    csv_delimiter,
    feed_all,
    root_element,
    safe_parser,
)
from .target import Mark, ParseSession, ReportTarget, runs

_DONE = object()


class FlexEntry(NamedTuple):
    """A row with its context: the statement header (no sections) and the section tag."""

    statement: FlexStatement
    section: str
    row: FlexRow


class _Stream:
    """Shared part of the streams: the source, the session, and batches of parsed rows."""

    def __init__(self, source: Source, date_format: str | None, strict: bool) -> None:
        self._input = Input(source)
        try:
            self.session, delimiter, self._plain = _open_session(self._input, date_format, strict)
        except BaseException:
            self._input.close()
            raise
        self.format = "csv" if delimiter else "xml"
        self._target: ReportTarget | CsvTarget = (
            CsvTarget(self.session, delimiter) if delimiter else ReportTarget(self.session)
        )

    @property
    def drift(self) -> SchemaDrift:
        """What the report had that the contract does not know; complete once exhausted."""
        return self.session.drift

    @property
    def response(self) -> FlexQueryResponse:
        """Header of the report (query name, type); statements are not attached here."""
        return self.session.response

    @property
    def statements(self) -> list[FlexStatement]:
        """Statement headers seen so far, in document order."""
        return self.session.statements

    @property
    def time_zones(self) -> Counter[str]:
        """Zones the datetimes stated (values are naive wall-clock time, as written)."""
        return self.session.time_zones

    def _feed(self) -> Iterator[None]:
        """Feed the whole source to the target, pausing after each chunk (or CSV batch)."""
        target = self._target
        try:
            if isinstance(target, CsvTarget):
                yield from target.run(self._input.chunks())
            elif self._plain:
                yield from FastFeeder(target).run(self._input.chunks())
            else:
                yield from feed_all(safe_parser(target), self._input.chunks())
        finally:
            self._input.close()

    def _batches(self) -> Iterator[tuple[list[FlexRow], list[Mark]]]:
        """After each fed chunk: the rows it produced and their marks (valid until resumed).

        The collector is paused while a batch is built (as ``parse`` does for the whole
        report, see gc_pause) and runs while the caller holds the rows.
        """
        target = self._target
        feed = self._feed()
        while True:
            with gc_paused(promote=False):
                if next(feed, _DONE) is _DONE:
                    return
            if target.rows:
                yield target.rows, target.marks
                target.next_batch()


class Collection(_Stream):
    """A whole report read at once: ``rows`` in document order, grouped by ``marks``."""

    def __init__(
        self, source: Source, *, date_format: str | None = None, strict: bool = False
    ) -> None:
        super().__init__(source, date_format, strict)
        for _ in self._feed():
            pass
        self.rows = self._target.rows
        self.marks = self._target.marks


class EntryStream(_Stream, Iterator[FlexEntry]):
    """Streams FlexEntry objects; ``drift``, ``response`` and ``statements`` fill as it goes.

    >>> xml = b'<FlexQueryResponse><FlexStatements count="1"><FlexStatement accountId="U9">'
    >>> xml += b'<Trades><Trade symbol="X"/></Trades></FlexStatement></FlexStatements>'
    >>> stream = iter_entries(xml + b"</FlexQueryResponse>")
    >>> first = next(stream)
    >>> first.section, type(first.row).__name__, first.statement.account_id
    ('Trades', 'Trade', 'U9')
    """

    def __init__(
        self, source: Source, *, date_format: str | None = None, strict: bool = False
    ) -> None:
        super().__init__(source, date_format, strict)
        self._entries = self._generate()

    def __iter__(self) -> Iterator[FlexEntry]:
        return self._entries

    def __next__(self) -> FlexEntry:
        return next(self._entries)

    def _generate(self) -> Iterator[FlexEntry]:
        for rows, marks in self._batches():
            for (_, statement, section), run in runs(rows, marks):
                for row in run:
                    yield FlexEntry(statement, section, row)


class RowStream(_Stream, Iterator[FlexRow]):
    """Streams typed rows; ``drift`` is complete once the stream is exhausted."""

    def __init__(
        self, source: Source, *, date_format: str | None = None, strict: bool = False
    ) -> None:
        super().__init__(source, date_format, strict)
        self._rows = self._generate()

    def __iter__(self) -> Iterator[FlexRow]:
        # The generator itself, so a for loop pays no extra Python call per row.
        return self._rows

    def __next__(self) -> FlexRow:
        return next(self._rows)

    def _generate(self) -> Iterator[FlexRow]:
        for rows, _ in self._batches():
            yield from rows


def _open_session(
    data: Input, date_format: str | None, strict: bool
) -> tuple[ParseSession, str | None, bool]:
    """The session, the CSV delimiter (None for XML: the format is told by content), and
    whether an XML report has the plain shape of the fast path (fastxml)."""
    head = data.head()
    delimiter = csv_delimiter(head) if not head.lstrip().startswith(b"<") else None
    if delimiter is None:
        root = root_element(head)
        if root != REPORT_ROOT:
            _raise_for_non_report(data, root)
        if strict:
            from .strict import validate

            validate(data)
    watch = ShapeWatch()
    day_first = day_first_from_format(date_format)
    if day_first is None:  # one pass finds the order and checks the shape
        day_first = detect_day_first(watch.watch(data.chunks()), csv=delimiter is not None)
    plain = delimiter is None and (watch.plain if watch.complete else plain_shape(data.chunks()))
    return ParseSession(day_first), delimiter, plain


def _raise_for_non_report(data: Input, root: str) -> NoReturn:
    if root != ENVELOPE_ROOT:
        raise FlexFormatError(
            f"unexpected root element <{root}>; expected <{REPORT_ROOT}>",
            detected="unexpected-root",
        )
    envelope = read_envelope(data)
    raise_for_envelope(envelope, operation="parse")
    raise FlexNotAReportError(
        f"a {envelope.status} envelope with reference code {envelope.reference_code}: this is "
        "SendRequest's answer, not a report; fetch the report with GetStatement",
        envelope=envelope,
    )


def iter_entries(
    source: Source, *, date_format: str | None = None, strict: bool = False
) -> EntryStream:
    """Stream every row of a Flex report (XML or CSV) with its statement header and section.

    Args:
        source: a path, the bytes, or a binary file object; XML or CSV, told by content.
        date_format: the query's date format when it has dd/MM or MM/dd dates that cannot be
            detected (see ibkr_webapi.flex.dates); None detects it per file.
        strict: validate an XML report against the Flex XSD before parsing (needs
            xmlschema); a CSV report has no schema to validate against, so it is ignored.

    >>> from ibkr_webapi.flex import iter_entries
    >>> xml = b'<FlexQueryResponse><FlexStatements count="1"><FlexStatement accountId="U1">'
    >>> xml += b'<Trades><Trade symbol="AAPL" quantity="100"/></Trades></FlexStatement>'
    >>> xml += b'</FlexStatements></FlexQueryResponse>'
    >>> [(e.section, e.row.symbol, e.row.quantity) for e in iter_entries(xml)]
    [('Trades', 'AAPL', Decimal('100'))]
    """
    return EntryStream(source, date_format=date_format, strict=strict)


def iter_rows(source: Source, *, date_format: str | None = None, strict: bool = False) -> RowStream:
    """Stream the typed rows of a Flex report; memory stays flat for any file size.

    The returned stream has a ``drift`` summary, complete once the stream is exhausted.
    Errors in the input (CSV, HTML, an error envelope) are raised by this call.

    >>> from ibkr_webapi.flex import iter_rows
    >>> from ibkr_client.flex import Trade
    >>> xml = b'<FlexQueryResponse><FlexStatements count="1"><FlexStatement accountId="U1">'
    >>> xml += b'<Trades><Trade cusip="037833100" tradeDate="20230829"/></Trades></FlexStatement>'
    >>> xml += b'</FlexStatements></FlexQueryResponse>'
    >>> [(row.cusip, row.trade_date) for row in iter_rows(xml) if isinstance(row, Trade)]
    [('037833100', datetime.date(2023, 8, 29))]
    """
    return RowStream(source, date_format=date_format, strict=strict)

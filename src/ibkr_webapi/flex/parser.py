"""Streaming Flex parser: rows are typed and handed out as the bytes are read.

An lxml push parser calls ``ReportTarget.start`` for every element; no tree is
built. Rows are collected per fed chunk (64 KiB) and yielded, so memory stays
flat whatever the file size. The structure is found by tag, not by depth:
FlexQueryResponse > FlexStatements > FlexStatement > section > rows, where a
section's direct children (or those of a wrapper like FxLots) are rows.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Mapping
from types import MappingProxyType
from typing import Any, NamedTuple, NoReturn

from ibkr_client.flex import (
    RESPONSE_FIELDS,
    ROW_SPECS,
    SECTIONS,
    STATEMENT_FIELDS,
    STATEMENTS_FIELDS,
    FieldSpec,
    FlexQueryResponse,
    FlexRow,
    FlexStatement,
    SectionSpec,
    UnknownRow,
)

from .dates import day_first_from_format, detect_day_first
from .drift import SchemaDrift
from .envelope import raise_for_envelope, read_envelope
from .errors import FlexFormatError, FlexNotAReportError
from .rows import Converters, RowBuilder
from .source import (
    ENVELOPE_ROOT,
    REPORT_ROOT,
    Input,
    RefuseDoctype,
    Source,
    feed_all,
    root_element,
    safe_parser,
)
from .values import InvalidValue

STATEMENT_TAG = "FlexStatement"
STATEMENTS_TAG = "FlexStatements"


class FlexEntry(NamedTuple):
    """A row with its context: the statement header (no sections) and the section tag."""

    statement: FlexStatement
    section: str
    row: FlexRow


class ParseSession:
    """State of one parse: converters, drift, builders and the headers seen so far."""

    def __init__(self, day_first: bool | None) -> None:
        self.drift = SchemaDrift()
        self.day_first = day_first
        self.converters = Converters(day_first, self.drift)
        self._builders: dict[str, RowBuilder] = {}
        self.response = FlexQueryResponse()
        self.statements: list[FlexStatement] = []

    def build_row(self, section: str, tag: str, attrib: Mapping[str, str]) -> FlexRow:
        builder = self._builders.get(tag)
        if builder is None:
            spec = ROW_SPECS.get(tag)
            if spec is None:
                self.drift.unknown_row(section, tag)
                return UnknownRow(tag, MappingProxyType(dict(attrib)))
            builder = self._builders[tag] = RowBuilder(spec, self.converters)
        return builder.build(attrib)

    def header(
        self, owner: str, specs: tuple[FieldSpec, ...], attrib: Mapping[str, str]
    ) -> dict[str, Any]:
        """Typed keyword arguments for a header record; unknown attributes under ``extra``."""
        by_name = {spec.xml_name: spec for spec in specs}
        values: dict[str, Any] = {}
        extra: dict[str, str] = {}
        for name, raw in attrib.items():
            spec = by_name.get(name)
            if spec is None:
                extra[name] = raw
                self.drift.unknown_attribute(owner, name)
                continue
            try:
                values[spec.py_name] = self.converters.convert(owner, spec, raw)
            except InvalidValue:
                extra[name] = raw
                self.drift.invalid_value(owner, name, raw)
        if extra:
            values["extra"] = MappingProxyType(extra)
        return values


class ReportTarget(RefuseDoctype):
    """lxml parser target that turns start tags into FlexEntry objects."""

    def __init__(self, session: ParseSession) -> None:
        self.session = session
        self.entries: list[FlexEntry] = []
        self._depth = 0
        self._statement_depth = -1
        self._statement = FlexStatement()
        self._section = ""
        self._section_spec: SectionSpec | None = None

    def start(self, tag: str, attrib: dict[str, str]) -> None:
        depth = self._depth
        self._depth = depth + 1
        statement_depth = self._statement_depth
        if statement_depth < 0:
            self._outside_statement(tag, attrib)
        elif depth > statement_depth + 1:
            self._in_section(tag, attrib)
        else:
            self._section_start(tag, attrib)

    def end(self, tag: str) -> None:
        self._depth -= 1
        if self._depth == self._statement_depth and tag == STATEMENT_TAG:
            self._statement_depth = -1

    def close(self) -> None:
        return None

    def _outside_statement(self, tag: str, attrib: dict[str, str]) -> None:
        session = self.session
        if tag == STATEMENT_TAG:
            self._statement = FlexStatement(**session.header(tag, STATEMENT_FIELDS, attrib))
            session.statements.append(self._statement)
            self._statement_depth = self._depth - 1
        elif tag == REPORT_ROOT:
            fields = session.header(tag, RESPONSE_FIELDS, attrib)
            session.response = dataclasses.replace(session.response, **fields)
        elif tag == STATEMENTS_TAG:
            fields = session.header(tag, STATEMENTS_FIELDS, attrib)
            fields.pop("extra", None)
            session.response = dataclasses.replace(session.response, **fields)
        else:
            session.drift.unknown_section(tag)

    def _section_start(self, tag: str, attrib: dict[str, str]) -> None:
        self._section = tag
        spec = self._section_spec = SECTIONS.get(tag)
        if spec is None:
            self.session.drift.unknown_section(tag)
            if attrib:
                self._emit(tag, attrib)
        elif spec.single:
            self._emit(tag, attrib)

    def _in_section(self, tag: str, attrib: dict[str, str]) -> None:
        spec = self._section_spec
        if spec is not None and tag in spec.group_tags:
            return
        if attrib or tag in ROW_SPECS:
            self._emit(tag, attrib)

    def _emit(self, tag: str, attrib: dict[str, str]) -> None:
        row = self.session.build_row(self._section, tag, attrib)
        self.entries.append(FlexEntry(self._statement, self._section, row))


class EntryStream(Iterator[FlexEntry]):
    """Streams FlexEntry objects; ``drift``, ``response`` and ``statements`` fill as it goes.

    >>> from pathlib import Path
    >>> sample = Path("/work/shared/flex-samples/pp_testIBFlexStatementFile01.xml")
    >>> stream = iter_entries(sample)
    >>> first = next(stream)
    >>> first.section, type(first.row).__name__, first.statement.account_id
    ('Trades', 'Trade', 'U123456')
    """

    def __init__(
        self, source: Source, *, date_format: str | None = None, strict: bool = False
    ) -> None:
        self._input = Input(source)
        try:
            self.session = _open_session(self._input, date_format, strict)
        except BaseException:
            self._input.close()
            raise
        self._entries = self._generate()

    @property
    def drift(self) -> SchemaDrift:
        return self.session.drift

    @property
    def response(self) -> FlexQueryResponse:
        """Header of the report (query name, type); statements are not attached here."""
        return self.session.response

    @property
    def statements(self) -> list[FlexStatement]:
        """Statement headers seen so far, in document order."""
        return self.session.statements

    def __next__(self) -> FlexEntry:
        return next(self._entries)

    def _generate(self) -> Iterator[FlexEntry]:
        target = ReportTarget(self.session)
        parser = safe_parser(target)
        try:
            for _ in feed_all(parser, self._input.chunks()):
                if target.entries:
                    batch, target.entries = target.entries, []
                    yield from batch
        finally:
            self._input.close()


class RowStream(Iterator[FlexRow]):
    """Streams typed rows; ``drift`` is complete once the stream is exhausted."""

    def __init__(self, entries: EntryStream) -> None:
        self.entries = entries

    @property
    def drift(self) -> SchemaDrift:
        return self.entries.drift

    def __next__(self) -> FlexRow:
        return next(self.entries).row


def _open_session(data: Input, date_format: str | None, strict: bool) -> ParseSession:
    root = root_element(data.head())
    if root != REPORT_ROOT:
        _raise_for_non_report(data, root)
    if strict:
        from .strict import validate

        validate(data)
    day_first = day_first_from_format(date_format)
    if day_first is None:
        day_first = detect_day_first(data.chunks())
    return ParseSession(day_first)


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
    """Stream every row of a Flex report with its statement header and section.

    Args:
        source: a path, the bytes, or a binary file object.
        date_format: the query's date format when it has dd/MM or MM/dd dates that cannot be
            detected (see ibkr_webapi.flex.dates); None detects it per file.
        strict: validate against the Flex XSD before parsing (needs xmlschema).

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
    return RowStream(iter_entries(source, date_format=date_format, strict=strict))

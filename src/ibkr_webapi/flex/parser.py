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
    attribute_dict,
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
        self.builders: dict[str, RowBuilder] = {}
        self.response = FlexQueryResponse()
        self.statements: list[FlexStatement] = []

    def build_row(self, section: str, tag: str, attrib: Mapping[str, str]) -> FlexRow:
        """The typed row (or UnknownRow) of one row element; compiles builders on first use."""
        builder = self.builders.get(tag)
        if builder is not None:
            return builder.build(attrib)
        spec = ROW_SPECS.get(tag)
        if spec is None:
            self.drift.unknown_row(section, tag)
            return UnknownRow(tag, MappingProxyType(dict(attrib)))
        builder = self.builders[tag] = RowBuilder(spec, self.converters)
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
    """Parser target: start tags in, typed rows out (``rows``; ``places`` beside, if kept).

    The structure is recognised by tag, without end events (one Python call less per
    element): FlexStatement opens a statement; a known section tag without attributes
    opens a section; a single-row section tag (AccountInformation) is a row of its own
    section; a wrapper listed for the current section (FxLots) is looked through; any
    other element with attributes, or a known row tag, is a row of the current section;
    an unknown element without attributes opens an unknown section.
    """

    def __init__(self, session: ParseSession, *, keep_places: bool = False) -> None:
        self.session = session
        self.rows: list[FlexRow] = []
        self.places: list[tuple[FlexStatement, str]] | None = [] if keep_places else None
        self._builders = session.builders
        self._statement = FlexStatement()
        self._place: tuple[FlexStatement, str] = (self._statement, "")
        self._groups: tuple[str, ...] = ()

    def start(self, tag: str, attributes: list[str]) -> None:
        # The hot path, inlined: a row of a type already seen, attributes in the usual order.
        builder = self._builders.get(tag)
        if builder is not None and attributes and tag not in SECTIONS:
            if attributes[::2] == builder.last_keys:
                try:
                    row = builder.last_build(attributes[1::2])
                except InvalidValue:
                    row = builder.build(attribute_dict(attributes))
            else:
                row = builder.build(attribute_dict(attributes))
            self.rows.append(row)
            if self.places is not None:
                self.places.append(self._place)
        else:
            self._slow_start(tag, attribute_dict(attributes))

    def _slow_start(self, tag: str, attrib: dict[str, str]) -> None:
        if tag in STRUCTURE_TAGS:
            self._structure(tag, attrib)
        elif tag in SECTIONS:
            self._section(tag, attrib)
        elif (attrib or tag in ROW_SPECS) and self._place[1]:
            self._emit(tag, attrib)
        elif tag not in self._groups:
            self.session.drift.unknown_section(tag)
            self._enter(tag, ())
            if attrib:  # an unknown single-row section directly in the statement
                self._emit(tag, attrib)

    def close(self) -> None:
        return None

    def _structure(self, tag: str, attrib: dict[str, str]) -> None:
        session = self.session
        if tag == STATEMENT_TAG:
            self._statement = FlexStatement(**session.header(tag, STATEMENT_FIELDS, attrib))
            session.statements.append(self._statement)
            self._enter("", ())
        elif tag == REPORT_ROOT:
            fields = session.header(tag, RESPONSE_FIELDS, attrib)
            session.response = dataclasses.replace(session.response, **fields)
        else:
            fields = session.header(tag, STATEMENTS_FIELDS, attrib)
            fields.pop("extra", None)
            session.response = dataclasses.replace(session.response, **fields)

    def _section(self, tag: str, attrib: dict[str, str]) -> None:
        spec = SECTIONS[tag]
        if spec.single:
            self._enter(tag, ())
            self._emit(tag, attrib)
        elif attrib and tag in spec.row_tags and self._place[1] == tag:
            self._emit(tag, attrib)  # e.g. an <OptionEAE> row inside the <OptionEAE> section
        else:
            self._enter(tag, spec.group_tags)

    def _enter(self, section: str, groups: tuple[str, ...]) -> None:
        self._place = (self._statement, section)
        self._groups = groups

    def _emit(self, tag: str, attrib: dict[str, str]) -> None:
        self.rows.append(self.session.build_row(self._place[1], tag, attrib))
        if self.places is not None:
            self.places.append(self._place)


class CollectingTarget(ReportTarget):
    """For whole-report parsing: rows go straight into one list per (statement, section)."""

    def __init__(self, session: ParseSession) -> None:
        super().__init__(session)
        self.buckets: dict[tuple[int, str], list[FlexRow]] = {}

    def _enter(self, section: str, groups: tuple[str, ...]) -> None:
        super()._enter(section, groups)
        # Statements stay alive in session.statements, so their id() is a stable key.
        key = (id(self._statement), section)
        self.rows = self.buckets.setdefault(key, [])


STRUCTURE_TAGS = frozenset({REPORT_ROOT, STATEMENTS_TAG, STATEMENT_TAG})


class _EntryTarget(ReportTarget):
    def __init__(self, session: ParseSession) -> None:
        super().__init__(session, keep_places=True)


class _Stream:
    """Shared part of the streams: the source, the session, and batches of parsed rows."""

    def __init__(
        self, source: Source, date_format: str | None, strict: bool, target: type[ReportTarget]
    ) -> None:
        self._input = Input(source)
        try:
            self.session = _open_session(self._input, date_format, strict)
        except BaseException:
            self._input.close()
            raise
        self._target = target(self.session)

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

    def _batches(self) -> Iterator[tuple[list[FlexRow], list[tuple[FlexStatement, str]] | None]]:
        """After each fed chunk: the rows it produced (and their places, if kept)."""
        target = self._target
        parser = safe_parser(target)
        try:
            for _ in feed_all(parser, self._input.chunks()):
                if target.rows:
                    yield target.rows, target.places
                    target.rows = []
                    target.places = None if target.places is None else []
        finally:
            self._input.close()


class Collection(_Stream):
    """A whole report read at once: rows grouped per (statement, section) in ``buckets``."""

    def __init__(
        self, source: Source, *, date_format: str | None = None, strict: bool = False
    ) -> None:
        super().__init__(source, date_format, strict, CollectingTarget)
        target = self._target
        assert isinstance(target, CollectingTarget)
        try:
            for _ in feed_all(safe_parser(target), self._input.chunks()):
                pass
        finally:
            self._input.close()
        self.buckets = target.buckets


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
        super().__init__(source, date_format, strict, _EntryTarget)
        self._entries = self._generate()

    def __iter__(self) -> Iterator[FlexEntry]:
        return self._entries

    def __next__(self) -> FlexEntry:
        return next(self._entries)

    def _generate(self) -> Iterator[FlexEntry]:
        for rows, places in self._batches():
            assert places is not None
            for row, (statement, section) in zip(rows, places, strict=True):
                yield FlexEntry(statement, section, row)


class RowStream(_Stream, Iterator[FlexRow]):
    """Streams typed rows; ``drift`` is complete once the stream is exhausted."""

    def __init__(
        self, source: Source, *, date_format: str | None = None, strict: bool = False
    ) -> None:
        super().__init__(source, date_format, strict, ReportTarget)
        self._rows = self._generate()

    def __iter__(self) -> Iterator[FlexRow]:
        # The generator itself, so a for loop pays no extra Python call per row.
        return self._rows

    def __next__(self) -> FlexRow:
        return next(self._rows)

    def _generate(self) -> Iterator[FlexRow]:
        for rows, _ in self._batches():
            yield from rows


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
    return RowStream(source, date_format=date_format, strict=strict)

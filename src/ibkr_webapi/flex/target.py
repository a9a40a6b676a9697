"""What the XML parser calls for every element: structure recognition and typed rows.

expat calls ``ReportTarget.start`` for every start tag; no tree is built and no
end events are used (one Python call less per element). The structure is found
by tag, not by depth: FlexQueryResponse > FlexStatements > FlexStatement >
section > rows, where a section's direct children (or those of a wrapper like
FxLots) are rows.

Rows go into one list, ``rows``; ``marks`` records where each (statement,
section) run begins, so the hot path is a single append and whoever reads the
rows (a stream, or the whole-report assembly) groups them afterwards.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterator, Mapping
from types import MappingProxyType
from typing import Any, NamedTuple

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

from .drift import SchemaDrift
from .rows import Converters, RowBuilder
from .source import REPORT_ROOT, RefuseDoctype, attribute_dict
from .values import InvalidValue

STATEMENT_TAG = "FlexStatement"
STATEMENTS_TAG = "FlexStatements"
STRUCTURE_TAGS = frozenset({REPORT_ROOT, STATEMENTS_TAG, STATEMENT_TAG})


class Mark(NamedTuple):
    """Rows from index ``start`` on (until the next mark) belong to this statement and section."""

    start: int
    statement: FlexStatement
    section: str


class ParseSession:
    """State of one parse: converters, drift, builders and the headers seen so far."""

    def __init__(self, day_first: bool | None) -> None:
        self.drift = SchemaDrift()
        self.day_first = day_first
        self.converters = Converters(day_first, self.drift)
        self.builders: dict[str, RowBuilder] = {}
        # Builders of row tags that are never section tags: the parser's hot path.
        self.plain_row_builders: dict[str, RowBuilder] = {}
        self.response = FlexQueryResponse()
        self.statements: list[FlexStatement] = []

    def builder_for(self, tag: str) -> RowBuilder:
        """The builder of a known row type (created on first use)."""
        builder = self.builders.get(tag)
        if builder is None:
            builder = self.builders[tag] = RowBuilder(ROW_SPECS[tag], self.converters)
            if tag not in SECTIONS:
                self.plain_row_builders[tag] = builder
        return builder

    @property
    def time_zones(self) -> Counter[str]:
        """Zones the report's datetimes stated (values are naive wall-clock; see values.py)."""
        return self.converters.time_zones

    def build_row(self, section: str, tag: str, attributes: list[str]) -> FlexRow:
        """The typed row (or UnknownRow) of one row element; compiles builders on first use."""
        builder = self.builders.get(tag)
        if builder is None:
            spec = ROW_SPECS.get(tag)
            if spec is None:
                self.drift.unknown_row(section, tag)
                return UnknownRow(tag, MappingProxyType(attribute_dict(attributes)))
            builder = self.builders[tag] = RowBuilder(spec, self.converters)
            if tag not in SECTIONS:
                self.plain_row_builders[tag] = builder
        return builder.build(attributes)

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
    """Parser target: start tags in, typed rows out (``rows``, grouped by ``marks``).

    FlexStatement opens a statement; a known section tag without attributes opens a
    section; a single-row section tag (AccountInformation) is a row of its own
    section; a wrapper listed for the current section (FxLots) is looked through; any
    other element with attributes, or a known row tag, is a row of the current section;
    an unknown element without attributes opens an unknown section.
    """

    def __init__(self, session: ParseSession) -> None:
        self.session = session
        self.rows: list[FlexRow] = []
        self._append = self.rows.append
        self._plain = session.plain_row_builders
        self._statement = FlexStatement()
        self._section = ""
        self._groups: tuple[str, ...] = ()
        self.marks: list[Mark] = [Mark(0, self._statement, "")]

    def start(self, tag: str, attributes: list[str]) -> None:
        # The hot path: a row of a type already seen, its attributes in the last order seen.
        builder = self._plain.get(tag)
        if builder is not None and attributes[::2] == builder.last_keys:
            try:
                self._append(builder.last_build(attributes))
            except InvalidValue:
                self._append(builder.build_carefully(attributes))
        else:
            self._slow_start(tag, attributes)

    def close(self) -> None:
        return None

    def next_batch(self) -> None:
        """Forget the rows handed out so far; the current section continues."""
        self.rows.clear()
        self.marks[:] = [Mark(0, self._statement, self._section)]

    def _slow_start(self, tag: str, attributes: list[str]) -> None:
        if tag in STRUCTURE_TAGS:
            self._structure(tag, attribute_dict(attributes))
        elif tag in SECTIONS:
            self._open_section(tag, attributes)
        elif (attributes or tag in ROW_SPECS) and self._section:
            self._emit(tag, attributes)
        elif tag not in self._groups:
            self.session.drift.unknown_section(tag)
            self._enter(tag, ())
            if attributes:  # an unknown single-row section directly in the statement
                self._emit(tag, attributes)

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

    def _open_section(self, tag: str, attributes: list[str]) -> None:
        spec = SECTIONS[tag]
        if spec.single:
            self._enter(tag, ())
            self._emit(tag, attributes)
        elif attributes and tag in spec.row_tags and self._section == tag:
            self._emit(tag, attributes)  # e.g. an <OptionEAE> row inside the <OptionEAE> section
        else:
            self._enter(tag, spec.group_tags)

    def _enter(self, section: str, groups: tuple[str, ...]) -> None:
        self._section = section
        self._groups = groups
        self.marks.append(Mark(len(self.rows), self._statement, section))

    def _emit(self, tag: str, attributes: list[str]) -> None:
        self._append(self.session.build_row(self._section, tag, attributes))


def runs(rows: list[FlexRow], marks: list[Mark]) -> Iterator[tuple[Mark, list[FlexRow]]]:
    """Each mark with its rows (possibly none), in document order."""
    ends = [mark.start for mark in marks[1:]]
    ends.append(len(rows))
    for mark, end in zip(marks, ends, strict=True):
        yield mark, rows[mark.start : end]

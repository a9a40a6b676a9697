"""The whole report in memory: ``parse`` and the FlexReport it returns."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from ibkr_client.flex import SECTIONS, FlexQueryResponse, FlexRow, FlexStatement

from .drift import SchemaDrift
from .gc_pause import gc_paused
from .parser import Collection
from .source import Source
from .target import Mark, runs


@dataclass(frozen=True)
class FlexReport:
    """A parsed Flex report: the typed response, its drift summary and the day order used.

    ``day_first`` is True for dd/MM slash dates, False for MM/dd, None when the file had
    none to decide (or none at all). ``format`` is "xml" or "csv" (told from the content).
    """

    response: FlexQueryResponse
    drift: SchemaDrift
    day_first: bool | None
    format: str = "xml"
    time_zones: Mapping[str, int] = dataclasses.field(default_factory=dict)
    """Zones the report's datetimes stated, with counts; the values themselves are naive."""

    @property
    def statements(self) -> tuple[FlexStatement, ...]:
        return self.response.statements

    @property
    def statement(self) -> FlexStatement:
        """The only statement; ValueError when the report has several (one per account)."""
        if len(self.statements) != 1:
            raise ValueError(f"the report has {len(self.statements)} statements; use .statements")
        return self.statements[0]

    def rows(self) -> Iterator[FlexRow]:
        """Every row of every statement, section by section."""
        for statement in self.statements:
            for _, rows in sections_of(statement):
                yield from rows


def sections_of(statement: FlexStatement) -> Iterator[tuple[str, tuple[FlexRow, ...]]]:
    """(section tag, rows) for each non-empty section, unknown sections last."""
    for tag, spec in SECTIONS.items():
        value = getattr(statement, spec.py_name)
        rows = (value,) if spec.single and value is not None else value if not spec.single else ()
        if rows:
            yield tag, rows
    yield from statement.unknown_sections.items()


def parse(source: Source, *, date_format: str | None = None, strict: bool = False) -> FlexReport:
    """Parse a whole Flex report into typed statements.

    An error envelope raises its typed error (1019 FlexGenerationInProgressError,
    1020 FlexInvalidRequestError, ...); CSV, HTML and hostile XML raise too.
    For large files prefer ``iter_rows``, which streams.

    >>> from ibkr_webapi.flex import parse
    >>> xml = b'<FlexQueryResponse><FlexStatements count="1"><FlexStatement accountId="U1">'
    >>> xml += b'<Trades><Trade tradePrice="0.27"/></Trades></FlexStatement></FlexStatements>'
    >>> statement = parse(xml + b"</FlexQueryResponse>").statement
    >>> statement.account_id, len(statement.trades), statement.trades[0].trade_price
    ('U1', 1, Decimal('0.27'))
    """
    with gc_paused():
        collection = Collection(source, date_format=date_format, strict=strict)
        statements = _statements(collection.rows, collection.marks)
    response = dataclasses.replace(collection.response, statements=statements)
    return FlexReport(
        response,
        collection.drift,
        collection.session.day_first,
        collection.format,
        dict(collection.time_zones),
    )


def _statements(rows: list[FlexRow], marks: list[Mark]) -> tuple[FlexStatement, ...]:
    """Each statement with its rows attached, in document order.

    Rows before any <FlexStatement> (a malformed report) are kept in a statement
    without header attributes rather than dropped.
    """
    placeholder = marks[0].statement
    # Keyed by id: the marks keep every statement alive meanwhile.
    grouped: dict[int, tuple[FlexStatement, dict[str, list[FlexRow]]]] = {}
    for (_, statement, section), run in runs(rows, marks):
        _, sections = grouped.setdefault(id(statement), (statement, {}))
        if run:
            sections.setdefault(section, []).extend(run)
    return tuple(
        _assemble(statement, sections)
        for statement, sections in grouped.values()
        if statement is not placeholder or sections
    )


def _assemble(header: FlexStatement, sections: dict[str, list[FlexRow]]) -> FlexStatement:
    fields: dict[str, Any] = {}
    unknown: dict[str, tuple[FlexRow, ...]] = {}
    for tag, rows in sections.items():
        spec = SECTIONS.get(tag)
        if spec is None:
            unknown[tag] = tuple(rows)
        elif spec.single:
            fields[spec.py_name] = rows[0]
        else:
            fields[spec.py_name] = tuple(rows)
    if unknown:
        fields["unknown_sections"] = unknown
    return dataclasses.replace(header, **fields)

"""Flex reports in CSV: records in, the same typed rows as the XML report out.

IBKR writes a CSV Flex report in one of four layouts (see the samples' PROVENANCE.md):
plain (a heading line wherever a section starts), with section codes (every line starts
with HEADER or DATA and the section code), with header/trailer records (BOF, BOA, BOS,
EOS, EOA, EOF), or both. One reader handles them all:

- a record code line (BOF...EOF) sets the response and statement headers; BOA opens an
  account's statement, EOS's row count is checked against the rows read;
- a HEADER line, or in a plain file a heading line (``csv_layout.is_heading_line``),
  opens a section: by its code when known (spec/flex/csv-columns.yaml), else recognised
  from its columns; when undecided, its rows are kept as UnknownRow and the drift says so;
- every other line is a row, typed by the section's row type (Trades by LevelOfDetail).

Without BOA records, rows go to one statement per account (the ClientAccountID column).
Like the XML target it fills ``rows`` and ``marks``; ``run`` pauses every few thousand
rows so a stream hands them out and memory stays flat.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator
from types import MappingProxyType
from typing import Final

from ibkr_client.flex import (
    CSV_RECORDS,
    RESPONSE_FIELDS,
    STATEMENT_FIELDS,
    CsvSectionSpec,
    FlexRow,
    FlexStatement,
    UnknownRow,
)

from .csv_layout import (
    attribute_keys,
    heading_key,
    is_heading_line,
    known_heading_keys,
    recognise_section,
    section_by_code,
    unknown_attribute_name,
)
from .errors import FlexFormatError
from .rows import RowBuilder
from .source import CHUNK_SIZE
from .target import Mark, ParseSession
from .values import InvalidValue

BATCH_ROWS: Final = 4096
FIELD_LIMIT: Final = 1 << 20  # one field at most 1 MiB: a stray quote cannot eat the file

Build = Callable[[list[str]], FlexRow]


class _ChunkReader(io.RawIOBase):
    """The source's chunks as a raw stream, for TextIOWrapper."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks
        self._pending = b""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        while not self._pending:
            self._pending = next(self._chunks, b"")
            if not self._pending:
                return 0
        size = min(len(buffer), len(self._pending))
        buffer[:size] = self._pending[:size]
        self._pending = self._pending[size:]
        return size


class _Section:
    """An open CSV section: its row types' compiled builds for this heading line."""

    def __init__(
        self,
        session: ParseSession,
        tag: str,
        spec: CsvSectionSpec | None,
        headings: list[str],
        code: str | None,
    ) -> None:
        self.tag = tag
        self.code = code
        self.spec = spec
        self.headings = headings
        self.width = len(headings)
        self._session = session
        self._builds: dict[str, tuple[Build, RowBuilder, tuple[str, ...]]] = {}
        # An undecided section still tells its account: AccountInformation knows the heading.
        known = attribute_keys(spec.default if spec else "AccountInformation")
        names = [known.get(heading_key(heading)) for heading in headings]
        self.account_index = names.index("accountId") if "accountId" in names else None
        by_level = spec.by_level_of_detail if spec else {}
        level = "levelOfDetail"
        self.level_index = names.index(level) if by_level and level in names else None
        self.by_level = by_level
        self.count = 0

    def build_for(self, row_tag: str) -> tuple[Build, RowBuilder, tuple[str, ...]]:
        found = self._builds.get(row_tag)
        if found is None:
            builder = self._session.builder_for(row_tag)
            known = attribute_keys(row_tag)
            names = tuple(
                known.get(heading_key(heading)) or unknown_attribute_name(heading)
                for heading in self.headings
            )
            found = self._builds[row_tag] = (builder.compile_columns(names), builder, names)
        return found

    def row(self, values: list[str]) -> FlexRow:
        """The typed row of one data line."""
        spec = self.spec
        if spec is None:
            return self._unknown(self.tag, values)
        row_tag = spec.default
        if self.level_index is not None and len(values) > self.level_index:
            level = values[self.level_index]
            if level:
                found = self.by_level.get(level)
                if found is None:
                    self._session.drift.unknown_row(self.tag, f"LevelOfDetail={level}")
                    return self._unknown(level, values)
                row_tag = found
        build, builder, names = self.build_for(row_tag)
        if len(values) == self.width:
            try:
                return build(values)
            except InvalidValue:
                pass
        else:
            self._session.drift.invalid_value(
                row_tag, "(fields)", f"{len(values)} fields under {self.width} headings"
            )
        flat: list[str] = []
        for name, value in zip(names, values, strict=False):
            flat += (name, value)
        return builder.build_carefully(flat)

    def _unknown(self, tag: str, values: list[str]) -> UnknownRow:
        pairs = zip(self.headings, values, strict=False)
        return UnknownRow(tag, MappingProxyType({name: value for name, value in pairs if value}))


class CsvTarget:
    """CSV records in, typed rows out (``rows``, grouped by ``marks``), as ReportTarget."""

    def __init__(self, session: ParseSession, delimiter: str) -> None:
        self.session = session
        self.delimiter = delimiter
        self.rows: list[FlexRow] = []
        self._statement = FlexStatement()
        self._section: _Section | None = None
        self.marks: list[Mark] = [Mark(0, self._statement, "")]
        self._accounts: dict[str, FlexStatement] = {}
        self._account = ""
        self._has_account_records = False
        self._bof: dict[str, str] = {}
        self._count = 0

    def next_batch(self) -> None:
        """Forget the rows handed out so far; the current section continues."""
        self.rows.clear()
        self.marks[:] = [Mark(0, self._statement, self._section_tag)]

    @property
    def _section_tag(self) -> str:
        return self._section.tag if self._section else ""

    def run(self, chunks: Iterator[bytes]) -> Iterator[None]:
        """Read every record, pausing every BATCH_ROWS rows (and at the end)."""
        text = io.TextIOWrapper(
            io.BufferedReader(_ChunkReader(chunks), CHUNK_SIZE), encoding="utf-8", newline=""
        )
        limit = csv.field_size_limit(FIELD_LIMIT)
        try:
            yield from self._read(csv.reader(text, delimiter=self.delimiter))
        except csv.Error as error:
            raise FlexFormatError(f"malformed CSV: {error}", detected="malformed-csv") from None
        except UnicodeDecodeError as error:
            raise FlexFormatError(f"CSV is not UTF-8: {error}", detected="malformed-csv") from None
        finally:
            csv.field_size_limit(limit)
        self._close_section()
        yield None

    def _read(self, reader: Iterator[list[str]]) -> Iterator[None]:
        append = self.rows.append
        coded = False
        for fields in reader:
            if not fields or fields == [""]:
                continue
            first = fields[0]
            if first == "DATA" and len(fields) > 1:
                coded = True
                section = self._section
                if section is None or fields[1] != section.code:
                    section = self._open(fields[1], [f"column{n}" for n in range(len(fields) - 2)])
                values = fields[2:]
            elif first == "HEADER" and len(fields) > 1:
                coded = True
                self._open(fields[1], fields[2:])
                continue
            elif first in CSV_RECORDS:
                self._record(first, fields[1:])
                continue
            elif coded:
                raise FlexFormatError(
                    f"a line without a section code in a coded CSV report: {fields[:3]}",
                    detected="malformed-csv",
                )
            else:
                section = self._section
                if section is None or self._starts_section(fields, section):
                    self._open(None, fields)
                    continue
                values = fields
            if section.account_index is not None and not self._has_account_records:
                self._follow_account(values, section.account_index)
            append(section.row(values))
            section.count += 1
            self._count += 1
            if self._count >= BATCH_ROWS:
                self._count = 0
                yield None

    @staticmethod
    def _starts_section(fields: list[str], section: _Section) -> bool:
        # Cheap first: a line as wide as the headings whose first field is no heading is data.
        if len(fields) == section.width and heading_key(fields[0]) not in known_heading_keys():
            return False
        return is_heading_line(fields)

    def _open(self, code: str | None, headings: list[str]) -> _Section:
        self._close_section()
        spec = section_by_code().get(code) if code else None
        if spec is None:
            spec = recognise_section(headings)
        if spec is None:
            tag = code or f"CSV section {len(self.marks)}"
            self.session.drift.undecided_section(f"{tag}: {', '.join(headings[:8])}")
        else:
            tag = spec.tag
        section = self._section = _Section(self.session, tag, spec, headings, code)
        self.marks.append(Mark(len(self.rows), self._statement, tag))
        return section

    def _close_section(self) -> None:
        self._section = None

    def _follow_account(self, values: list[str], index: int) -> None:
        account = values[index] if index < len(values) else ""
        if account == self._account or not account:
            return
        self._account = account
        statement = self._accounts.get(account)
        if statement is None:
            statement = self._new_statement({**self._statement_defaults(), "accountId": account})
            self._accounts[account] = statement
        self._switch(statement)

    def _statement_defaults(self) -> dict[str, str]:
        return {name: value for name, value in self._bof.items() if name != "queryName"}

    def _new_statement(self, attrib: dict[str, str]) -> FlexStatement:
        fields = self.session.header("FlexStatement", STATEMENT_FIELDS, attrib)
        statement = FlexStatement(**fields)
        self.session.statements.append(statement)
        return statement

    def _switch(self, statement: FlexStatement) -> None:
        self._statement = statement
        self.marks.append(Mark(len(self.rows), statement, self._section_tag))

    def _record(self, code: str, values: list[str]) -> None:
        names = CSV_RECORDS[code]
        named = {name: value for name, value in zip(names, values, strict=False) if name}
        if code == "BOF":
            self._bof = named
            if "queryName" in named:
                header = self.session.header(
                    "FlexQueryResponse", RESPONSE_FIELDS, {"queryName": named["queryName"]}
                )
                self.session.response = type(self.session.response)(**header)
        elif code == "BOA":
            self._has_account_records = True
            self._switch(self._new_statement({**self._statement_defaults(), **named}))
        elif code == "EOS":
            self._check_count(values)
            self._close_section()

    def _check_count(self, values: list[str]) -> None:
        """EOS states the section's row count: a difference means rows were lost."""
        section = self._section
        if section is None or len(values) < 2 or not values[1].isdigit():
            return
        if int(values[1]) != section.count:
            self.session.drift.invalid_value(
                "EOS", values[0], f"{values[1]} rows announced, {section.count} read"
            )

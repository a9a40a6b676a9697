"""The Flex reference, from spec/flex/*.xsd: every section, every row type, every column with its
XSD type, Python attribute and type, and its CSV column heading.

The XSD is read with tools/flex_codegen.py's own reader (the one that generates the models), so
the page and ibkr_client.flex cannot disagree. CSV headings are not in the XSD and cannot be
derived from attribute names (IBKR writes ``ClientAccountID`` for ``accountId``, ``Put/Call``
for ``putCall``); they come from a mapping file kept beside the XSD, read by `csv_headings`.
Without that file the CSV column says so instead of guessing.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import yaml

from docs_common import ROOT, DocsError, code, code_cell, prose, table, write_page
from flex_codegen import FieldDef, FlexModel, RowDef, read_model

XSD_DIR = ROOT / "spec" / "flex"
CSV_MAPPING_GLOB = "*csv*.*"
"""The hook for the CSV heading mapping: any ``spec/flex/*csv*.{yaml,yml,json,csv}`` file."""
NO_CSV = "(no mapping)"

CsvHeadings = dict[tuple[str, str], str]
"""(row tag or "*" for every row, attribute) -> CSV column heading."""


def csv_mapping_files(xsd_dir: Path = XSD_DIR) -> list[Path]:
    return sorted(path for path in xsd_dir.glob(CSV_MAPPING_GLOB)
                  if path.suffix in (".yaml", ".yml", ".json", ".csv"))


def _load(path: Path) -> Any:
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".csv":
        return list(csv.DictReader(text.splitlines()))
    return json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)


def _from_records(records: Iterable[Mapping[str, str]], path: Path) -> CsvHeadings:
    """CSV rows (or a YAML list) with columns attribute, heading and optionally row."""
    found: CsvHeadings = {}
    for record in records:
        keys = {key.lower(): value for key, value in record.items()}
        attribute = keys.get("attribute") or keys.get("xml") or keys.get("xml_name")
        heading = keys.get("heading") or keys.get("csv") or keys.get("csv_heading")
        if not attribute or not heading:
            raise DocsError(f"{path}: a record needs 'attribute' and 'heading', got {record}")
        found[(keys.get("row") or "*", attribute)] = heading
    return found


def _from_mapping(data: Mapping[str, Any], attributes: set[str], path: Path) -> CsvHeadings:
    """{Row: {attribute: heading}}, {attribute: heading} or {heading: attribute}."""
    found: CsvHeadings = {}
    for key, value in data.items():
        if isinstance(value, Mapping):
            found |= {(row, attr): head for (_, attr), head in
                      _from_mapping(value, attributes, path).items() for row in [key]}
        elif key in attributes:
            found[("*", key)] = str(value)
        elif str(value) in attributes:
            found[("*", str(value))] = key
        else:
            raise DocsError(f"{path}: neither {key!r} nor {value!r} is an XSD attribute")
    return found


def csv_headings(model: FlexModel, xsd_dir: Path = XSD_DIR) -> CsvHeadings | None:
    """The CSV heading of each column from the mapping file beside the XSD; None if absent.

    A mapping file that exists but has a shape this reader does not know fails the build
    loudly, so the reference never silently drops the names.
    """
    files = csv_mapping_files(xsd_dir)
    if not files:
        return None
    attributes = {field.xml_name for row in model.rows for field in row.fields}
    found: CsvHeadings = {}
    for path in files:
        data = _load(path)
        if isinstance(data, Mapping):
            found |= _from_mapping(data.get("headings", data), attributes, path)
        elif isinstance(data, list):
            found |= _from_records(data, path)
        else:
            raise DocsError(f"{path}: expected a mapping or a list of records")
    return found


def heading_of(row: str, field: FieldDef, headings: CsvHeadings | None) -> str:
    if headings is None:
        return NO_CSV
    return headings.get((row, field.xml_name)) or headings.get(("*", field.xml_name)) or "-"


def type_text(field: FieldDef) -> str:
    if field.enum is not None:
        return f"[{field.enum}](enums.md#{field.enum.lower()})"
    return field.kind


def row_text(row: RowDef, headings: CsvHeadings | None) -> str:
    rows = [(code(f.xml_name), type_text(f), code(f.py_name), code_cell(f.annotation),
             heading_of(row.name, f, headings)) for f in (*row.fields, *row.aliases)]
    return "\n".join([f"## {row.name}", "", prose(row.doc), "",
                      table(["Column", "Type", "Python", "Python type", "CSV heading"], rows)])


def section_page(section: Any, rows: Mapping[str, RowDef], headings: CsvHeadings | None) -> str:
    kind = "a single row" if section.single else "rows"
    access = f"report.statement.{section.py_name}"
    lines = [f"# {section.xml_name}", "",
             f"`<{section.xml_name}>` holds {kind}: "
             + ", ".join(code(tag) for tag in section.row_tags) + ".", "",
             f"Python: {code(access)}.", ""]
    if section.group_tags:
        lines += ["Groups: " + ", ".join(code(tag) for tag in section.group_tags) + ".", ""]
    lines += [row_text(rows[tag], headings) for tag in dict.fromkeys(section.row_tags)]
    return "\n".join(lines)


def enums_page(model: FlexModel) -> str:
    lines = ["# Flex value sets", "",
             "Open enumerations: values not listed still parse, and are reported as drift.", ""]
    for enum in model.enums:
        lines += [f"## {enum.name} {{ #{enum.name.lower()} }}", "", prose(enum.doc),
                  "", ", ".join(code(value) for _, value in enum.members), ""]
    return "\n".join(lines)


def index_page(model: FlexModel, headings: CsvHeadings | None) -> str:
    csv_note = (f"CSV headings come from {', '.join(p.name for p in csv_mapping_files())}."
                if headings is not None else
                "CSV headings: no mapping file is present beside the XSD "
                f"(`spec/flex/{CSV_MAPPING_GLOB}`), and they cannot be derived from the XML "
                "names, so the CSV column reads \"(no mapping)\".")
    rows = [(f"[{s.xml_name}]({s.xml_name}.md)", code(s.py_name), ", ".join(s.row_tags))
            for s in model.sections]
    return "\n".join([
        "# Flex reference", "",
        f"Every section ({len(model.sections)}) and row type ({len(model.rows)}) of the Flex "
        "report contract in `spec/flex`, with each column's XSD value type, its attribute on "
        "the typed rows `ibkr_webapi.flex.parse` returns, and its CSV heading. See also the "
        "[value sets](enums.md).", "", csv_note, "",
        table(["Section", "Python", "Row types"], rows)])


def build() -> int:
    """Write the Flex pages; returns the number of sections."""
    model = read_model(XSD_DIR)
    headings = csv_headings(model)
    rows = {row.name: row for row in model.rows}
    missing = sorted({t for s in model.sections for t in s.row_tags} - set(rows))
    if missing:
        raise DocsError(f"Flex sections name row types the XSD does not define: {missing}")
    for section in model.sections:
        write_page(f"reference/flex/{section.xml_name}.md", section_page(section, rows, headings))
    write_page("reference/flex/enums.md", enums_page(model))
    write_page("reference/flex/index.md", index_page(model, headings))
    return len(model.sections)

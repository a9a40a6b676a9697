"""The Flex reference, from spec/flex/*.xsd: every section, every row type, every column with its
XSD type, Python attribute and type, and its CSV column heading.

The XSD is read with tools/flex_codegen.py's own reader (the one that generates the models), so
the page and ibkr_client.flex cannot disagree. CSV headings are not in the XSD and cannot be
derived from attribute names (IBKR writes ``ClientAccountID`` for ``accountId``); they come from
``ibkr_client.flex.csv_layout.CSV_HEADINGS``, which flex_codegen generates from
spec/flex/csv-columns.yaml and the XSD: the same table the CSV parser reads.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from docs_common import ROOT, DocsError, code, code_cell, prose, table, write_page
from flex_codegen import FieldDef, FlexModel, RowDef, read_model
from ibkr_client.flex.csv_layout import CSV_HEADINGS

XSD_DIR = ROOT / "spec" / "flex"


def heading_of(row: str, field: FieldDef) -> str:
    """The CSV heading of one column of one row type ("-" when no CSV layout names it)."""
    return CSV_HEADINGS.get(row, {}).get(field.xml_name, "-")


def type_text(field: FieldDef) -> str:
    if field.enum is not None:
        return f"[{field.enum}](enums.md#{field.enum.lower()})"
    return field.kind


def row_text(row: RowDef) -> str:
    rows = [(code(f.xml_name), type_text(f), code(f.py_name), code_cell(f.annotation),
             heading_of(row.name, f)) for f in (*row.fields, *row.aliases)]
    return "\n".join([f"## {row.name}", "", prose(row.doc), "",
                      table(["Column", "Type", "Python", "Python type", "CSV heading"], rows)])


def section_page(section: Any, rows: Mapping[str, RowDef]) -> str:
    kind = "a single row" if section.single else "rows"
    access = f"report.statement.{section.py_name}"
    lines = [f"# {section.xml_name}", "",
             f"`<{section.xml_name}>` holds {kind}: "
             + ", ".join(code(tag) for tag in section.row_tags) + ".", "",
             f"Python: {code(access)}.", ""]
    if section.group_tags:
        lines += ["Groups: " + ", ".join(code(tag) for tag in section.group_tags) + ".", ""]
    lines += [row_text(rows[tag]) for tag in dict.fromkeys(section.row_tags)]
    return "\n".join(lines)


def enums_page(model: FlexModel) -> str:
    lines = ["# Flex value sets", "",
             "Open enumerations: values not listed still parse, and are reported as drift.", ""]
    for enum in model.enums:
        lines += [f"## {enum.name} {{ #{enum.name.lower()} }}", "", prose(enum.doc),
                  "", ", ".join(code(value) for _, value in enum.members), ""]
    return "\n".join(lines)


def index_page(model: FlexModel) -> str:
    csv_note = ("CSV headings come from `spec/flex/csv-columns.yaml` (the table the CSV parser "
                "reads); a column no CSV layout names reads \"-\".")
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
    rows = {row.name: row for row in model.rows}
    missing = sorted({t for s in model.sections for t in s.row_tags} - set(rows))
    if missing:
        raise DocsError(f"Flex sections name row types the XSD does not define: {missing}")
    for section in model.sections:
        write_page(f"reference/flex/{section.xml_name}.md", section_page(section, rows))
    write_page("reference/flex/enums.md", enums_page(model))
    write_page("reference/flex/index.md", index_page(model))
    return len(model.sections)

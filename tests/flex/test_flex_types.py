"""One type per column: every value of every sample has its field's declared type."""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from flex_support import SAMPLES

from ibkr_client.flex import ROW_SPECS, STATEMENT_FIELDS, FieldSpec, Multi, UnknownRow
from ibkr_webapi import flex

REPORTS = sorted(
    [path for path in SAMPLES.glob("*.xml") if "FlexStatementResponse" not in path.name]
    + list((SAMPLES / "csv").glob("*.csv"))
)


def type_ok(spec: FieldSpec, value: object) -> bool:
    """The one type of a field, from its XSD kind."""
    if value is None:
        return spec.kind not in ("codes", "texts")
    if spec.enum is not None:
        return isinstance(value, spec.enum) or type(value) is str
    kind = spec.kind
    if kind in ("text", "id", "code", "currency"):
        return type(value) is str and value not in ("N/A", "-", "--", "")
    if kind in ("codes", "texts"):
        return type(value) is tuple and all(type(item) is str for item in value)
    if kind == "date":
        return type(value) is datetime.date or isinstance(value, Multi)
    if kind == "datetime":
        return (type(value) is datetime.datetime and value.tzinfo is None) or isinstance(
            value, Multi
        )
    expected = {"decimal": Decimal, "integer": int, "bool": bool, "time": datetime.time}
    return type(value) is expected[kind]


def values_of(report: flex.FlexReport) -> Iterator[tuple[str, FieldSpec, object]]:
    for statement in report.statements:
        for spec in STATEMENT_FIELDS:
            yield "FlexStatement", spec, getattr(statement, spec.py_name)
    for row in report.rows():
        if isinstance(row, UnknownRow):
            continue
        tag = type(row).__name__
        for spec in ROW_SPECS[tag].fields:
            yield tag, spec, getattr(row, spec.py_name)


def test_there_are_xml_and_csv_samples() -> None:
    assert {path.suffix for path in REPORTS} == {".xml", ".csv"}


@pytest.mark.parametrize("path", REPORTS, ids=lambda path: path.name)
def test_every_value_has_its_fields_declared_type(path: Path) -> None:
    report = flex.parse(path)
    wrong = {
        (tag, spec.xml_name, type(value).__name__, repr(value)[:40])
        for tag, spec, value in values_of(report)
        if not type_ok(spec, value)
    }
    assert not wrong
    checked = sum(1 for _ in values_of(report))
    assert checked > 0 or path.name.startswith("KonishchevDmitry")


def test_datetimes_of_two_reports_compare() -> None:
    """Naive wall-clock values everywhere: sorting across reports never raises."""
    values = [
        row.date_time
        for path in REPORTS
        for row in flex.parse(path).rows()
        if getattr(row, "date_time", None) is not None and not isinstance(row.date_time, Multi)
    ]
    assert len(values) > 100
    assert sorted(values)[0] <= sorted(values)[-1]

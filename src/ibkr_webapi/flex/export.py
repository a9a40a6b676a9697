"""Export rows to plain dicts and, with pandas installed (extra ``pandas``), to DataFrames.

Dict keys are the Flex attribute names by default (``tradePrice``), or the Python
field names (``trade_price``). Unknown attributes (``extra``) are merged in as
raw strings. ``json_safe=True`` turns Decimal into str, dates into ISO strings
and MULTI into "MULTI".
"""

from __future__ import annotations

import datetime
import importlib
from collections.abc import Iterable
from decimal import Decimal
from enum import StrEnum
from functools import cache
from typing import Any

from ibkr_client.flex import ROW_SPECS, FlexRow, Multi, UnknownRow

from .report import FlexReport, sections_of


@cache
def _names(tag: str) -> tuple[tuple[str, str], ...]:
    """(Python field, Flex attribute) pairs of a row type, aliases left out."""
    spec = ROW_SPECS[tag]
    seen: dict[str, str] = {}
    for field in spec.fields:
        seen.setdefault(field.py_name, field.xml_name)
    return tuple(seen.items())


def row_to_dict(
    row: FlexRow, *, flex_names: bool = True, json_safe: bool = False
) -> dict[str, Any]:
    """One row as a dict.

    >>> from ibkr_client.flex import Trade
    >>> row_to_dict(Trade(symbol="AAPL", quantity=Decimal("10")), json_safe=True)["quantity"]
    '10'
    """
    if isinstance(row, UnknownRow):
        return dict(row.attributes)
    pairs = _names(type(row).__name__)
    result = {(xml if flex_names else py): _plain(getattr(row, py), json_safe) for py, xml in pairs}
    result.update(row.extra)
    return result


def _plain(value: Any, json_safe: bool) -> Any:
    if isinstance(value, StrEnum):
        return str(value)
    if not json_safe:
        return value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, Multi):
        return "MULTI"
    if isinstance(value, tuple):
        return list(value)
    return value


def to_dicts(
    rows: Iterable[FlexRow], *, flex_names: bool = True, json_safe: bool = False
) -> list[dict[str, Any]]:
    """Rows as a list of dicts."""
    return [row_to_dict(row, flex_names=flex_names, json_safe=json_safe) for row in rows]


def section_dicts(
    report: FlexReport, *, flex_names: bool = True, json_safe: bool = False
) -> dict[str, list[dict[str, Any]]]:
    """Section tag -> rows as dicts, all statements together; each dict names its ``rowType``."""
    sections: dict[str, list[dict[str, Any]]] = {}
    for statement in report.statements:
        for tag, rows in sections_of(statement):
            for row in rows:
                record = {"rowType": _tag(row)}
                record.update(row_to_dict(row, flex_names=flex_names, json_safe=json_safe))
                sections.setdefault(tag, []).append(record)
    return sections


def _tag(row: FlexRow) -> str:
    return row.tag if isinstance(row, UnknownRow) else type(row).__name__


def to_dataframes(report: FlexReport, *, flex_names: bool = True) -> dict[str, Any]:
    """Section tag -> pandas.DataFrame (needs the optional pandas dependency).

    Money stays Decimal (object columns), so nothing is rounded on the way.
    """
    pandas = _pandas()
    return {
        tag: pandas.DataFrame.from_records(records)
        for tag, records in section_dicts(report, flex_names=flex_names).items()
    }


def _pandas() -> Any:
    try:
        return importlib.import_module("pandas")
    except ImportError as missing:
        raise ImportError(
            "DataFrame export needs pandas: pip install 'ibkr-webapi[pandas]'"
        ) from missing

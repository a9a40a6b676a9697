"""The CSV layout at run time: headings matched to attributes, sections told from columns.

The data is spec/flex/csv-columns.yaml, generated into ``ibkr_client.flex.csv_layout``
(complete: one heading per attribute of every row type). Here it becomes lookup tables:
a heading is matched by its *key* (letters and digits, lower case), so ``IBCommission``,
``Buy/Sell`` and ``Report Date`` find ``ibCommission``, ``buySell`` and ``reportDate``.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Final

from ibkr_client.flex import CSV_HEADINGS, CSV_PREFERENCE, CSV_SECTIONS, ROW_SPECS, CsvSectionSpec

_NOT_KEY: Final = re.compile(r"[^0-9a-z]")


def heading_key(heading: str) -> str:
    """How headings are matched: letters and digits only, case ignored.

    >>> heading_key("Buy/Sell"), heading_key("IBCommission")
    ('buysell', 'ibcommission')
    """
    return _NOT_KEY.sub("", heading.lower())


def unknown_attribute_name(heading: str) -> str:
    """The name an unknown column is reported under: as the XML report would name it.

    >>> unknown_attribute_name("New Column/Flag")
    'newColumnFlag'
    """
    text = re.sub(r"[^0-9A-Za-z]", "", heading) or heading
    return text[:1].lower() + text[1:]


@cache
def attribute_keys(row_tag: str) -> dict[str, str]:
    """Heading key -> XML attribute name, for one row type (its headings and its XML names)."""
    keys: dict[str, str] = {}
    for xml_name, heading in CSV_HEADINGS.get(row_tag, {}).items():
        keys.setdefault(heading_key(xml_name), xml_name)
        keys[heading_key(heading)] = xml_name
    return keys


@cache
def known_heading_keys() -> frozenset[str]:
    """Every key any row type answers to: tells a heading line from a data line."""
    return frozenset(key for tag in ROW_SPECS for key in attribute_keys(tag))


@cache
def section_by_code() -> dict[str, CsvSectionSpec]:
    return {spec.code: spec for spec in CSV_SECTIONS.values() if spec.code}


def recognise_section(headings: list[str]) -> CsvSectionSpec | None:
    """The section whose row type matches the most headings, or None when that is undecided.

    Each section is scored by its default row type (Trades by Trade, TradeConfirms by
    TradeConfirm), so row types shared by sections (Order) do not blur the choice. The
    best must match at least two headings and more than half of them; sections tied at the
    best score are
    decided by CSV_PREFERENCE (the sections real CSV reports carry), else undecided.

    >>> recognise_section(["Date/Time", "FromCurrency", "ToCurrency", "Rate"]).tag
    'ConversionRates'
    >>> recognise_section(["ClientAccountID"]) is None
    True
    """
    keys = {heading_key(heading) for heading in headings}
    scores = {
        tag: len(keys & attribute_keys(spec.default).keys()) for tag, spec in CSV_SECTIONS.items()
    }
    best = max(scores.values())
    if best < 2 or best * 2 <= len(keys):  # one column (ClientAccountID) tells nothing
        return None
    tied = [tag for tag, score in scores.items() if score == best]
    if len(tied) > 1:
        tied = [tag for tag in CSV_PREFERENCE if tag in tied][:1]
    return CSV_SECTIONS[tied[0]] if tied else None


def is_heading_line(fields: list[str]) -> bool:
    """Every field a heading-like text and more than half of them known headings."""
    if not fields or not all(fields):
        return False
    known = known_heading_keys()
    return sum(heading_key(field) in known for field in fields) * 2 > len(fields)

"""Check a Flex report (or a Flex Web Service envelope) against the XSD installed with the client.

XML is validated against the XSD (each schema error is a violation), then parsed: what the
parser kept without the contract knowing it is drift (new sections, rows and attributes are
``new_field``, values outside an enumeration ``new_enum_value``). A CSV report has no XSD;
it is parsed, and values the parser could not read are violations. A file the parser refuses
(``flex.parse`` raises its typed error) is ``unreadable``; an error envelope (1019, 1020, ...)
is a well-formed answer, not a finding.

Example:
    >>> import pathlib, tempfile
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "r.xml"
    >>> _ = path.write_text('<FlexQueryResponse queryName="q" type="AF"><FlexStatements '
    ...     'count="1"><FlexStatement accountId="U1" fromDate="20240101" toDate="20240101" '
    ...     'period="Last" whenGenerated="20240101;120000"><CashReport><CashReportCurrency '
    ...     'currency="USD" brandNew="1"/></CashReport></FlexStatement></FlexStatements>'
    ...     '</FlexQueryResponse>')
    >>> sorted({(r.kind, r.json_path) for r in check_flex(FlexFile("r.xml", path)).rows})
    [('new_field', 'CashReportCurrency@brandNew')]
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ibkr_webapi.contract.results import Checked, Row
from ibkr_webapi.contract.traffic import FlexFile

if TYPE_CHECKING:
    from ibkr_webapi.flex.drift import SchemaDrift

OPERATION = "flex"


def check_flex(item: FlexFile) -> Checked:
    """Every finding for one Flex file."""
    from ibkr_webapi import flex
    from ibkr_webapi.flex.errors import FlexNotAReportError, FlexServiceError

    found: list[tuple[str, str, str]] = []
    is_xml = item.path.suffix.lower() == ".xml"
    if is_xml:
        found += _schema_findings(item)
    try:
        report = flex.parse(item.path)
    except (FlexServiceError, FlexNotAReportError):
        pass  # an envelope: SendRequest's answer or a documented error code
    except flex.FlexError as error:
        found.append(("unreadable", "", f"{type(error).__name__}: {error}"))
    else:
        found += _drift_findings(report.drift, invalid_is_violation=not is_xml)
    rows = tuple(Row(OPERATION, item.source, item.path.name, "report", kind, path, message)
                 for kind, path, message in found)
    return Checked(OPERATION, item.source, item.path.name, rows)


def _schema_findings(item: FlexFile) -> list[tuple[str, str, str]]:
    from xmlschema.exceptions import XMLResourceParseError

    from ibkr_webapi.flex.errors import FlexSchemaError, FlexUnsafeXmlError
    from ibkr_webapi.flex.source import Input
    from ibkr_webapi.flex.strict import validate

    try:
        validate(Input(item.path))
    except FlexSchemaError as error:
        return [("violation", "", problem) for problem in error.errors]
    except FlexUnsafeXmlError as error:
        return [("violation", "", str(error))]
    except XMLResourceParseError:
        return []  # not XML at all: the parser's typed error says what it is
    return []


def _drift_findings(drift: SchemaDrift, *, invalid_is_violation: bool
                    ) -> list[tuple[str, str, str]]:
    found = [("new_field", section, f"new section {section} ({count}x)")
             for section, count in drift.unknown_sections.items()]
    found += [("new_field", f"{section}/{row}", f"new row type {row} in {section} ({count}x)")
              for (section, row), count in drift.unknown_rows.items()]
    found += [("new_field", f"{row}@{attribute}", f"new attribute ({count}x)")
              for (row, attribute), count in drift.unknown_attributes.items()]
    found += [("new_enum_value", f"{row}@{attribute}", f"new values: {', '.join(sorted(seen))}")
              for (row, attribute), seen in drift.unknown_values.items()]
    found += [("new_enum_value", "", f"unknown time zone {zone} ({count}x)")
              for zone, count in drift.unknown_time_zones.items()]
    if invalid_is_violation:
        found += [("violation", f"{row}@{attribute}", f"unreadable values: {', '.join(values)}")
                  for (row, attribute), values in drift.invalid_values.items()]
    return found

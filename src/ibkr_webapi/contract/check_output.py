"""The outputs of `ibkr-webapi contract check`: a findings table per operation, JSON, JUnit XML.

Example:
    >>> from ibkr_webapi.contract.results import Checked, Row
    >>> row = Row("tickle", "t.json", "POST /tickle", "response", "violation", "$.session",
    ...           "1 is not of type 'string'")
    >>> header, _, line = summary_table([Checked("tickle", "t.json", "POST /tickle", (row,))]
    ...                                 ).splitlines()
    >>> dict(zip(header.split(), line.split()))["violation"]
    '1'
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from collections.abc import Sequence
from typing import Any

from ibkr_webapi.contract.results import Checked, Row

KINDS = ("violation", "new_field", "missing_field", "new_enum_value", "undeclared_status",
         "unknown_operation", "unreadable")
MESSAGE_WIDTH = 90


def render(headers: Sequence[str], lines: Sequence[Sequence[str]]) -> str:
    """A plain-text table, columns as wide as their widest cell."""
    widths = [max(len(str(line[i])) for line in [headers, *lines]) for i in range(len(headers))]
    table = [headers, ["-" * width for width in widths], *lines]
    return "\n".join("  ".join(str(cell).ljust(width) for cell, width in
                               zip(line, widths, strict=True)).rstrip() for line in table)


def _kinds(checked: Sequence[Checked]) -> list[str]:
    """The known kinds, then any new kind a newer `findings` module reports."""
    seen = {row.kind for item in checked for row in item.rows}
    return [*KINDS, *sorted(seen - set(KINDS))]


def summary_table(checked: Sequence[Checked]) -> str:
    """One line per operation: how many items were checked and each kind of finding."""
    kinds = _kinds(checked)
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for item in checked:
        counts[item.operation]["checked"] += 1
        for row in item.rows:
            counts[item.operation][row.kind] += 1
    lines = [[operation, str(count["checked"]), *(str(count[k]) for k in kinds)]
             for operation, count in sorted(counts.items())]
    return render(["operation", "checked", *kinds], lines)


def findings_table(checked: Sequence[Checked]) -> str:
    """One line per finding: operation, kind, part, source, JSON path, reason."""
    rows = sorted((row for item in checked for row in item.rows),
                  key=lambda r: (r.operation, r.kind, r.source))
    lines = [[row.operation, row.kind, row.part, row.source, row.json_path,
              _clip(f"{row.label}: {row.message}")] for row in rows]
    return render(["operation", "kind", "part", "source", "JSON path", "what"], lines)


def _clip(text: str) -> str:
    return text if len(text) <= MESSAGE_WIDTH else text[: MESSAGE_WIDTH - 3] + "..."


def text_report(checked: Sequence[Checked], *, strict: bool) -> str:
    """The summary table, the findings, and a verdict line."""
    findings = [row for item in checked for row in item.rows]
    failing = sum(row.fails(strict=strict) for row in findings)
    parts = [summary_table(checked)]
    if findings:
        parts.append(findings_table(checked))
    verdict = "FAILED" if failing else "passed"
    rule = "every finding fails (--strict)" if strict else "violations fail, drift is reported"
    parts.append(f"{len(checked)} checked, {len(findings)} finding(s), {failing} failing "
                 f"({rule}): {verdict}")
    return "\n\n".join(parts)


def _row_dict(row: Row, *, strict: bool) -> dict[str, Any]:
    return {"operation": row.operation, "kind": row.kind, "part": row.part,
            "source": row.source, "what": row.label, "json_path": row.json_path,
            "message": row.message, "fails": row.fails(strict=strict)}


def json_report(checked: Sequence[Checked], *, strict: bool) -> str:
    """Everything in one JSON document: totals, counts per operation, every finding."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for item in checked:
        counts[item.operation]["checked"] += 1
        counts[item.operation].update(row.kind for row in item.rows)
    findings = [_row_dict(row, strict=strict) for item in checked for row in item.rows]
    document = {
        "checked": len(checked),
        "failed": any(finding["fails"] for finding in findings),
        "strict": strict,
        "operations": {operation: dict(count) for operation, count in sorted(counts.items())},
        "items": [{"operation": item.operation, "source": item.source, "what": item.label,
                   "findings": len(item.rows)} for item in checked],
        "findings": findings,
    }
    return json.dumps(document, indent=1)


def junit_report(checked: Sequence[Checked], *, strict: bool) -> str:
    """JUnit XML: one test case per checked item; failing findings fail it, drift is kept in
    its system-out (CI shows it without failing)."""
    failures = sum(any(r.fails(strict=strict) for r in item.rows) for item in checked)
    suite = ET.Element("testsuite", name="ibkr-webapi contract check", tests=str(len(checked)),
                       failures=str(failures), errors="0", skipped="0")
    for item in checked:
        case = ET.SubElement(suite, "testcase", classname=item.operation,
                             name=f"{item.source} {item.label}")
        failing = [row for row in item.rows if row.fails(strict=strict)]
        if failing:
            failure = ET.SubElement(case, "failure", message=_line(failing[0]))
            failure.text = "\n".join(_line(row) for row in failing)
        drift = [row for row in item.rows if not row.fails(strict=strict)]
        if drift:
            ET.SubElement(case, "system-out").text = "\n".join(_line(row) for row in drift)
    ET.indent(suite)
    return ET.tostring(suite, encoding="unicode", xml_declaration=True) + "\n"


def _line(row: Row) -> str:
    where = f" {row.json_path}" if row.json_path else ""
    return f"{row.kind} ({row.part}){where}: {row.message}"

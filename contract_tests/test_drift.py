"""Part 2b: every cassette through `check_response`, the function users call on their own
traffic. No cassette may hold a violation; its drift (new fields, missing always-sent fields,
new enum values, undeclared statuses) is reported in the drift table and the JUnit XML, and
overlay/always-sent.yaml must be what the recordings say today."""

from __future__ import annotations

import subprocess
import sys

import pytest

from contract_support import ROOT, captures_dir, load_spec
from harness.drift_report import DriftReport
from ibkr_webapi.contract.captures import iter_captures
from ibkr_webapi.contract.findings import check_response
from ibkr_webapi.contract.validation import find_operation

SPEC = load_spec()
CHECKED = [
    (capture, operation.operation_id)
    for capture in iter_captures(captures_dir())
    if not capture.is_html and (operation := find_operation(SPEC, capture.method, capture.path))
]


@pytest.mark.parametrize(("capture", "operation_id"), CHECKED, ids=[c.name for c, _ in CHECKED])
def test_cassette_has_no_violation_and_its_drift_is_reported(
    capture, operation_id: str, drift_report: DriftReport, request: pytest.FixtureRequest
) -> None:
    findings = check_response(operation_id, capture.status, capture.body)
    drift_report.add(capture.name, findings)
    # JUnit XML carries an item's user_properties (record_property warns under xunit2).
    request.node.user_properties.extend((f.kind, f.path) for f in findings)
    violations = [f"{f.path}: {f.message}" for f in findings if f.is_violation]
    assert not violations, f"{capture.name} ({operation_id}): " + "; ".join(violations)


def test_the_always_sent_marks_are_what_the_recordings_say() -> None:
    tool = [sys.executable, str(ROOT / "tools" / "always_sent.py"), "--check"]
    result = subprocess.run(tool, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_mark_reaches_the_effective_spec() -> None:
    properties = SPEC["components"]["schemas"]["AuthStatus"]["properties"]
    assert properties["authenticated"].get("x-ibkr-always-sent") is True

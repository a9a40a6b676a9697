"""Collects contract failures as (operation, part, what failed, JSON path) rows.

The rows are printed as a table at the end of the session and attached to each failed test
as JUnit properties (``operation``, ``part``, ``json_path``), so ``pytest --junitxml``
carries them to CI systems.
"""

from __future__ import annotations

from collections.abc import Generator
from pathlib import Path
from typing import Any

import pytest

from ibkr_webapi.contract.report import FailureRow, format_table, rows_from_exception
from ibkr_webapi.contract.validation import find_operation

SUITE = Path(__file__).resolve().parents[1]
PARTS = (
    ("test_examples", "1 examples"),
    ("test_captures", "2 cassettes"),
    ("test_mock_", "3 mock"),
    ("test_ws_", "4 websocket"),
    ("flex", "5 flex"),
    ("test_live_", "6 live"),
    ("test_scrubber_", "6 scrubber"),
    ("test_report_", "7 report"),
    ("test_doc_coverage", "doc coverage"),
)


def part_of(path: Path, suite: Path = SUITE) -> str:
    """The harness part a test file belongs to, from its name (or folder)."""
    relative = path.resolve().relative_to(suite)
    for marker, part in PARTS:
        if any(piece.startswith(marker) for piece in relative.parts):
            return part
    return relative.stem


def operation_of(item: pytest.Item) -> str:
    """The parametrized id names the operation (or capture, example...) a test checks."""
    callspec = getattr(item, "callspec", None)
    return str(callspec.id) if callspec is not None else item.name


class ContractReport:
    """The plugin object; `rows` holds every failure of the session."""

    def __init__(self, spec: dict[str, Any], suite: Path = SUITE) -> None:
        self.spec = spec
        self.suite = suite.resolve()
        self.rows: list[FailureRow] = []

    def resolve(self, label: str) -> str:
        method, _, path = label.partition(" ")
        operation = find_operation(self.spec, method, path)
        return operation.operation_id if operation else label

    @pytest.hookimpl(hookwrapper=True)
    def pytest_runtest_makereport(
        self, item: pytest.Item, call: pytest.CallInfo[None]
    ) -> Generator[None, Any, None]:
        outcome = yield
        report: pytest.TestReport = outcome.get_result()
        in_suite = self.suite in item.path.resolve().parents
        if not report.failed or call.excinfo is None or not in_suite:
            return
        rows = rows_from_exception(
            call.excinfo.value,
            operation=operation_of(item),
            part=part_of(item.path, self.suite),
            resolve=self.resolve,
        )
        self.rows.extend(rows)
        for row in rows:  # JUnit XML takes the properties of the teardown report: the item's
            item.user_properties.extend(
                [("operation", row.operation), ("part", row.part), ("json_path", row.json_path)]
            )

    def pytest_terminal_summary(self, terminalreporter: Any) -> None:
        if self.rows:
            terminalreporter.write_sep("=", "contract failures by operation")
            terminalreporter.write_line(format_table(self.rows))

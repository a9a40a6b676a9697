"""Drift seen in a contract run: one row per finding that is not a violation, printed as a
table at the end with the count of each kind, plus the mutation rates (test_mutations.py).

Tests add rows and rates through the `drift_report` fixture; the counts also reach the JUnit
XML as testsuite properties (`drift_<kind>`, `rate_<name>`), and each cassette's findings as
properties of its test case.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import pytest
from _pytest.junitxml import xml_key

from ibkr_webapi.contract.findings import Finding

PLUGIN_NAME = "ibkr-drift-report"


@dataclass(frozen=True)
class Rate:
    """How many mutations of one family met the expectation, out of how many tried."""

    name: str
    met: int
    tried: int
    expectation: str

    @property
    def value(self) -> float:
        return self.met / self.tried if self.tried else 0.0

    def __str__(self) -> str:
        return f"{self.name:<11} {self.value:7.1%}  ({self.met}/{self.tried} {self.expectation})"


@dataclass
class DriftReport:
    """The plugin object: drift rows by cassette, and the mutation rates."""

    rows: list[tuple[str, Finding]] = field(default_factory=list)
    rates: dict[str, Rate] = field(default_factory=dict)
    checked: int = 0

    def add(self, cassette: str, findings: list[Finding]) -> None:
        self.checked += 1
        self.rows.extend((cassette, f) for f in findings if not f.is_violation)

    def counts(self) -> Counter[str]:
        return Counter(finding.kind for _, finding in self.rows)

    def table(self) -> str:
        lines = [f"{'kind':<17} {'operation':<40} {'JSON path':<36} cassette"]
        for cassette, f in sorted(self.rows, key=lambda r: (r[1].kind, r[1].operation, r[0])):
            lines.append(f"{f.kind:<17} {f.operation:<40} {f.path:<36} {cassette}")
        counts = ", ".join(f"{k} {n}" for k, n in sorted(self.counts().items())) or "no drift"
        lines.append(f"{self.checked} cassettes checked: {counts}")
        return "\n".join(lines)

    def pytest_terminal_summary(self, terminalreporter: Any) -> None:
        if self.checked:
            title = "drift in the recorded cassettes (reported, not failed)"
            terminalreporter.write_sep("=", title)
            terminalreporter.write_line(self.table())
        if self.rates:
            terminalreporter.write_sep("=", "mutation rates")
            for rate in self.rates.values():
                terminalreporter.write_line(str(rate))

    @pytest.hookimpl(tryfirst=True)  # before the JUnit writer, which reads the properties
    def pytest_sessionfinish(self, session: pytest.Session) -> None:
        xml = session.config.stash.get(xml_key, None)
        if xml is None:
            return
        for kind, count in sorted(self.counts().items()):
            xml.add_global_property(f"drift_{kind}", count)
        for rate in self.rates.values():
            value = f"{rate.value:.4f} ({rate.met}/{rate.tried})"
            xml.add_global_property(f"rate_{rate.name}", value)

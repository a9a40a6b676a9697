"""The hostile-input suite: the matrix is in hostile_attacks.py; results are printed at the end."""

from __future__ import annotations

import pytest
from hostile_attacks import ATTACKS
from hostile_support import RESULTS


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not RESULTS:
        return
    terminalreporter.section("hostile inputs: attack, result, peak memory, time")
    for name in ATTACKS:
        if name in RESULTS:
            outcome, peak, seconds = RESULTS[name]
            terminalreporter.write_line(
                f"{name:40} {outcome:28} {peak:8.2f} MiB {seconds:7.2f} s")

"""The ``--ibkr-contract`` part of the pytest plugin: check every response of the run.

Registered by the package's pytest plugin (`ibkr_webapi.mock.pytest_plugin`) only when the
option is given (it needs the ``contract`` extra). While the session runs, every transport
that ``ibkr_webapi.Client``, ``AsyncClient`` and the mock server build is wrapped in a
contract-checking transport (`ibkr_webapi.transport_hooks`); each checked exchange is kept
with the test that made it. At the end: the findings table in the terminal summary, and a
failed session if any finding fails (violations; with strict, drift too).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Generator
from dataclasses import replace
from typing import Any

import httpx
import pytest

from ibkr_webapi import transport_hooks
from ibkr_webapi.contract.check_output import findings_table, summary_table
from ibkr_webapi.contract.checking import AsyncContractCheckingTransport, ContractCheckingTransport
from ibkr_webapi.contract.results import Checked, failed

CONTRACT_MARKER = "ibkr_contract"


class ContractSession:
    """Collects checked exchanges per test; reports and judges them at the end."""

    def __init__(self, *, strict: bool) -> None:
        self.strict = strict
        self.checked: list[Checked] = []
        self._lock = threading.Lock()
        self._test = "(outside a test)"
        self._enabled = True
        self._remove: Callable[[], None] | None = None

    # -- hooks -------------------------------------------------------------------------

    def pytest_sessionstart(self, session: pytest.Session) -> None:
        self._remove = transport_hooks.install(self._wrap, self._wrap_async)

    def pytest_unconfigure(self, config: pytest.Config) -> None:
        if self._remove is not None:
            self._remove()
            self._remove = None

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_protocol(self, item: pytest.Item,
                                nextitem: pytest.Item | None) -> Generator[None, object, object]:
        marker = item.get_closest_marker(CONTRACT_MARKER)
        self._test = item.nodeid
        self._enabled = marker is None or bool(marker.kwargs.get("check", True))
        try:
            return (yield)
        finally:
            self._test, self._enabled = "(outside a test)", True

    @pytest.hookimpl(tryfirst=True)
    def pytest_sessionfinish(self, session: pytest.Session, exitstatus: int) -> None:
        if failed(self.checked, strict=self.strict) and exitstatus == pytest.ExitCode.OK:
            session.exitstatus = pytest.ExitCode.TESTS_FAILED

    def pytest_terminal_summary(self, terminalreporter: Any) -> None:
        reporter = terminalreporter
        reporter.section("ibkr-webapi contract")
        if not self.checked:
            reporter.write_line("no response went through an ibkr_webapi client or the mock")
            return
        reporter.write_line(summary_table(self.checked))
        rows = [row for item in self.checked for row in item.rows]
        if rows:
            reporter.write_line("")
            reporter.write_line(findings_table(self.checked))
        failing = sum(row.fails(strict=self.strict) for row in rows)
        verdict = "the session fails" if failing else "nothing fails"
        reporter.write_line(f"{len(self.checked)} responses checked, {len(rows)} finding(s), "
                            f"{failing} failing: {verdict}")

    # -- transports --------------------------------------------------------------------

    def _keep(self, checked: Checked) -> None:
        if not self._enabled:
            return
        with self._lock:
            self.checked.append(checked)

    def _wrap(self, transport: httpx.BaseTransport) -> httpx.BaseTransport:
        if isinstance(transport, ContractCheckingTransport):
            return transport
        return ContractCheckingTransport(transport, report=self._report_for_test)

    def _wrap_async(self, transport: httpx.AsyncBaseTransport) -> httpx.AsyncBaseTransport:
        if isinstance(transport, AsyncContractCheckingTransport):
            return transport
        return AsyncContractCheckingTransport(transport, report=self._report_for_test)

    def _report_for_test(self, checked: Checked) -> None:
        rows = tuple(replace(row, source=self._test) for row in checked.rows)
        self._keep(Checked(checked.operation, self._test, checked.label, rows))

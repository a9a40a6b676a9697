"""Shared fixtures of the contract suite: the effective spec and its validator; the failure
table and JUnit properties (harness/report_plugin.py); the drift table and mutation rates
(harness/drift_report.py); the fuzzing and live-mode options."""

from __future__ import annotations

from typing import Any

import pytest

from contract_support import load_spec
from harness.drift_report import PLUGIN_NAME, DriftReport
from harness.options import add_options
from harness.report_plugin import ContractReport
from ibkr_webapi.contract.validation import SpecValidator


def pytest_addoption(parser: pytest.Parser) -> None:
    add_options(parser)


def pytest_configure(config: pytest.Config) -> None:
    if not config.pluginmanager.has_plugin("ibkr-contract-report"):
        config.pluginmanager.register(ContractReport(load_spec()), "ibkr-contract-report")
    if not config.pluginmanager.has_plugin(PLUGIN_NAME):
        config.pluginmanager.register(DriftReport(), PLUGIN_NAME)


@pytest.fixture(scope="session")
def drift_report(pytestconfig: pytest.Config) -> DriftReport:
    report: DriftReport = pytestconfig.pluginmanager.get_plugin(PLUGIN_NAME)
    return report


@pytest.fixture(scope="session")
def fuzz_examples(pytestconfig: pytest.Config) -> int:
    return int(pytestconfig.getoption("--fuzz-examples"))


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    return load_spec()


@pytest.fixture(scope="session")
def validator(spec: dict[str, Any]) -> SpecValidator:
    return SpecValidator(spec)

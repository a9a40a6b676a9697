"""Part 7: a failing run prints the per-operation table and writes JUnit XML with properties."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

pytest_plugins = ["pytester"]
QUIET = ("-p", "no:cacheprovider", "-o", "asyncio_default_fixture_loop_scope=function")

INNER_CONFTEST = """
from pathlib import Path
from contract_support import load_spec
from harness.report_plugin import ContractReport

def pytest_configure(config):
    config.pluginmanager.register(ContractReport(load_spec(), Path(__file__).parent), "report")
"""

INNER_TESTS = """
import pytest

@pytest.mark.parametrize("operation", ["get_brokerage_accounts", "tickle"])
def test_operation(operation):
    if operation == "tickle":
        raise AssertionError("POST /tickle (tickle): $.iserver.authStatus: 'x' is not an object")
"""


@pytest.fixture
def inner_run(pytester: pytest.Pytester) -> pytest.RunResult:
    pytester.makeconftest(INNER_CONFTEST)
    pytester.makepyfile(test_mock_inner=INNER_TESTS)
    return pytester.runpytest_inprocess("--junitxml=junit.xml", *QUIET)


def test_the_table_names_operation_part_and_json_path(inner_run: pytest.RunResult) -> None:
    inner_run.assert_outcomes(passed=1, failed=1)
    inner_run.stdout.fnmatch_lines([
        "*contract failures by operation*",
        "operation*part*what failed*JSON path*",
        "tickle*3 mock*POST /tickle (tickle)*$.iserver.authStatus",
    ])
    assert "get_brokerage_accounts  3 mock" not in inner_run.stdout.str()


def test_the_junit_report_carries_the_same_rows(
    inner_run: pytest.RunResult, pytester: pytest.Pytester
) -> None:
    tree = ET.parse(pytester.path / "junit.xml")
    (failed,) = [case for case in tree.iter("testcase") if case.find("failure") is not None]
    properties = {p.get("name"): p.get("value") for p in failed.iter("property")}
    assert properties == {
        "operation": "tickle", "part": "3 mock", "json_path": "$.iserver.authStatus",
    }
    assert "tickle" in failed.get("name", "")


def test_a_passing_run_prints_no_table(pytester: pytest.Pytester) -> None:
    pytester.makeconftest(INNER_CONFTEST)
    pytester.makepyfile(test_mock_inner="def test_fine():\n    pass\n")
    result = pytester.runpytest_inprocess(*QUIET)
    result.assert_outcomes(passed=1)
    assert "contract failures by operation" not in result.stdout.str()

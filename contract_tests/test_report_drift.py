"""Part 7: drift is printed as a table with its counts, never failed on, and the counts and the
mutation rates reach the JUnit XML as testsuite properties."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

pytest_plugins = ["pytester"]
QUIET = ("-p", "no:cacheprovider", "-o", "asyncio_default_fixture_loop_scope=function")

INNER_CONFTEST = """
import pytest
from harness.drift_report import DriftReport

REPORT = DriftReport()

def pytest_configure(config):
    config.pluginmanager.register(REPORT, "drift")

@pytest.fixture
def drift_report():
    return REPORT
"""

INNER_TESTS = """
from harness.drift_report import Rate
from ibkr_webapi.contract.findings import Finding

def test_one_cassette(drift_report):
    drift_report.add("GET_x__1.json", [
        Finding("new_field", "$.conId", "'conId' is not named", "get_x"),
        Finding("missing_field", "$.conid", "'conid' is absent", "get_x"),
    ])
    drift_report.rates["drift"] = Rate("drift", 19, 20, "reported")
"""


def test_drift_is_a_table_with_counts_and_rates_and_lands_in_junit(
    pytester: pytest.Pytester,
) -> None:
    pytester.makeconftest(INNER_CONFTEST)
    pytester.makepyfile(test_inner=INNER_TESTS)
    result = pytester.runpytest_inprocess("--junitxml=junit.xml", *QUIET)
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines([
        "*drift in the recorded cassettes*",
        "missing_field*get_x*$.conid*GET_x__1.json",
        "new_field*get_x*$.conId*GET_x__1.json",
        "1 cassettes checked: missing_field 1, new_field 1",
        "*mutation rates*",
        "drift*95.0%*(19/20 reported)",
    ])
    suite = ET.parse(pytester.path / "junit.xml").getroot().find("testsuite")
    assert suite is not None
    properties = {p.get("name"): p.get("value") for p in suite.iter("property")}
    assert properties["drift_new_field"] == "1" and properties["drift_missing_field"] == "1"
    assert properties["rate_drift"] == "0.9500 (19/20)"

"""The spec covers every endpoint, parameter and field cpapi-v1.md documents (issue 3), as the
committed documentation inventory (contract_tests/facts/cpapi-v1-inventory.json) records them."""

from __future__ import annotations

import copy
import sys

import pytest

from contract_support import ROOT

sys.path.insert(0, str(ROOT / "tools"))

from doc_coverage import inventory_endpoints, load_allowlist, load_inventory, report

DOCUMENTED = inventory_endpoints(load_inventory())
ALLOWLIST = ROOT / "tools" / "doc_coverage_allowlist.yaml"


def test_the_spec_covers_the_whole_documentation(
    spec: dict, capsys: pytest.CaptureFixture[str]
) -> None:
    status = report(spec, DOCUMENTED, load_allowlist(ALLOWLIST))
    printed = capsys.readouterr().out
    assert status == 0, printed
    assert "98 documented endpoints" in printed and "(100.0%)" in printed


def test_a_missing_field_is_reported_by_section_and_endpoint(
    spec: dict, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = copy.deepcopy(spec)
    del broken["paths"]["/tickle"]["post"]["responses"]["200"]
    assert report(broken, DOCUMENTED, load_allowlist(ALLOWLIST)) == 1
    printed = capsys.readouterr().out
    assert "## Session" in printed
    assert "POST /tickle (Ping the server): missing response field ssoExpires" in printed

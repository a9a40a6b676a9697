"""`ibkr-webapi contract check`: each format read, requests and responses checked, outputs."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from ibkr_webapi.cli import main
from ibkr_webapi.contract.check import check_paths
from ibkr_webapi.contract.results import failed
from ibkr_webapi.contract.traffic import HttpExchange, Unreadable, WsFrame, read_paths

TRAFFIC = Path(__file__).parent / "traffic"
EXPECTED = {
    # (file, operation, part, kind, JSON path)
    ("project_cassette.json", "get_brokerage_session_status", "response", "violation",
     "$.authenticated"),
    ("vcr_cassette.yaml#1", "init_brokerage_session", "request", "violation", "$.publish"),
    ("browser.har#1", "GET /v1/api/iserver/brand/new/endpoint", "request", "unknown_operation",
     ""),
    ("frames.jsonl:2", "ws system", "frame", "violation", "$.hb"),
    ("flex_report.xml", "flex", "report", "new_field", "CashReportCurrency@brandNewColumn"),
}


def _findings(paths: list[Path]) -> set[tuple[str, str, str, str, str]]:
    return {(Path(row.source).name, row.operation, row.part, row.kind, row.json_path)
            for item in check_paths(paths) for row in item.rows}


def test_every_format_is_read_and_its_findings_named() -> None:
    found = _findings([TRAFFIC])
    assert found >= EXPECTED
    # The Flex CSV is parsed where the parser reads CSV; until then its typed error is a row.
    assert found - EXPECTED <= {("flex_report.csv", "flex", "report", "unreadable", "")}


def test_conforming_exchanges_have_no_findings() -> None:
    checked = {Path(item.source).name: item for item in check_paths([TRAFFIC])}
    for clean in ("vcr_cassette.yaml#0", "browser.har#2", "project_ws_frame.json",
                  "frames.jsonl:1", "frames.jsonl:3", "browser.har#3.ws0", "browser.har#3.ws1"):
        assert checked[clean].rows == (), clean
    assert checked["vcr_cassette.yaml#0"].operation == "get_portfolio_accounts"
    assert checked["browser.har#2"].operation == "get_brokerage_accounts"  # base64 body


def test_a_browser_har_keeps_only_api_traffic_and_websocket_messages() -> None:
    items = list(read_paths([TRAFFIC / "browser.har"]))
    assert [type(item).__name__ for item in items] == [
        "HttpExchange", "HttpExchange", "WsFrame", "WsFrame"]
    assert isinstance(items[3], WsFrame) and items[3].direction == "sent"


def test_the_committed_cassettes_conform() -> None:
    # The repository's own recorded traffic is what the contract was built from.
    root = Path(__file__).resolve().parents[2] / "contract_tests" / "cassettes"
    checked = check_paths([root])
    assert len(checked) > 100
    assert not failed(checked, strict=False), [r for i in checked for r in i.rows]


@pytest.mark.parametrize(("name", "content", "reason"), [
    ("broken.json", "{", "not JSON"),
    ("other.json", '{"hello": 1}', "no known format"),
    ("cassette.yaml", "- just a list", "not a VCR cassette"),
    ("bad.yaml", "a: [", "not YAML"),
    ("partial.json", '{"format": "ibkr-webapi-cassette/1", "request": {}, "response": {}}',
     "missing 'method'"),
    ("shape.json", '{"format": "ibkr-webapi-cassette/1", "request": {"method": "GET", "path": '
     '"/tickle"}, "response": {"status": "abc"}}', "malformed recording"),
])
def test_unreadable_recordings_are_findings_that_fail(tmp_path: Path, name: str, content: str,
                                                      reason: str) -> None:
    (tmp_path / name).write_text(content)
    (item,) = read_paths([tmp_path / name])
    assert isinstance(item, Unreadable) and reason in item.reason
    assert failed(check_paths([tmp_path / name]), strict=False)


def test_a_missing_path_is_unreadable(tmp_path: Path) -> None:
    (item,) = read_paths([tmp_path / "nowhere"])
    assert isinstance(item, Unreadable)


def test_folders_skip_files_of_other_types(tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text("# notes")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "frames.ndjson").write_text('{"topic": "system", "hb": 1}\n')
    assert [type(item) for item in read_paths([tmp_path])] == [WsFrame]


def test_a_request_with_a_bad_path_parameter_is_a_violation() -> None:
    from ibkr_webapi.contract.exchange_check import ExchangeChecker

    exchange = HttpExchange("x", "GET", "https://api.ibkr.com/v1/api/portfolio/U1/positions/x",
                            200, "application/json", [])
    (row,) = ExchangeChecker().check(exchange).rows
    assert (row.part, row.kind) == ("request", "violation")
    assert "pageId" in row.message


def test_an_html_answer_where_json_is_declared_is_a_violation() -> None:
    from ibkr_webapi.contract.exchange_check import ExchangeChecker

    exchange = HttpExchange("x", "GET", "/portfolio/accounts", 200, "text/html",
                            "<html>oops</html>", json_body=False)
    (row,) = ExchangeChecker().check(exchange).rows
    assert row.kind == "violation" and "text/html" in row.message


def test_exit_status_json_and_junit(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    junit = tmp_path / "reports" / "contract.xml"
    assert main(["contract", "check", str(TRAFFIC), "--json", "--junit", str(junit)]) == 1
    document = json.loads(capsys.readouterr().out)
    assert document["failed"] is True
    assert document["operations"]["init_brokerage_session"] == {"checked": 1, "violation": 1}
    assert {Path(item["source"]).name for item in document["items"]} >= {
        "project_cassette.json", "flex_report.csv", "flex_report.xml", "project_ws_frame.json"}
    suite = ET.parse(junit).getroot()
    assert int(suite.get("tests", "0")) == document["checked"]
    failures = {case.get("classname") for case in suite if case.find("failure") is not None}
    assert {"get_brokerage_session_status", "init_brokerage_session", "ws system"} <= failures
    drift = [case for case in suite if case.find("system-out") is not None]
    assert any("brandNewColumn" in (case.findtext("system-out") or "") for case in drift)


def test_drift_fails_only_with_strict(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    har = tmp_path / "drift.har"
    entries = [json.loads((TRAFFIC / "browser.har").read_text())["log"]["entries"][1]]
    har.write_text(json.dumps({"log": {"entries": entries}}))
    assert main(["contract", "check", str(har)]) == 0
    assert main(["contract", "check", str(har), "--strict"]) == 1
    out = capsys.readouterr().out
    assert "unknown_operation" in out and "every finding fails (--strict)" in out


def test_a_folder_without_recordings_fails(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "notes.md").write_text("nothing recorded yet")
    assert main(["contract", "check", str(tmp_path)]) == 1
    assert "no recordings found" in capsys.readouterr().err

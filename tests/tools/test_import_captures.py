"""tools/import_captures.py: recorded material becomes committed cassettes, idempotently, and a
recording the spec refuses is reported, never dropped."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

from import_captures import main  # noqa: E402

SOURCE = {"repo": "example/project", "file_or_issue": "fixtures/x.json", "commit_or_url": "abc"}


def write(path: Path, document: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document), encoding="utf-8")


@pytest.fixture
def incoming(tmp_path: Path) -> Path:
    """A folder shaped like the workplace's shared/: one capture of each kind."""
    source = tmp_path / "shared"
    rest = source / "captures" / "rest"
    capture = {"method": "POST", "path": "/tickle", "status": 200, "source": SOURCE,
               "notes": "n", "body": {"session": "abc", "iserver": {}}}  # fmt: skip
    write(rest / "POST_tickle__1.json", capture)
    refused = {"method": "GET", "path": "/iserver/auth/status", "status": 200,
               "source": SOURCE, "notes": "", "body": {"authenticated": "yes"}}  # fmt: skip
    write(rest / "GET_iserver_auth_status__9.json", refused)
    page = {"method": "GET", "path": "/no/such/thing", "status": 404, "source": SOURCE,
            "notes": "", "body": "<html>404</html>"}  # fmt: skip
    write(rest / "GET_no_such_thing__1.json", page)
    write(source / "captures" / "ws" / "sts__1.json",
          {"topic": "sts", "message": {"topic": "sts", "args": {}}, "source": SOURCE})  # fmt: skip
    (source / "flex-samples" / "csv").mkdir(parents=True)
    (source / "flex-samples" / "a.xml").write_bytes(b"<FlexQueryResponse/>")
    (source / "flex-samples" / "csv" / "b.csv").write_bytes(b'"ClientAccountID"\n"U1"')
    write(source / "reference" / "ibkr-openapi-9.json",
          {"info": {"version": "9"}, "paths": {"/t": {"get": {"operationId": "t"}}}})  # fmt: skip
    return source


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    status = main(list(args))
    return status, capsys.readouterr().out


def test_import_writes_cassettes_and_reports_the_refused_one(
    incoming: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "repo"
    status, printed = run(capsys, "--from", str(incoming), "--to", str(out))
    assert status == 1  # a refused recording is never silent
    assert "7 new, 0 changed, 0 unchanged, 1 unmatched, 1 rejected" in printed
    assert "GET_iserver_auth_status__9.json GET /iserver/auth/status" in printed
    assert "$.authenticated: 'yes' is not of type 'boolean'" in printed
    assert "unmatched  GET_no_such_thing__1.json: GET /no/such/thing" in printed
    cassette = json.loads((out / "contract_tests/cassettes/rest/POST_tickle__1.json").read_text())
    assert cassette["format"] == "ibkr-webapi-cassette/1"
    assert cassette["request"] == {"method": "POST", "path": "/tickle", "operation_path": "/tickle"}
    assert cassette["response"]["content_type"] == "application/json"
    assert cassette["provenance"]["commit"] == "abc"
    frame = json.loads((out / "contract_tests/cassettes/ws/sts__1.json").read_text())
    assert json.loads(frame["frame"]) == {"topic": "sts", "args": {}}
    sample = out / "contract_tests/flex/samples/csv/b.csv"
    assert sample.read_bytes() == b'"ClientAccountID"\n"U1"'
    facts_file = out / "contract_tests/facts/reference/ibkr-openapi-9-facts.json"
    facts = json.loads(facts_file.read_text())
    assert facts["operations"][0]["operation_id"] == "t"


def test_a_second_import_changes_nothing_and_check_sees_a_change(
    incoming: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "repo"
    run(capsys, "--from", str(incoming), "--to", str(out))
    _, printed = run(capsys, "--from", str(incoming), "--to", str(out))
    assert "0 new, 0 changed, 7 unchanged" in printed
    (incoming / "flex-samples" / "a.xml").write_bytes(b"<FlexQueryResponse />")
    status, printed = run(capsys, "--from", str(incoming), "--to", str(out), "--check")
    assert status == 1 and "changed  contract_tests/flex/samples/a.xml" in printed
    assert (out / "contract_tests/flex/samples/a.xml").read_bytes() == b"<FlexQueryResponse/>"


CASSETTES = ROOT / "contract_tests" / "cassettes"


@pytest.mark.parametrize("folder", ["rest", "ws"])
def test_every_committed_cassette_says_where_it_comes_from(folder: str) -> None:
    files = sorted((CASSETTES / folder).glob("*.json"))
    assert files
    for path in files:
        cassette = json.loads(path.read_text(encoding="utf-8"))
        assert cassette["format"].startswith("ibkr-webapi-"), path.name
        provenance = cassette["provenance"]
        assert provenance["repo"] and provenance["file"], path.name
        assert provenance["imported_from"] == f"{folder}/{path.name}"

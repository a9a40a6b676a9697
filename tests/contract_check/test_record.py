"""`ibkr-webapi contract record` against the in-process mock: scrubbed cassettes in both
formats, which `contract check` then reads back without a finding."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ibkr_webapi.cli import main
from ibkr_webapi.contract.check import check_paths
from ibkr_webapi.contract.live import LiveTarget
from ibkr_webapi.contract.recorder import record
from ibkr_webapi.mock.app import MockServer
from ibkr_webapi.mock.config import MockConfig

OPERATIONS = ("get_portfolio_accounts", "get_portfolio_ledger", "get_brokerage_accounts")


@pytest.mark.parametrize(("fmt", "suffix"), [("cassette", ".json"), ("vcr", ".yaml")])
def test_recordings_are_scrubbed_and_check_clean(tmp_path: Path, fmt: str, suffix: str) -> None:
    lines: list[str] = []
    with MockServer(MockConfig(seed=3, session_initialised=True)) as server:
        target = LiveTarget("gateway", server.http_client)
        accounts = [account.account_id for account in server.world.accounts.all]
        assert record(tmp_path, target, operations=OPERATIONS, fmt=fmt, echo=lines.append) == 0
    assert sorted(lines) == sorted(f"{op} ok" for op in OPERATIONS)
    files = sorted(tmp_path.glob(f"*{suffix}"))
    assert [f.stem for f in files] == sorted(f"live_{op}" for op in OPERATIONS)
    written = "".join(file.read_text() for file in files)
    assert accounts and not [account for account in accounts if account in written]
    checked = check_paths([tmp_path])
    assert sorted(item.operation for item in checked) == sorted(OPERATIONS)
    assert [row for item in checked for row in item.rows] == []


def test_the_project_format_keeps_the_template_and_provenance(tmp_path: Path) -> None:
    with MockServer(MockConfig(seed=3, session_initialised=True)) as server:
        target = LiveTarget("gateway", server.http_client)
        record(tmp_path, target, operations=["get_portfolio_ledger"], echo=lambda line: None)
    cassette = json.loads((tmp_path / "live_get_portfolio_ledger.json").read_text())
    assert cassette["format"] == "ibkr-webapi-cassette/1"
    assert cassette["request"]["operation_path"] == "/portfolio/{accountId}/ledger"
    assert cassette["request"]["path"].startswith("/portfolio/U000000")
    assert cassette["provenance"]["recorded_by"] == "ibkr-webapi contract record"


def test_without_credentials_the_command_says_what_to_set(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("IBKR_GATEWAY_URL", "IBKR_OAUTH_CONSUMER_KEY"):
        monkeypatch.delenv(name, raising=False)
    assert main(["contract", "record", "--out", str(tmp_path)]) == 2
    assert "IBKR_GATEWAY_URL" in capsys.readouterr().out
    assert list(tmp_path.iterdir()) == []

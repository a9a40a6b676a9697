"""The ``ibkr-webapi flex`` command, exports, generator determinism and the docstring examples."""

from __future__ import annotations

import importlib
import io
import json
import random
import subprocess
import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from flex_support import ROOT, FakeClock, SyncASGITransport, statement_xml

from ibkr_webapi import cli, flex
from ibkr_webapi.flex import cli as flex_cli
from ibkr_webapi.flex.fetch import FlexClient
from ibkr_webapi.flex.limiter import TokenRateLimiter
from ibkr_webapi.mock.flex_service import FlexMockConfig, FlexMockService

TOKEN = "123456789012345678901234"


@pytest.fixture
def mocked_fetch(
    monkeypatch: pytest.MonkeyPatch, clock: FakeClock, report_bytes: bytes
) -> Iterator[None]:
    service = FlexMockService(
        FlexMockConfig(tokens={TOKEN: "valid"}, queries={"7": report_bytes}, clock=clock)
    )

    def client(token: str, **options: Any) -> FlexClient:
        options.update(
            transport=SyncASGITransport(service.app),
            limiter=TokenRateLimiter(clock=clock),
            clock=clock,
            sleep=clock.sleep,
            rng=random.Random(1),
        )
        return FlexClient(token, **options)

    monkeypatch.setattr(flex_cli, "FlexClient", client)
    monkeypatch.setenv("MY_FLEX_TOKEN", TOKEN)
    yield


def test_cli_fetch_shows_progress_and_a_summary(
    mocked_fetch: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "report.xml"
    code = cli.main(
        [
            "flex",
            "fetch",
            "--query",
            "7",
            "--token-env",
            "MY_FLEX_TOKEN",
            "-o",
            str(output),
            "--base-url",
            "http://flex.test/AccountManagement/FlexWebService",
        ]
    )
    captured = capsys.readouterr()
    assert code == 0
    assert output.exists()
    assert "IBKR is generating the report (1019)" in captured.err
    assert (
        "saved" in captured.out
        and "U123456" in captured.out
        and "Trades: 14 row(s)" in captured.out
    )
    assert TOKEN not in captured.out + captured.err


def test_cli_fetch_without_token(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("IBKR_FLEX_TOKEN", raising=False)
    assert cli.main(["flex", "fetch", "--query", "7", "-o", "x.xml"]) == 2
    assert "IBKR_FLEX_TOKEN" in capsys.readouterr().err


def test_cli_fetch_reports_typed_errors(
    mocked_fetch: None,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("MY_FLEX_TOKEN", "not-a-known-token")
    code = cli.main(
        [
            "flex",
            "fetch",
            "--query",
            "7",
            "--token-env",
            "MY_FLEX_TOKEN",
            "-o",
            str(tmp_path / "r"),
            "--base-url",
            "http://flex.test/AccountManagement/FlexWebService",
        ]
    )
    assert code == 1
    assert "1015" in capsys.readouterr().err


def test_cli_summary(samples: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["flex", "summary", str(samples / "gs_StatementOfFunds.xml")]) == 0
    assert "StmtFunds: 47 row(s)" in capsys.readouterr().out


def test_progress_display_rewrites_one_line_on_a_terminal() -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    stream = Terminal()
    display = flex_cli.ProgressDisplay(stream)
    display(flex.FetchProgress("waiting", 3.0, delay=2.0, code=1019))
    display(flex.FetchProgress("done", 5.0, received=10))
    display.finish()
    assert stream.getvalue().count("\r") == 2 and stream.getvalue().endswith("\n")


def test_dict_export(samples: Path) -> None:
    report = flex.parse(samples / "pp_testIBFlexStatementFile01.xml")
    trade = report.statement.trades[0]
    record = flex.row_to_dict(trade)
    assert record["tradePrice"] == Decimal("0.27") and record["assetCategory"] == "STK"
    assert flex.row_to_dict(trade, flex_names=False)["trade_price"] == Decimal("0.27")
    json.dumps(flex.to_dicts(report.rows(), json_safe=True))
    sections = flex.section_dicts(report)
    assert sections["Trades"][0]["rowType"] == "Trade"


def test_unknown_rows_and_extra_are_exported() -> None:
    report = flex.parse(
        statement_xml('<Trades><Trade quantity="1" newOne="x"/><Novel a="1"/></Trades>')
    )
    records = flex.section_dicts(report)["Trades"]
    assert records[0]["newOne"] == "x" and records[1] == {"rowType": "Novel", "a": "1"}


def test_dataframes_per_section(samples: Path) -> None:
    frames = flex.to_dataframes(flex.parse(samples / "pp_testIBFlexStatementFile14.xml"))
    assert set(frames) == {"CashReport", "CashTransactions", "ConversionRates", "Trades"}
    assert len(frames["ConversionRates"]) == 720
    assert frames["Trades"]["tradePrice"].map(type).eq(Decimal).all()


def test_generator_output_is_deterministic_and_committed(tmp_path: Path) -> None:
    outputs = [tmp_path / "one", tmp_path / "two"]
    for out in outputs:
        subprocess.run(
            [
                sys.executable,
                str(ROOT / "tools" / "flex_codegen.py"),
                "--xsd-dir",
                str(ROOT / "spec" / "flex"),
                "--out",
                str(out),
            ],
            check=True,
            capture_output=True,
        )
    committed = ROOT / "generated" / "ibkr_client" / "flex"
    files = sorted(p.relative_to(outputs[0]) for p in outputs[0].rglob("*") if p.is_file())
    assert files == sorted(
        p.relative_to(committed)
        for p in committed.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    )
    for name in files:
        assert (
            (outputs[0] / name).read_bytes()
            == (outputs[1] / name).read_bytes()
            == (committed / name).read_bytes()
        )


def test_snake_case_names() -> None:
    sys.path.insert(0, str(ROOT / "tools"))
    codegen = importlib.import_module("flex_codegen")
    assert codegen.snake_case("fxRateToBase") == "fx_rate_to_base"
    assert codegen.snake_case("securityIDType") == "security_id_type"
    assert codegen.snake_case("startingCashIBUKL") == "starting_cash_ibukl"
    assert codegen.enum_member_name("BUY (Ca.)") == "BUY_CA"

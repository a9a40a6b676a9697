"""flex.sync: idempotent storage in SQLite, overlapping periods, token expiry, schema growth."""

from __future__ import annotations

import random
import sqlite3
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from flex_support import SAMPLES, FakeClock, SyncASGITransport

from ibkr_webapi import cli, flex
from ibkr_webapi.flex import cli as flex_cli
from ibkr_webapi.flex.fetch import FlexClient
from ibkr_webapi.flex.limiter import TokenRateLimiter
from ibkr_webapi.flex.sync import SCHEMA_VERSION, SyncError, store, sync
from ibkr_webapi.mock.flex_service import FlexMockConfig, FlexMockService

TOKEN = "123456789012345678901234"
BASE = "http://flex.test/AccountManagement/FlexWebService"
XML = SAMPLES / "pp_testIBFlexStatementFile18.xml"
CSV = SAMPLES / "csv" / "allandequeiroz_business.csv"


def client_for(service: FlexMockService, clock: FakeClock, token: str = TOKEN) -> FlexClient:
    return FlexClient(
        token,
        base_url=BASE,
        transport=SyncASGITransport(service.app),
        limiter=TokenRateLimiter(clock=clock),
        clock=clock,
        sleep=clock.sleep,
        rng=random.Random(3),
    )


def service_for(clock: FakeClock, report: bytes) -> FlexMockService:
    return FlexMockService(
        FlexMockConfig(
            tokens={TOKEN: "valid", "old-token": "expired"}, queries={"9": report}, clock=clock
        )
    )


def count(db: Path, table: str) -> int:
    with sqlite3.connect(db) as connection:
        return int(connection.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0])


@pytest.mark.parametrize("source", [XML, CSV], ids=["xml", "csv"])
def test_storing_a_report_twice_stores_nothing_the_second_time(
    source: Path, tmp_path: Path
) -> None:
    db = tmp_path / "flex.sqlite"
    first, second = store(source, db), store(source, db)
    assert first.new == first.seen and sum(first.new.values()) > 100
    assert second.new == {} and second.seen == first.seen
    assert count(db, "Trade") == first.new["Trades"]


def overlapping(xml: bytes, keep: slice) -> bytes:
    """The report with only a slice of its trades: two periods that overlap."""
    root = ET.fromstring(xml)
    for section in root.iter("Trades"):
        trades = list(section)
        for trade in trades:
            section.remove(trade)
        section.extend(trades[keep])
    return ET.tostring(root)


def test_overlapping_periods_store_each_row_once(tmp_path: Path) -> None:
    xml = XML.read_bytes()
    trades = len(list(ET.fromstring(xml).iter("Trade")))
    early, late = overlapping(xml, slice(0, 4)), overlapping(xml, slice(2, None))
    db = tmp_path / "flex.sqlite"
    assert store(early, db).new["Trades"] == 4
    result = store(late, db)
    assert result.seen["Trades"] == trades - 2
    assert result.new["Trades"] == trades - 4  # the two trades of the overlap are not new
    assert count(db, "Trade") == trades
    keys = [row[0] for row in sqlite3.connect(db).execute("SELECT row_key FROM Trade")]
    assert all(key.startswith(("transactionID=", "tradeID=")) for key in keys)


def test_rows_without_ids_are_keyed_by_content_and_copies_stay(tmp_path: Path) -> None:
    """Identical id-less executions in one report are distinct rows, stored once each."""
    body = b'"ClientAccountID","Symbol","Buy/Sell","Quantity"\n' + b'"U1","A","BUY","1"\n' * 3
    db = tmp_path / "flex.sqlite"
    assert store(body, db).new == {"Trades": 3}
    assert store(body, db).new == {}
    assert store(body + b'"U1","A","BUY","1"\n', db).new == {"Trades": 1}


def test_columns_are_typed_from_the_xsd(tmp_path: Path) -> None:
    db = tmp_path / "flex.sqlite"
    store(XML, db)
    with sqlite3.connect(db) as connection:
        types = {row[1]: row[2] for row in connection.execute('PRAGMA table_info("Trade")')}
        quantity, trade_date = connection.execute(
            "SELECT quantity, trade_date FROM Trade LIMIT 1"
        ).fetchone()
    assert types["quantity"] == "DECIMAL_TEXT" and types["trade_date"] == "DATE_TEXT"
    assert types["date_time"] == "DATETIME_TEXT" and types["row_key"] == "TEXT"
    assert isinstance(quantity, str) and len(trade_date) == 10


def test_the_schema_grows_with_the_xsd_and_is_versioned(tmp_path: Path) -> None:
    db = tmp_path / "flex.sqlite"
    with sqlite3.connect(db) as connection:  # a table made when Trade had fewer columns
        connection.execute('CREATE TABLE "Trade" (row_key TEXT PRIMARY KEY, symbol TEXT)')
    store(XML, db)
    with sqlite3.connect(db) as connection:
        columns = {row[1] for row in connection.execute('PRAGMA table_info("Trade")')}
        meta = dict(connection.execute("SELECT key, value FROM flex_sync_meta"))
        connection.execute(
            "UPDATE flex_sync_meta SET value = ? WHERE key = 'schema_version'",
            (str(SCHEMA_VERSION + 1),),
        )
    assert {"trade_price", "date_time", "extra", "section"} <= columns
    assert meta["schema_version"] == str(SCHEMA_VERSION)
    with pytest.raises(SyncError, match="upgrade ibkr-webapi"):
        store(XML, db)


def test_sync_fetches_waits_and_stores_once(tmp_path: Path, clock: FakeClock) -> None:
    service = service_for(clock, CSV.read_bytes())
    db = tmp_path / "flex.sqlite"
    with client_for(service, clock) as client:
        first = sync("9", db, client=client)
        second = sync("9", db, client=client)
    assert 1019 in service.codes()  # generation in progress was waited out
    assert first.report_format == "csv" and first.new["CashTransactions"] == 131
    assert second.new == {}


def test_an_expired_token_says_how_to_get_a_new_one(tmp_path: Path, clock: FakeClock) -> None:
    service = service_for(clock, CSV.read_bytes())
    with (
        client_for(service, clock, "old-token") as client,
        pytest.raises(flex.FlexTokenExpiredError) as raised,
    ):
        sync("9", tmp_path / "flex.sqlite", client=client)
    assert isinstance(raised.value, flex.FlexTokenError)
    assert "Flex Web Service Configuration" in str(raised.value)
    assert "old-token" not in str(raised.value)


def test_cli_sync_prints_new_rows_then_none(
    tmp_path: Path,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    service = service_for(clock, XML.read_bytes())
    monkeypatch.setattr(flex_cli, "FlexClient", lambda token, **_: client_for(service, clock))
    monkeypatch.setenv("IBKR_FLEX_TOKEN", TOKEN)
    db = str(tmp_path / "flex.sqlite")
    arguments = ["flex", "sync", "--query", "9", "--db", db]
    assert cli.main(arguments) == 0
    assert "Trades: 6 new, 0 already stored" in capsys.readouterr().out
    assert cli.main(arguments) == 0
    assert "Trades: 0 new, 6 already stored" in capsys.readouterr().out


def test_cli_fetch_saves_a_csv_report_as_csv(
    tmp_path: Path,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    service = service_for(clock, CSV.read_bytes())
    monkeypatch.setattr(flex_cli, "FlexClient", lambda token, **_: client_for(service, clock))
    monkeypatch.setenv("IBKR_FLEX_TOKEN", TOKEN)
    output = tmp_path / "report.xml"
    assert cli.main(["flex", "fetch", "--query", "9", "-o", str(output)]) == 0
    out = capsys.readouterr().out
    assert (tmp_path / "report.csv").exists() and not output.exists()
    assert "report.csv" in out and "Trades: 3936 row(s)" in out

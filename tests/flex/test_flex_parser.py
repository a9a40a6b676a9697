"""The streaming parser: typing, tolerance, drift, hostile input, date order, strict mode."""

from __future__ import annotations

import datetime
import io
from decimal import Decimal
from pathlib import Path
from typing import IO, cast

import pytest
from flex_support import statement_xml

from ibkr_client.flex import (
    MULTI,
    AccountInformation,
    AssetCategory,
    CashTransaction,
    SecurityInfo,
    Trade,
    UnknownRow,
)
from ibkr_webapi import flex


def trades_of(report: flex.FlexReport) -> list[Trade]:
    """The Trade rows of the only statement (other row types of the section fail the test)."""
    trades = list(report.statement.trades)
    assert all(isinstance(row, Trade) for row in trades)
    return [row for row in trades if isinstance(row, Trade)]


SAMPLE_REPORTS = sorted(
    path.name
    for path in (Path(__file__).resolve().parents[2] / "contract_tests/flex/samples").glob("*.xml")
    if "FlexStatementResponse" not in path.name
)


@pytest.mark.parametrize("name", SAMPLE_REPORTS)
def test_every_sample_report_parses_without_drift(samples: Path, name: str) -> None:
    report = flex.parse(samples / name)
    assert report.statements
    assert list(report.rows())
    assert not report.drift, report.drift.summary()


def test_rows_are_typed(samples: Path) -> None:
    trade = flex.parse(samples / "pp_testIBFlexStatementFile01.xml").statement.trades[0]
    assert isinstance(trade, Trade)
    assert trade.trade_price == Decimal("0.27")
    assert trade.trade_date == datetime.date(2013, 4, 1)
    assert trade.order_time == datetime.datetime(2013, 4, 1, 7, 0, 7)
    assert trade.trade_time == datetime.time(9, 34, 6)
    assert trade.asset_category is AssetCategory.STK
    assert trade.notes == ("P",)
    assert trade.conid == "80845553"
    assert trade.exch_order_id is None  # IBKR writes "N/A" for "no value"
    assert trade.open_date_time is None


def test_identifiers_stay_strings() -> None:
    xml = statement_xml(
        '<SecuritiesInfo><SecurityInfo cusip="037833100" conid="000123" isin="US0378331005"/>'
        "</SecuritiesInfo>"
    )
    (info,) = flex.parse(xml).statement.securities_info
    assert isinstance(info, SecurityInfo)
    assert (info.cusip, info.conid) == ("037833100", "000123")


def test_single_row_sections_and_lists(samples: Path) -> None:
    statement = flex.parse(samples / "pp_testIBFlexStatementFile17.xml").statement
    assert isinstance(statement.account_information, AccountInformation)
    assert statement.account_information.trading_permissions == (
        "Stocks",
        "Options",
        "Warrants",
        "Forex",
        "Futures",
    )


def test_sections_in_any_order_and_unknown_parts_are_kept() -> None:
    xml = statement_xml(
        '<FutureSection><FutureRow amount="1"/></FutureSection>'
        '<CashTransactions><CashTransaction amount="1,000.50" type="Brand New Type" newAttr="x"/>'
        '<CashTransactionNew amount="2"/></CashTransactions>'
        '<Trades><Trade quantity="10"/></Trades>'
    )
    report = flex.parse(xml)
    statement = report.statement
    (cash, new_row) = statement.cash_transactions
    assert isinstance(cash, CashTransaction)
    assert cash.amount == Decimal("1000.50")
    assert cash.type == "Brand New Type"
    assert cash.extra == {"newAttr": "x"}
    assert new_row == UnknownRow("CashTransactionNew", {"amount": "2"})
    assert statement.unknown_sections["FutureSection"] == (
        UnknownRow("FutureRow", {"amount": "1"}),
    )
    assert trades_of(report)[0].quantity == Decimal("10")
    drift = report.drift
    assert drift.unknown_sections == {"FutureSection": 1}
    assert drift.unknown_rows[("CashTransactions", "CashTransactionNew")] == 1
    assert drift.unknown_attributes[("CashTransaction", "newAttr")] == 1
    assert drift.unknown_values[("CashTransaction", "type")] == {"Brand New Type"}
    assert "unknown attributes: CashTransaction.newAttr (1)" in drift.summary()


def test_drift_is_one_summary_however_many_rows() -> None:
    rows = '<Trade quantity="1" brandNew="y"/>' * 500
    report = flex.parse(statement_xml(f"<Trades>{rows}</Trades>"))
    assert report.drift.unknown_attributes == {("Trade", "brandNew"): 500}
    assert report.drift.summary().count("\n") == 0


def test_invalid_value_goes_to_extra_and_drift() -> None:
    xml = statement_xml('<Trades><Trade quantity="lots" tradePrice="1.5"/></Trades>')
    report = flex.parse(xml)
    trade = report.statement.trades[0]
    assert isinstance(trade, Trade)
    assert trade.quantity is None
    assert trade.trade_price == Decimal("1.5")
    assert trade.extra == {"quantity": "lots"}
    assert report.drift.invalid_values[("Trade", "quantity")] == {"lots": 1}


def test_multi_dates_are_not_missing_dates() -> None:
    xml = statement_xml('<Trades><Trade openDateTime="MULTI" holdingPeriodDateTime="--"/></Trades>')
    trade = flex.parse(xml).statement.trades[0]
    assert isinstance(trade, Trade)
    assert trade.open_date_time is MULTI
    assert trade.holding_period_date_time is None


def test_fx_lots_wrapper_is_looked_through() -> None:
    xml = statement_xml(
        '<FxPositions><FxLots><FxLot functionalCurrency="EUR" quantity="5"/></FxLots></FxPositions>'
    )
    (lot,) = flex.parse(xml).statement.fx_positions
    assert type(lot).__name__ == "FxLot"


def test_streaming_yields_rows_before_the_end_of_input() -> None:
    data = statement_xml("<Trades>" + '<Trade quantity="1"/>' * 20_000 + "</Trades>")
    source = io.BytesIO(data)
    rows = flex.iter_rows(source)
    first = next(rows)
    assert isinstance(first, Trade)
    assert source.tell() < len(data) / 4  # only the first chunk has been parsed
    assert sum(1 for _ in rows) == 19_999


def test_non_seekable_streams_are_spooled(report_bytes: bytes) -> None:
    class Pipe(io.RawIOBase):
        def __init__(self, data: bytes) -> None:
            self._data = io.BytesIO(data)

        def readable(self) -> bool:
            return True

        def seekable(self) -> bool:
            return False

        def readinto(self, buffer: bytearray) -> int:  # type: ignore[override]
            chunk = self._data.read(len(buffer))
            buffer[: len(chunk)] = chunk
            return len(chunk)

    pipe = cast(IO[bytes], Pipe(report_bytes))  # a raw stream, as a socket file can be
    assert len(list(flex.iter_rows(pipe))) == 41


def test_bom_is_stripped(report_bytes: bytes) -> None:
    assert len(list(flex.iter_rows(b"\xef\xbb\xbf" + report_bytes))) == 41


def test_entries_carry_statement_and_section(samples: Path) -> None:
    stream = flex.iter_entries(samples / "gs_StatementOfFunds.xml")
    entry = next(stream)
    assert (entry.statement.account_id, entry.section) == ("DU231262", "StmtFunds")
    assert stream.response.query_name == "Datev"


@pytest.mark.parametrize(
    ("body", "detected"),
    [
        (b'"ClientAccountID","Symbol"\n"U1","\xff"\n', "malformed-csv"),
        (b"<!DOCTYPE html><html><body>Maintenance</body></html>", "html"),
        (b"<html><head></head></html>", "html"),
        (b"Service unavailable", "text"),
        (b"", "empty"),
        (b"   \n", "empty"),
        (b"<FlexQueryResponse><FlexStatements>", "malformed-xml"),
        (b"<rss/>", "unexpected-root"),
    ],
)
def test_wrong_bodies_raise_a_clear_typed_error(body: bytes, detected: str) -> None:
    with pytest.raises(flex.FlexFormatError) as raised:
        list(flex.iter_rows(body))
    assert raised.value.detected == detected


XXE = b"""<?xml version="1.0"?>
<!DOCTYPE FlexQueryResponse [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<FlexQueryResponse><FlexStatements count="1"><FlexStatement accountId="&xxe;"/>
</FlexStatements></FlexQueryResponse>"""

LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<FlexQueryResponse queryName="&lol3;"/>"""

EXTERNAL_DTD = b"""<?xml version="1.0"?>
<!DOCTYPE FlexQueryResponse SYSTEM "http://127.0.0.1:9/evil.dtd">
<FlexQueryResponse/>"""


@pytest.mark.parametrize("body", [XXE, LAUGHS, EXTERNAL_DTD], ids=["xxe", "laughs", "external-dtd"])
def test_dtds_and_entities_are_refused(body: bytes) -> None:
    with pytest.raises(flex.FlexUnsafeXmlError):
        flex.parse(body)


def test_dtd_in_an_envelope_is_refused_too() -> None:
    body = XXE.replace(b"FlexQueryResponse", b"FlexStatementResponse")
    with pytest.raises(flex.FlexUnsafeXmlError):
        flex.parse_envelope(body)


SLASH_DATES = statement_xml(
    '<Trades><Trade tradeDate="03/04/2023"/><Trade tradeDate="05/06/2023"/></Trades>'
)


def test_ambiguous_dates_need_a_date_format() -> None:
    with pytest.raises(flex.FlexAmbiguousDateError):
        flex.parse(SLASH_DATES)
    day_first = trades_of(flex.parse(SLASH_DATES, date_format="dd/MM/yyyy"))
    month_first = trades_of(flex.parse(SLASH_DATES, date_format="MM/dd/yyyy"))
    assert [t.trade_date for t in day_first] == [
        datetime.date(2023, 4, 3),
        datetime.date(2023, 6, 5),
    ]
    assert [t.trade_date for t in month_first] == [
        datetime.date(2023, 3, 4),
        datetime.date(2023, 5, 6),
    ]


def test_day_order_is_detected_from_an_unambiguous_value_later_in_the_file() -> None:
    xml = statement_xml(
        '<Trades><Trade tradeDate="03/04/2023"/></Trades>'
        '<CashTransactions><CashTransaction dateTime="28/04/2023;101010"/></CashTransactions>'
    )
    report = flex.parse(xml)
    assert report.day_first is True
    assert trades_of(report)[0].trade_date == datetime.date(2023, 4, 3)


def test_a_contradicting_value_is_invalid_not_swapped() -> None:
    xml = statement_xml(
        '<Trades><Trade tradeDate="28/04/2023"/><Trade tradeDate="04/28/2023"/></Trades>'
    )
    report = flex.parse(xml)
    first, second = trades_of(report)
    assert first.trade_date == datetime.date(2023, 4, 28)
    assert second.trade_date is None
    assert report.drift.invalid_values[("Trade", "tradeDate")] == {"04/28/2023": 1}


def test_mixed_unambiguous_formats_in_one_file(samples: Path) -> None:
    cash = flex.parse(samples / "pp_testIBFlexStatementFile01.xml").statement.cash_transactions
    # dateTime is a datetime whatever the text: date-only values are midnight, and counted.
    assert {type(row.date_time) for row in cash if isinstance(row, CashTransaction)} == {
        datetime.datetime
    }


def test_strict_mode_validates_against_the_xsd(samples: Path) -> None:
    assert flex.parse(samples / "pp_testIBFlexStatementFile20.xml", strict=True).statements
    bad = statement_xml('<Trades><Trade quantity="lots"/></Trades>')
    with pytest.raises(flex.FlexSchemaError, match="quantity"):
        flex.parse(bad, strict=True)


def test_strict_mode_refuses_entities() -> None:
    with pytest.raises((flex.FlexUnsafeXmlError, flex.FlexSchemaError)):
        flex.parse(LAUGHS, strict=True)


def test_report_statement_needs_exactly_one(samples: Path) -> None:
    xml = statement_xml("").replace(
        b"</FlexStatements>", b'<FlexStatement accountId="U2"/></FlexStatements>'
    )
    report = flex.parse(xml)
    assert [s.account_id for s in report.statements] == ["U1", "U2"]
    with pytest.raises(ValueError, match="2 statements"):
        _ = report.statement

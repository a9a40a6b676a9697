"""Flex reports in CSV: every real sample, every layout, and the same rows as the XML."""

from __future__ import annotations

import csv
import datetime
import io
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from ibkr_client.flex import (
    CSV_HEADINGS,
    CSV_SECTIONS,
    SECTIONS,
    CashTransaction,
    CashTransactionType,
    ConversionRate,
    OpenPosition,
    Trade,
    UnknownRow,
)
from ibkr_webapi import flex
from ibkr_webapi.flex.report import sections_of

CSV_SAMPLES = Path(__file__).parents[2] / "contract_tests" / "flex" / "samples" / "csv"

# What each real sample holds: statements (account) -> section -> rows.
EXPECTED = {
    "allandequeiroz_business.csv": {
        "U1234567": {"Trades": 3936, "CashTransactions": 131, "ConversionRates": 12207},
        "U1234567-P": {"Trades": 52},
    },
    "d0ofus_OpenClaw-Trades-Positions.csv": {
        "U1234567": {"OpenPositions": 3, "Trades": 9, "UnbundledCommissionDetails": 9}
    },
    "vincenzo5_flex-trades-ib-export.csv": {"U1234567": {"Trades": 2}},
    "mercaator_indata_ibkr_sample_v1.csv": {None: {"Trades": 20, "ConversionRates": 10}},
    "fundix_statement_of_funds_sample.csv": {"U1": {"StmtFunds": 19}},
    "KonishchevDmitry_empty-trade-confirmation.csv": {},
    # The one-column Account Information section cannot be told from its column: kept.
    "lrausch23_ib_lots_tax_sample_SYNTHETIC.csv": {"U12345": {"Trades": 6, "CSV section 1": 1}},
    "lrausch23_positions_ib_realistic_with_cash_SYNTHETIC.csv": {
        "U12345": {"EquitySummaryInBase": 2, "OpenPositions": 1, "CSV section 1": 1},
    },
}


def shape(report: flex.FlexReport) -> dict[str | None, dict[str, int]]:
    return {
        statement.account_id: {tag: len(rows) for tag, rows in sections_of(statement)}
        for statement in report.statements
    }


def test_every_csv_sample_is_listed() -> None:
    assert sorted(EXPECTED) == sorted(path.name for path in CSV_SAMPLES.glob("*.csv"))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_csv_sample_parses_into_its_sections(name: str) -> None:
    report = flex.parse(CSV_SAMPLES / name)
    assert report.format == "csv"
    assert shape(report) == EXPECTED[name]
    assert not report.drift.unknown_attributes, report.drift.summary()
    streamed = list(flex.iter_rows(CSV_SAMPLES / name))  # document order, not section order
    assert sorted(map(repr, streamed)) == sorted(map(repr, report.rows()))


def test_section_codes_and_records(samples: Path) -> None:
    report = flex.parse(CSV_SAMPLES / "d0ofus_OpenClaw-Trades-Positions.csv")
    assert report.response.query_name == "OpenClaw - Trades / Positions"
    statement = report.statement
    assert (statement.from_date, statement.to_date) == (datetime.date(2026, 2, 26),) * 2
    assert statement.when_generated == datetime.datetime(2026, 2, 27, 1, 2, 33)
    trade = statement.trades[0]
    assert isinstance(trade, Trade) and trade.buy_sell is not None
    assert isinstance(statement.open_positions[0], OpenPosition)
    assert statement.open_positions[0].position == Decimal("435")
    assert not report.drift


def test_plain_csv_with_several_sections_and_their_own_headings() -> None:
    report = flex.parse(CSV_SAMPLES / "mercaator_indata_ibkr_sample_v1.csv")
    statement = report.statement
    first = statement.trades[0]
    assert isinstance(first, Trade)
    assert first.date_time == datetime.datetime(2024, 11, 20, 9, 33, 40)
    assert first.ib_commission == Decimal("-0.219472758")
    rate = statement.conversion_rates[0]
    assert isinstance(rate, ConversionRate)
    assert rate.report_date == datetime.date(2024, 11, 20)
    assert (rate.from_currency, rate.to_currency, rate.rate) == ("EUR", "USD", Decimal("1.0544"))


def test_deposits_have_one_member_in_csv_and_xml() -> None:
    report = flex.parse(CSV_SAMPLES / "allandequeiroz_business.csv")
    types = {
        row.type
        for row in report.statements[0].cash_transactions
        if isinstance(row, CashTransaction)
    }
    assert CashTransactionType.DEPOSITS_WITHDRAWALS in types
    assert CashTransactionType("Deposits & Withdrawals") is CashTransactionType.DEPOSITS_WITHDRAWALS


def test_undecided_sections_are_kept_and_reported() -> None:
    report = flex.parse(CSV_SAMPLES / "lrausch23_positions_ib_realistic_with_cash_SYNTHETIC.csv")
    unknown = report.statements[0].unknown_sections["CSV section 1"]
    assert unknown == (UnknownRow("CSV section 1", {"ClientAccountID": "U12345"}),)
    assert "CSV sections of undecided type" in report.drift.summary()


def test_header_only_sections_are_empty_not_errors() -> None:
    body = b'"HEADER","POST","ClientAccountID","Symbol","Quantity"\n'
    body += b'"HEADER","TRNT","ClientAccountID","Symbol","Buy/Sell","Quantity"\n'
    body += b'"DATA","TRNT","U1","AAPL","BUY","10"\n'
    report = flex.parse(body)
    assert shape(report) == {"U1": {"Trades": 1}}


@pytest.mark.parametrize("delimiter", [",", "|", "\t"])
def test_delimiters(delimiter: str) -> None:
    text = delimiter.join(['"ClientAccountID"', '"Symbol"', '"Buy/Sell"', '"TradePrice"'])
    text += "\n" + delimiter.join(['"U1"', '"AAPL"', '"SELL"', '"1.5"']) + "\n"
    (row,) = flex.iter_rows(text.encode())
    assert isinstance(row, Trade) and row.trade_price == Decimal("1.5")


def test_day_first_is_detected_in_csv() -> None:
    body = b'"ClientAccountID","TradeDate","Symbol"\n"U1","03/04/2023","A"\n"U1","25/04/2023","B"\n'
    rows = list(flex.iter_rows(body))
    assert [row.trade_date for row in rows if isinstance(row, Trade)] == [
        datetime.date(2023, 4, 3),
        datetime.date(2023, 4, 25),
    ]


def test_unknown_columns_are_drift_under_their_xml_name() -> None:
    body = b'"ClientAccountID","Symbol","Buy/Sell","BrandNewColumn"\n"U1","A","BUY","x"\n'
    body += b'"U1","B","SELL",""\n'
    report = flex.parse(body)
    assert report.drift.summary() == "unknown attributes: Trade.brandNewColumn (1)"
    assert [row.extra for row in report.rows()] == [{"brandNewColumn": "x"}, {}]


def test_eos_counts_are_checked() -> None:
    body = b'"BOF","U1","q","1","20230101","20230131","20230201;010101","",""\n"BOA","U1"\n'
    body += b'"BOS","TRNT","Trades"\n"HEADER","TRNT","ClientAccountID","Symbol"\n'
    body += b'"DATA","TRNT","U1","A"\n"EOS","TRNT","2","0"\n"EOA","U1"\n"EOF"\n'
    report = flex.parse(body)
    assert report.drift.invalid_values[("EOS", "TRNT")] == {"2 rows announced, 1 read": 1}


def test_malformed_csv_is_a_typed_error() -> None:
    with pytest.raises(flex.FlexFormatError) as raised:
        list(flex.iter_rows(b'"ClientAccountID","Symbol"\n"U1","\xff\xfe"\n'))
    assert raised.value.detected == "malformed-csv"


def test_plain_text_is_not_csv() -> None:
    with pytest.raises(flex.FlexFormatError) as raised:
        flex.parse(b"Statement could not be generated, try later")
    assert raised.value.detected == "text"


# --------------------------------------------------------------------------- XML -> CSV


def csv_sections_of(xml: bytes) -> Iterator[tuple[str, list[tuple[str, dict[str, str]]]]]:
    """(account, [(row tag, raw attributes)]) per XML section that has a CSV code."""
    root = ET.fromstring(xml)
    for statement in root.iter("FlexStatement"):
        for section in statement:
            spec = CSV_SECTIONS.get(section.tag)
            if spec is None or spec.code is None or SECTIONS[section.tag].single:
                continue
            rows = [(row.tag, dict(row.attrib)) for row in section.iter() if row is not section]
            yield statement.attrib["accountId"], [(section.tag, {}), *rows]


def heading(row_tag: str, attribute: str) -> str:
    return CSV_HEADINGS.get(row_tag, {}).get(attribute) or attribute[:1].upper() + attribute[1:]


def xml_to_csv(xml: bytes, coded: bool) -> tuple[bytes, list[str]]:
    """The CSV IBKR would write for the same query: one heading line per section."""
    out = io.StringIO()
    writer = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\n")
    sections = []
    if coded:
        writer.writerow(["BOF", "U0", "q", "", "", "", "", "", ""])
    for account, ((section, _), *rows) in csv_sections_of(xml):
        code = CSV_SECTIONS[section].code or ""
        if coded:
            writer.writerow(["BOA", account])
        attributes = list(dict.fromkeys(name for _, attrib in rows for name in attrib))
        headings = [heading(rows[0][0] if rows else "", name) for name in attributes]
        prefix = ["DATA", code] if coded else []
        writer.writerow((["HEADER", code] if coded else []) + headings)
        for _, attrib in rows:
            writer.writerow(prefix + [attrib.get(name, "") for name in attributes])
        sections.append(section)
    return out.getvalue().encode(), sections


def rows_by_section(
    report: flex.FlexReport, sections: list[str], by_statement: bool
) -> dict[object, list[object]]:
    """Rows per (statement, section); per section only for plain CSV, whose statements are
    inferred from the account column (a row may name a sub-account its XML statement holds)."""
    grouped: dict[object, list[object]] = {}
    for statement in report.statements:
        for tag, rows in sections_of(statement):
            if tag in sections:
                key = (statement.account_id, tag) if by_statement else tag
                grouped.setdefault(key, []).extend(rows)
    return {key: sorted(rows, key=repr) for key, rows in grouped.items()}


@pytest.mark.parametrize("coded", [True, False], ids=["codes-and-records", "plain"])
@pytest.mark.parametrize(
    "name",
    [
        "pp_testIBFlexStatementFile01.xml",
        "pp_testIBFlexStatementFile18.xml",
        "gs_TestForCoding.xml",
    ],
)
def test_csv_of_an_xml_sample_gives_equal_rows(samples: Path, name: str, coded: bool) -> None:
    xml = (samples / name).read_bytes()
    body, sections = xml_to_csv(xml, coded)
    assert sections, "the sample has sections with a CSV code"
    from_csv, from_xml = flex.parse(body), flex.parse(xml)
    assert rows_by_section(from_csv, sections, coded) == rows_by_section(from_xml, sections, coded)
    assert from_csv.drift.unknown_attributes == from_xml.drift.unknown_attributes

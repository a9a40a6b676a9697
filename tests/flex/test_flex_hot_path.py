"""The parser's fast paths: compiled row builders, batches, bounded memos, the paused collector."""

from __future__ import annotations

import gc
import random
import re
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from xml.sax.saxutils import quoteattr

import pytest
from flex_support import statement_xml

from ibkr_client.flex import ROW_SPECS, FlexRow, Trade
from ibkr_client.flex.enums import BuySell
from ibkr_webapi import flex
from ibkr_webapi.flex.drift import SchemaDrift
from ibkr_webapi.flex.gc_pause import gc_paused
from ibkr_webapi.flex.rows import MAX_COMPILED_ORDERS, Converters, RowBuilder
from ibkr_webapi.flex.values import CACHE_LIMIT, DecimalCache, EnumCache

ROW_RE = re.compile(r'<(\w+) ((?:\w+="[^"]*"\s*)+)/>')
ATTRIBUTE_RE = re.compile(r'(\w+)="([^"]*)"')


def sample_rows(samples: Path, tag: str) -> list[list[tuple[str, str]]]:
    """The attributes of every ``tag`` row in the sample reports, in document order."""
    rows = []
    for path in sorted(samples.glob("pp_*.xml")):
        for found, body in ROW_RE.findall(path.read_text(encoding="utf-8-sig")):
            if found == tag:
                rows.append(ATTRIBUTE_RE.findall(body))
    return rows


def element(tag: str, attributes: list[tuple[str, str]]) -> str:
    return f"<{tag} " + " ".join(f"{name}={quoteattr(raw)}" for name, raw in attributes) + "/>"


def careful(tag: str, attributes: list[tuple[str, str]]) -> FlexRow:
    """The row built one attribute at a time by a fresh builder: the reference."""
    builder = RowBuilder(ROW_SPECS[tag], Converters(None, SchemaDrift()))
    return builder.build_carefully([part for pair in attributes for part in pair])


def test_compiled_builds_equal_careful_builds_in_any_attribute_order(samples: Path) -> None:
    originals = sample_rows(samples, "Trade")
    assert len(originals) > 20
    shuffler = random.Random(7)
    rows: list[list[tuple[str, str]]] = []
    for repeat in range(6):  # each order recurs, so the compiled builds are the ones used
        for attributes in originals:
            order = list(attributes)
            if repeat % 2:
                shuffler.shuffle(order)
            rows.append(order[: len(order) - repeat])  # some rows lack trailing attributes
    xml = statement_xml("<Trades>" + "".join(element("Trade", row) for row in rows) + "</Trades>")
    report = flex.parse(xml)
    assert not report.drift
    assert list(report.statement.trades) == [careful("Trade", row) for row in rows]


def test_more_orders_than_are_compiled_still_build_right_rows() -> None:
    names = ["quantity", "tradePrice", "symbol", "currency", "tradeDate"]
    values = {"quantity": "2", "tradePrice": "1.5", "symbol": "X", "currency": "USD"}
    values["tradeDate"] = "20230829"
    orders = [
        random.Random(seed).sample(names, len(names)) for seed in range(MAX_COMPILED_ORDERS * 3)
    ]
    rows = [[(name, values[name]) for name in order] for order in orders]
    xml = statement_xml(
        "<Trades>" + "".join(element("Trade", row) for row in rows * 2) + "</Trades>"
    )
    assert len({tuple(order) for order in orders}) > MAX_COMPILED_ORDERS
    trades = flex.parse(xml).statement.trades
    assert len(trades) == len(rows) * 2
    assert all(trade == careful("Trade", rows[0]) for trade in trades)


def test_an_invalid_value_in_a_repeated_order_is_kept_raw_and_reported_once() -> None:
    good = '<Trade quantity="1" tradePrice="1.5" newColumn="a"/>'
    bad = '<Trade quantity="x" tradePrice="2" newColumn="b"/>'
    report = flex.parse(statement_xml(f"<Trades>{good * 3}{bad}{good}</Trades>"))
    trades = report.statement.trades
    assert isinstance(trades[3], Trade)
    assert (trades[3].quantity, trades[3].trade_price) == (None, Decimal("2"))
    assert trades[3].extra == {"quantity": "x", "newColumn": "b"}
    assert trades[4] == trades[0]
    assert report.drift.invalid_values == {("Trade", "quantity"): {"x": 1}}
    assert report.drift.unknown_attributes == {("Trade", "newColumn"): 5}


def two_statement_report() -> bytes:
    """Two statements whose sections are far larger than one parser chunk."""
    trades = "<Trades>" + '<Trade symbol="A" quantity="1"/>' * 5_000 + "</Trades>"
    cash = "<CashTransactions>" + '<CashTransaction amount="-1.5"/>' * 5_000
    cash += "</CashTransactions>"
    body = f'<FlexStatement accountId="U1">{trades}{cash}</FlexStatement>'
    body += f'<FlexStatement accountId="U2">{cash}{trades}</FlexStatement>'
    return (
        '<FlexQueryResponse queryName="t" type="AF"><FlexStatements count="2">'
        f"{body}</FlexStatements></FlexQueryResponse>"
    ).encode()


def test_entries_keep_their_place_across_chunks() -> None:
    places = [
        (entry.statement.account_id, entry.section, type(entry.row).__name__)
        for entry in flex.iter_entries(two_statement_report())
    ]
    expected = [("U1", "Trades", "Trade")] * 5_000 + [
        ("U1", "CashTransactions", "CashTransaction")
    ] * 5_000
    expected += [("U2", "CashTransactions", "CashTransaction")] * 5_000
    expected += [("U2", "Trades", "Trade")] * 5_000
    assert places == expected


def test_whole_report_groups_rows_per_statement_and_section() -> None:
    report = flex.parse(two_statement_report())
    first, second = report.statements
    assert (first.account_id, len(first.trades), len(first.cash_transactions)) == (
        "U1",
        5_000,
        5_000,
    )
    assert (second.account_id, len(second.trades), len(second.cash_transactions)) == (
        "U2",
        5_000,
        5_000,
    )
    streamed: dict[tuple[str | None, str], list[FlexRow]] = {}
    for entry in flex.iter_entries(two_statement_report()):
        streamed.setdefault((entry.statement.account_id, entry.section), []).append(entry.row)
    assert streamed[("U2", "Trades")] == list(second.trades)
    assert streamed[("U1", "CashTransactions")] == list(first.cash_transactions)


def test_memos_stay_bounded_and_keep_their_fixed_entries() -> None:
    cache = DecimalCache()
    for number in range(CACHE_LIMIT * 2 + 5):
        assert cache(f"{number}.5") == Decimal(number) + Decimal("0.5")
    assert len(cache.memo) <= CACHE_LIMIT
    assert cache("--") is None and cache("N/A") is None


def test_enum_memos_report_an_unknown_value_once() -> None:
    seen: list[str] = []
    cache = EnumCache(BuySell, seen.append)
    assert [cache("BUY"), cache("BUY (Xx.)"), cache("BUY (Xx.)")] == [
        BuySell.BUY,
        "BUY (Xx.)",
    ] * 1 + ["BUY (Xx.)"]
    assert type(cache("BUY")) is BuySell
    assert seen == ["BUY (Xx.)"]


@pytest.fixture
def collector_enabled() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.enable()
    yield
    if not was_enabled:
        gc.disable()


@pytest.mark.usefixtures("collector_enabled")
def test_gc_pause_nests_and_restores() -> None:
    with gc_paused():
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


@pytest.mark.usefixtures("collector_enabled")
def test_gc_pause_leaves_a_disabled_collector_disabled() -> None:
    gc.disable()
    try:
        with gc_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()  # the rest of the session runs with the collector, as a program would


@pytest.mark.usefixtures("collector_enabled")
def test_parse_restores_the_collector_after_success_and_failure() -> None:
    flex.parse(statement_xml('<Trades><Trade symbol="A"/></Trades>'))
    assert gc.isenabled()
    with pytest.raises(flex.FlexFormatError):
        flex.parse(statement_xml("<Trades><Trade symbol='A'></Trades>"))
    assert gc.isenabled()


def test_rows_outside_any_statement_are_kept() -> None:
    xml = b'<FlexQueryResponse><FlexStatements count="1"><Trades><Trade symbol="A"/></Trades>'
    report = flex.parse(xml + b"</FlexStatements></FlexQueryResponse>")
    (statement,) = report.statements
    assert statement.account_id is None
    assert [trade.symbol for trade in statement.trades if isinstance(trade, Trade)] == ["A"]


def test_a_statement_without_rows_is_kept() -> None:
    report = flex.parse(statement_xml("", header='accountId="U7"'))
    assert [statement.account_id for statement in report.statements] == ["U7"]


def in_generation(generation: int, target: object) -> bool:
    return any(candidate is target for candidate in gc.get_objects(generation))


@pytest.mark.usefixtures("collector_enabled")
def test_what_the_pause_allocated_goes_to_the_oldest_generation() -> None:
    with gc_paused():
        built = [[number] for number in range(1_000)]
    assert not in_generation(0, built[0])
    assert in_generation(2, built[0])


@pytest.mark.usefixtures("collector_enabled")
def test_a_programs_own_frozen_objects_stay_frozen() -> None:
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        assert frozen > 0
        with gc_paused():
            pass
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()

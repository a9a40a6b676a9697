"""The documentation generators' rules (tools/docs_*.py), on the contract and small cases."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

import docs_check  # noqa: E402
import docs_examples  # noqa: E402
import docs_flex  # noqa: E402
from docs_common import DocsError, load_spec  # noqa: E402
from docs_deviations import by_operation, read_deviations  # noqa: E402
from docs_python_calls import SERVED_ELSEWHERE, facade_calls  # noqa: E402
from docs_rest import operations, pacing  # noqa: E402


@pytest.fixture(scope="module")
def model() -> docs_flex.FlexModel:
    return docs_flex.read_model(docs_flex.XSD_DIR)


def test_every_operation_has_a_python_call() -> None:
    calls = facade_calls()
    uncovered = [op.operation_id for op in operations(load_spec())
                 if op.operation_id not in calls and op.operation_id not in SERVED_ELSEWHERE]
    assert uncovered == []
    assert calls["place_orders"].call == "client.orders.place_orders(account_id, body=body)"


def test_a_component_deviation_reaches_every_operation_using_it() -> None:
    touched = by_operation(read_deviations(load_spec()))
    targets = {d.target for op in ("place_orders", "reply_to_order_question", "modify_order")
               for d in touched[op]}
    assert "$.components.schemas.OrderQuestion.properties" in targets


def test_a_path_deviation_touches_only_its_operations() -> None:
    deviation = next(d for d in read_deviations(load_spec())
                     if d.target == "$.paths['/iserver/secdef/info'].get")
    assert deviation.operations == {"get_secdef_info"}


def test_csv_headings_come_from_the_parsers_layout(model: docs_flex.FlexModel) -> None:
    trade = next(row for row in model.rows if row.name == "Trade")
    account = next(field for field in trade.fields if field.xml_name == "accountId")
    assert docs_flex.heading_of("Trade", account) == "ClientAccountID"
    assert docs_flex.heading_of("NoSuchRow", account) == "-"


def test_every_readme_section_with_python_has_a_run_rule() -> None:
    found = docs_examples.sections(docs_examples.README.read_text(encoding="utf-8"))
    assert {"first-bot", "mock-server", "websockets", "flex"} <= set(found)
    assert [name for name, blocks in found.items() if blocks
            and name not in docs_examples.RULES] == []


def test_the_link_check_finds_a_missing_page_and_a_missing_anchor(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "index.html").write_text(
        '<h2 id="here">x</h2><a href="#here">ok</a><a href="#gone">1</a><a href="../b/">2</a>',
        encoding="utf-8")
    (tmp_path / "rest").mkdir()
    (tmp_path / "rest" / "index.html").write_text("", encoding="utf-8")
    with pytest.raises(DocsError) as raised:
        docs_check.check_links(tmp_path, [tmp_path / "a" / "index.html"])
    assert "#gone (no anchor)" in str(raised.value)
    assert "../b/ (no such file)" in str(raised.value)
    assert "#here" not in str(raised.value)


def test_an_operation_missing_from_the_site_fails_the_build(tmp_path: Path) -> None:
    (tmp_path / "rest").mkdir()
    (tmp_path / "rest" / "index.html").write_text("", encoding="utf-8")
    with pytest.raises(DocsError) as raised:
        docs_check.check_operations(tmp_path)
    assert "place_orders (REST reference)" in str(raised.value)
    assert "place_orders (reference/operations/orders)" in str(raised.value)


def test_the_global_limit_is_not_claimed_for_the_flex_web_service() -> None:
    spec = load_spec()
    by_id = {op.operation_id: op for op in operations(spec)}
    assert "global limit does not apply" in pacing(by_id["get_flex_statement"], spec)
    assert pacing(by_id["place_orders"], spec).startswith("Global limit only: 10 requests")
    assert "1 per 5 s for this operation" in pacing(by_id["get_portfolio_accounts"], spec)

"""The fast XML path gives exactly what expat gives, and refuses what expat refuses."""

from __future__ import annotations

from pathlib import Path

import pytest
from flex_support import SAMPLES

from ibkr_webapi import flex
from ibkr_webapi.flex.fastxml import plain_shape

REPORTS = sorted(path for path in SAMPLES.glob("*.xml") if "FlexStatementResponse" not in path.name)
HEAD = b'<FlexQueryResponse queryName="q" type="AF"><FlexStatements count="1">'
HEAD += b'<FlexStatement accountId="U1"><Trades>\n'
TAIL = b"</Trades></FlexStatement></FlexStatements></FlexQueryResponse>\n"


def through_expat(xml: bytes) -> bytes:
    """The same document with a comment, which sends it down the expat path."""
    assert plain_shape([xml])
    end = xml.index(b">", xml.index(b"<FlexQueryResponse")) + 1
    forced = xml[:end] + b"<!-- expat -->" + xml[end:]
    assert not plain_shape([forced])
    return forced


@pytest.mark.parametrize("path", REPORTS, ids=lambda path: path.name)
def test_fast_path_and_expat_agree_on_every_sample(path: Path) -> None:
    xml = path.read_bytes()
    fast, slow = flex.parse(xml), flex.parse(through_expat(xml))
    assert fast.statements == slow.statements
    assert fast.drift == slow.drift


def trades(body: bytes) -> list[object]:
    return list(flex.parse(HEAD + body + TAIL).statement.trades)


def test_entities_and_whitespace_in_values_are_read_as_xml_says() -> None:
    rows = trades(
        b'<Trade symbol="A" description="x"/>\n'
        b'<Trade symbol="A&amp;B" description="two\nlines"/>\n'
        b'<Trade symbol="C" description="x"/>\n'
    )
    assert [(row.symbol, row.description) for row in rows] == [  # type: ignore[attr-defined]
        ("A", "x"),
        ("A&B", "two lines"),
        ("C", "x"),
    ]


@pytest.mark.parametrize(
    "body",
    [
        b'<Trade symbol="A"/><Trade symbol="B"></Trades>',
        b'<Trade symbol="A"/>stray text<Trade symbol="B"/>',
        b'<Trade symbol="A" symbol="B"/>',
        b'<Trade symbol="A/>',
        b'<Trade symbol="A"/><Trade symbol="&undefined;"/>',
    ],
)
def test_malformed_documents_are_typed_errors(body: bytes) -> None:
    with pytest.raises(flex.FlexFormatError) as raised:
        trades(body)
    assert raised.value.detected == "malformed-xml"


def test_a_truncated_document_is_an_error() -> None:
    with pytest.raises(flex.FlexFormatError, match="malformed XML"):
        flex.parse(HEAD + b'<Trade symbol="A"/>\n<Trade symb')


def test_an_empty_root_is_a_report_without_statements() -> None:
    assert flex.parse(b'<FlexQueryResponse queryName="q" type="AF"/>').statements == ()

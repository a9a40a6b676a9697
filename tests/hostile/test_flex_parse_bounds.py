"""Hostile Flex reports handed to the parser itself: one huge value, one element with a
million attributes, either way the parser reads them (the fast path or expat)."""

from __future__ import annotations

from hostile_support import attack

from ibkr_webapi import flex

HEAD = (b'<FlexQueryResponse queryName="q" type="AF"><FlexStatements count="1">'
        b'<FlexStatement accountId="U1" fromDate="20230101" toDate="20230102" period="x" '
        b'whenGenerated="20230102;101010"><Trades>')
TAIL = b"</Trades></FlexStatement></FlexStatements></FlexQueryResponse>"


def report(trade: bytes, *, comment: bool = False) -> bytes:
    # A comment sends the document to expat instead of the fast path for plain XML.
    return (b"<!-- hostile -->" if comment else b"") + HEAD + trade + TAIL


def huge_value(megabytes: int) -> bytes:
    return b'<Trade accountId="U1" description="' + b"a" * (megabytes << 20) + b'" />'


def many_attributes(count: int) -> bytes:
    return b"<Trade " + b" ".join(b'a%d="1"' % i for i in range(count)) + b" />"


# Documents are built before the measured block: only the parser's own memory counts.


def test_flex_huge_attribute_value() -> None:
    document = report(huge_value(40))
    with attack("flex_huge_attribute_value", flex.FlexFormatError):
        flex.parse(document)


def test_flex_large_attribute_value_parses() -> None:
    document = report(huge_value(6))
    with attack("flex_large_attribute_value"):
        parsed = flex.parse(document)
    (trade,) = parsed.statement.trades
    assert len(trade.description) == 6 << 20


def test_flex_million_attributes() -> None:
    document = report(many_attributes(1_000_000))
    with attack("flex_million_attributes", flex.FlexFormatError):
        flex.parse(document)


def test_flex_wide_row_under_the_element_cap() -> None:
    document = report(many_attributes(300_000))
    with attack("flex_wide_row_fast_path", flex.FlexFormatError):
        flex.parse(document)


def test_flex_wide_row_through_expat() -> None:
    document = report(many_attributes(300_000), comment=True)
    with attack("flex_wide_row_expat", flex.FlexFormatError):
        flex.parse(document)

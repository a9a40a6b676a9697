"""The Flex contract (spec/flex/*.xsd) against reality: samples, envelopes, the ibflex inventory."""

from __future__ import annotations

import dataclasses
import functools
import re
from pathlib import Path
from typing import Any

import pytest
import xmlschema

from ibkr_client.flex import ROW_SPECS
from ibkr_webapi import flex

ROOT = Path(__file__).resolve().parents[2]
XSD = ROOT / "spec" / "flex" / "flex.xsd"
SAMPLES = ROOT / "contract_tests" / "flex" / "samples"
ALL_SAMPLES = sorted(path.name for path in SAMPLES.glob("*.xml"))
REPORTS = [name for name in ALL_SAMPLES if "FlexStatementResponse" not in name]


@functools.cache
def schema() -> Any:
    return xmlschema.XMLSchema11(str(XSD))


@pytest.mark.parametrize("name", ALL_SAMPLES)
def test_every_sample_validates_against_the_xsd(name: str) -> None:
    resource = xmlschema.XMLResource(str(SAMPLES / name), defuse="always")
    errors = [f"{error.path}: {error.reason}" for error in schema().iter_errors(resource)]
    assert errors == []


REPORT = (
    b'<FlexQueryResponse><FlexStatements count="1"><FlexStatement><Trades>%s'
    b"</Trades></FlexStatement></FlexStatements></FlexQueryResponse>"
)


@pytest.mark.parametrize(
    "document",
    [
        REPORT % b'<Trade quantity="12 shares"/>',
        b'<FlexQueryResponse><FlexStatements count="x"/></FlexQueryResponse>',
        REPORT % b'<Trade tradeDate="2023-13-45x"/>',
        b"<FlexStatementResponse><ErrorCode>ten</ErrorCode></FlexStatementResponse>",
    ],
    ids=["word-in-decimal", "word-in-count", "garbage-date", "word-in-error-code"],
)
def test_the_xsd_rejects_wrong_values(document: bytes) -> None:
    assert not schema().is_valid(document)


def test_the_xsd_is_tolerant_where_flex_is() -> None:
    document = (
        b'<FlexQueryResponse queryName="q" type="XYZ" newAttr="1"><FlexStatements count="1">'
        b'<FlexStatement accountId="U1" whenGenerated="20230101;101010 EDT">'
        b'<BrandNewSection><BrandNewRow x="1"/></BrandNewSection>'
        b'<Trades><Trade quantity="1,234.5" tradePrice="--" currency="XBT" assetCategory="NEWCAT"'
        b' tradeDate="31/12/23" openDateTime="MULTI" unknownAttribute="x"/><NewRow a="1"/></Trades>'
        b'<AccountInformation accountId="U1"/></FlexStatement></FlexStatements></FlexQueryResponse>'
    )
    errors = [str(error.reason) for error in schema().iter_errors(document)]
    assert errors == []


@pytest.mark.parametrize("name", REPORTS)
def test_every_sample_report_parses_into_typed_rows_without_drift(name: str) -> None:
    report = flex.parse(SAMPLES / name, strict=True)
    assert not report.drift, report.drift.summary()
    assert all(type(row).__name__ in ROW_SPECS for row in report.rows())


ENVELOPE_OUTCOMES = {
    "ibkrdoc_FlexStatementResponse_Fail_1012.xml": flex.FlexTokenExpiredError,
    "issue_krambox12_FlexStatementResponse_Fail_1020.xml": flex.FlexInvalidRequestError,
    "issue_mobeigi29_FlexStatementResponse_Warn_1019.xml": flex.FlexGenerationInProgressError,
}


@pytest.mark.parametrize(("name", "error"), sorted(ENVELOPE_OUTCOMES.items()))
def test_real_error_envelopes_map_to_their_outcome(name: str, error: type[Exception]) -> None:
    envelope = flex.parse_envelope(SAMPLES / name)
    with pytest.raises(error) as raised:
        flex.raise_for_envelope(envelope, operation="GetStatement")
    assert raised.value.code == envelope.error_code  # type: ignore[attr-defined]
    assert isinstance(raised.value, flex.FlexRetryableError) == (envelope.error_code == 1019)
    with pytest.raises(error):
        flex.parse(SAMPLES / name)


def test_documented_success_envelope_with_lower_case_url() -> None:
    envelope = flex.parse_envelope(SAMPLES / "ibkrdoc_FlexStatementResponse_Success.xml")
    flex.raise_for_envelope(envelope, operation="SendRequest")
    assert envelope.reference_code == "1234567890"
    assert (
        envelope.url
        == "https://ndcdyn.interactivebrokers.com/AccountManagement/FlexWebService/GetStatement"
    )
    assert envelope.timestamp is not None and envelope.timestamp.utcoffset() is not None
    with pytest.raises(flex.FlexNotAReportError):
        flex.parse(SAMPLES / "ibkrdoc_FlexStatementResponse_Success.xml")


def xsd_inventory() -> dict[str, set[str]]:
    """Row type -> attribute names declared in the XSD."""
    return {tag: {field.xml_name for field in spec.fields} for tag, spec in ROW_SPECS.items()}


def test_xsd_size_floor() -> None:
    inventory = xsd_inventory()
    assert len(inventory) >= 50
    assert sum(len(names) for names in inventory.values()) >= 2400


def test_the_ibflex_inventory_is_covered() -> None:
    from ibflex import Types as types  # the peer whose attribute inventory is our floor

    inventory = xsd_inventory()
    missing = []
    for name in dir(types):
        cls = getattr(types, name)
        if not (dataclasses.is_dataclass(cls) and isinstance(cls, type)) or name.startswith("_"):
            continue
        if name in ("FlexElement", "FlexQueryResponse", "FlexStatement"):
            continue
        attributes = {a for klass in cls.__mro__ for a in getattr(klass, "__annotations__", {})}
        missing += [f"{name}.{a}" for a in attributes - inventory.get(name, set())]
    assert missing == []


def test_every_sample_section_and_attribute_is_in_the_contract() -> None:
    inventory = xsd_inventory()
    for name in REPORTS:
        text = (SAMPLES / name).read_text(encoding="utf-8-sig")
        for tag, attributes in re.findall(r"<(\w+) ([^>]*?)/?>", text):
            if tag in ("FlexQueryResponse", "FlexStatements", "FlexStatement"):
                continue
            names = set(re.findall(r'(\w+)="', attributes))
            assert names <= inventory[tag], (name, tag, names - inventory[tag])

"""Where the XSD's attribute lists come from: each confirmed-by claim checked at its source.

The sections ibflex 1.1 leaves untyped had their rows written from recollection.
Their ``confirmed-by`` appinfo (see spec/flex/flex.xsd) says, line by line, which
source confirms which name. These tests re-derive each claim from the sources on
hand (ibflex 1.1's Types module and the real samples), so a claim cannot overstate,
and an ``unconfirmed`` or ``other-rows`` mark fails once a new source settles it.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from pathlib import Path
from typing import Any

import pytest
import xmlschema
from ibflex import Types as ibflex_types  # the peer whose inventory is our floor

from ibkr_client.flex import ROW_SPECS, SECTIONS

ROOT = Path(__file__).resolve().parents[2]
XSD = ROOT / "spec" / "flex" / "flex.xsd"
SAMPLES = ROOT / "contract_tests" / "flex" / "samples"
CONFIRMED_BY = "urn:ibkr-webapi:flex:confirmed-by"
IBFLEX = "ibflex-1.1"
HEADERS = frozenset({"FlexQueryResponse", "FlexStatements", "FlexStatement"})
ELEMENT_RE = re.compile(r"<(\w+)((?:\s+\w+=\"[^\"]*\")*)\s*/?>")

Claims = dict[str, list[str]]


def untyped_by_ibflex() -> list[str]:
    """Sections that ibflex 1.1 declares as a bare ``tuple``: it parses them untyped."""
    hints = ibflex_types.FlexStatement.__annotations__
    return [name for name, hint in hints.items() if hint == "tuple"]


UNTYPED = untyped_by_ibflex()
RECOLLECTED_ROWS = sorted({tag for section in UNTYPED for tag in SECTIONS[section].row_tags})


@functools.cache
def schema() -> Any:
    return xmlschema.XMLSchema11(str(XSD))


def claims_of(row_tag: str) -> Claims:
    """The row type's confirmed-by appinfo as {subject: [source or attribute, ...]}."""
    annotation = schema().types[row_tag].annotation
    texts = [info.text or "" for info in annotation.appinfo if info.get("source") == CONFIRMED_BY]
    claims: Claims = {}
    for line in "".join(texts).strip().splitlines():
        subject, _, rest = line.strip().partition(": ")
        assert subject not in claims, (row_tag, subject)
        claims[subject] = rest.split()
    return claims


def ibflex_attributes(class_name: str) -> set[str] | None:
    cls = getattr(ibflex_types, class_name, None)
    if not (isinstance(cls, type) and dataclasses.is_dataclass(cls)):
        return None
    return {name for klass in cls.__mro__ for name in getattr(klass, "__annotations__", {})}


@functools.cache
def sample_elements() -> dict[str, dict[str, set[str]]]:
    """Element tag -> sample file -> attribute names seen on it (empty for containers)."""
    found: dict[str, dict[str, set[str]]] = {}
    for path in sorted(SAMPLES.glob("*.xml")):
        for tag, attributes in ELEMENT_RE.findall(path.read_text(encoding="utf-8-sig")):
            names = found.setdefault(tag, {}).setdefault(path.name, set())
            names.update(re.findall(r"(\w+)=\"", attributes))
    return found


@functools.cache
def columns_anywhere() -> dict[str, set[str]]:
    """Attribute name -> row types that carry it, in ibflex 1.1 or in the samples."""
    carriers: dict[str, set[str]] = {}
    for name in dir(ibflex_types):
        attributes = ibflex_attributes(name)
        if attributes and name not in HEADERS and name != "FlexElement":
            for attribute in attributes:
                carriers.setdefault(attribute, set()).add(name)
    for tag, files in sample_elements().items():
        for attributes in files.values():
            for attribute in attributes if tag not in HEADERS else ():
                carriers.setdefault(attribute, set()).add(tag)
    return carriers


def test_ibflex_leaves_seventeen_sections_untyped_and_we_type_them() -> None:
    assert len(UNTYPED) == 17
    for section in UNTYPED:
        assert SECTIONS[section].row_tags, section
        assert all(ROW_SPECS[tag].fields for tag in SECTIONS[section].row_tags)


@pytest.mark.parametrize("row_tag", RECOLLECTED_ROWS)
def test_every_attribute_is_marked_exactly_once(row_tag: str) -> None:
    claims = claims_of(row_tag)
    marked = [name for names in attribute_claims(claims).values() for name in names]
    declared = [str(name) for name in schema().types[row_tag].attributes if name]
    assert sorted(marked) == sorted(declared)


@pytest.mark.parametrize("row_tag", RECOLLECTED_ROWS)
def test_element_name_claims_hold(row_tag: str) -> None:
    claims = claims_of(row_tag)
    (section,) = [s for s in UNTYPED if row_tag in SECTIONS[s].row_tags]
    section_sources = claims[f"section {section}"]
    assert section_sources == expected_sources(
        section in ibflex_types.FlexStatement.__annotations__, sample_elements().get(section, {})
    )
    with_attributes = {f: a for f, a in sample_elements().get(row_tag, {}).items() if a}
    row_sources = claims[f"row {row_tag}"]
    assert row_sources == expected_sources(ibflex_attributes(row_tag) is not None, with_attributes)


def expected_sources(in_ibflex: bool, files: dict[str, set[str]]) -> list[str]:
    sources = ([IBFLEX] if in_ibflex else []) + [f"sample:{name}" for name in sorted(files)]
    return sources or ["unconfirmed"]


@pytest.mark.parametrize("row_tag", RECOLLECTED_ROWS)
def test_attribute_claims_hold(row_tag: str) -> None:
    """Each attribute sits under its first confirming source, else other-rows or unconfirmed."""
    on_this_row = ibflex_attributes(row_tag) or set()
    in_samples = sample_elements().get(row_tag, {})
    wrong = []
    for subject, names in attribute_claims(claims_of(row_tag)).items():
        for name in names:
            confirming = ([IBFLEX] if name in on_this_row else []) + [
                f"sample:{file}" for file, seen in sorted(in_samples.items()) if name in seen
            ]
            if confirming:
                expected = confirming[0]
            elif columns_anywhere().get(name, set()) - {row_tag}:
                expected = "other-rows"
            else:
                expected = "unconfirmed"
            if subject != expected:
                wrong.append(f"{name}: marked {subject}, sources say {expected}")
    assert wrong == []


def attribute_claims(claims: Claims) -> Claims:
    """The claims about attributes (not about the section or row element names)."""
    return {subject: names for subject, names in claims.items() if not is_element_claim(subject)}


def is_element_claim(subject: str) -> bool:
    return subject.startswith(("section ", "row "))

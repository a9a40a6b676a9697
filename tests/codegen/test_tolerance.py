"""tools/tolerance.py: the tolerance rules every response schema gets, and the generator's view."""

from __future__ import annotations

import copy
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

from tolerance import ToleranceError, codegen_view, make_tolerant  # noqa: E402

SIDE = {"type": "string", "enum": ["BUY", "SELL"]}


def document() -> dict[str, Any]:
    answer = {"type": "object", "required": ["id"], "properties": {
        "id": {"type": "integer"},
        "side": {"$ref": "#/components/schemas/Side"},
        "kind": {"type": "string", "enum": ["A", "B"]},
        "tag": {"const": "order"},
        "sure": {"type": "boolean", "x-ibkr-never-null": True},
        "child": {"$ref": "#/components/schemas/Child"},
    }}
    return {
        "paths": {"/o": {"post": {
            "requestBody": {"content": {"application/json": {"schema": {
                "type": "object", "properties": {"side": {"$ref": "#/components/schemas/Side"}}}}}},
            "responses": {"200": {"content": {"application/json": {"schema": answer}}}},
        }}, "/x": {"get": {"responses": {"200": {"content": {"text/xml": {"schema": {}}}}}}}},
        "components": {
            "schemas": {"Side": copy.deepcopy(SIDE), "Child": {
                "type": "object", "properties": {"n": {"type": "number"}}}},
            "responses": {name: {"content": {"application/json": {"schema": {"type": "object"}}}}
                          for name in ("AnyClientError", "AnyServerError")},
        },
    }


def answer_of(doc: dict[str, Any]) -> dict[str, Any]:
    media = doc["paths"]["/o"]["post"]["responses"]["200"]["content"]["application/json"]
    schema: dict[str, Any] = media["schema"]
    return schema


def test_optional_response_properties_accept_null_unless_marked() -> None:
    properties = answer_of(make_tolerant(document()))["properties"]
    assert properties["id"] == {"type": "integer"}  # required: as documented
    assert properties["sure"]["type"] == "boolean"  # x-ibkr-never-null
    assert properties["tag"] == {"const": "order"}  # a discriminator stays exact
    assert properties["child"]["anyOf"][1] == {"type": "null"}
    assert properties["kind"]["type"] == ["string", "null"]


def test_response_enums_are_open_with_their_known_values_kept() -> None:
    doc = make_tolerant(document())
    kind = answer_of(doc)["properties"]["kind"]
    assert "enum" not in kind and kind["x-ibkr-known-values"] == ["A", "B"]


def test_an_enum_requests_use_stays_closed_and_only_its_response_use_opens() -> None:
    doc = make_tolerant(document())
    assert doc["components"]["schemas"]["Side"] == SIDE
    side = answer_of(doc)["properties"]["side"]
    assert side["x-ibkr-open-enum"] == "Side"
    assert {"type": "string"} in side["anyOf"] and {"type": "null"} in side["anyOf"]


def test_json_operations_declare_error_ranges_and_xml_ones_do_not() -> None:
    doc = make_tolerant(document())
    assert set(doc["paths"]["/o"]["post"]["responses"]) == {"200", "4XX", "5XX"}
    assert set(doc["paths"]["/x"]["get"]["responses"]) == {"200"}


def test_a_spec_without_the_error_responses_is_refused() -> None:
    doc = document()
    del doc["components"]["responses"]
    with pytest.raises(ToleranceError, match="AnyClientError"):
        make_tolerant(doc)


def test_the_codegen_view_types_the_enums_again_and_keeps_nulls() -> None:
    view = codegen_view(make_tolerant(document()))
    properties = answer_of(view)["properties"]
    assert properties["kind"]["enum"] == ["A", "B", None]
    assert properties["side"]["anyOf"] == [
        {"$ref": "#/components/schemas/Side"}, {"type": "null"}
    ]

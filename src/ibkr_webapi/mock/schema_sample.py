"""Schema-valid answers for reference data the mock has no domain model of (enumerations,
forms, participating banks, report availability): a value built from the operation's response
schema in the effective spec, its fields filled from the seeded world (account ids, the
clock's date) and a seeded random generator, so the same seed gives the same answer.

Handlers with state (account status, instructions, models) build their answers themselves and
use this only to fill the fields their state does not decide.

>>> import random
>>> sample({"type": "object", "required": ["n"], "properties": {"n": {"type": "integer"},
...         "ccy": {"type": "string"}}}, random.Random(0), {"ccy": "USD"})
{'n': 865, 'ccy': 'USD'}
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from typing import Any

from ibkr_webapi.spec import effective_spec, operation

MAX_DEPTH = 6
FULL_DEPTH = 3
"""Down to this depth every declared property is filled; deeper, only the required ones."""


def _resolve(node: Mapping[str, Any]) -> Mapping[str, Any]:
    seen = 0
    while "$ref" in node and seen < 20:
        name = node["$ref"].rsplit("/", 1)[1]
        node = effective_spec()["components"]["schemas"][name]
        seen += 1
    return node


def sample(node: Mapping[str, Any], rng: random.Random, hints: Mapping[str, Any],
           depth: int = 0, name: str = "") -> Any:
    """A value `node` accepts; `hints` give values by property name (e.g. accountId)."""
    node = _resolve(node)
    if name in hints:
        return hints[name]
    if "const" in node:
        return node["const"]
    if node.get("enum"):
        return node["enum"][0]
    for key in ("anyOf", "oneOf"):
        if key in node:
            return sample(node[key][0], rng, hints, depth, name)
    if "allOf" in node:
        merged: dict[str, Any] = {}
        for part in node["allOf"]:
            value = sample(part, rng, hints, depth, name)
            if isinstance(value, dict):
                merged.update(value)
        return merged
    kind = node.get("type", "object" if "properties" in node else "string")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    return _typed(kind, node, rng, hints, depth)


def _typed(kind: str, node: Mapping[str, Any], rng: random.Random, hints: Mapping[str, Any],
           depth: int) -> Any:
    if kind == "object":
        required = set(node.get("required", []))
        out = {}
        for prop, schema in node.get("properties", {}).items():
            if prop in required or (depth < FULL_DEPTH and depth < MAX_DEPTH):
                out[prop] = sample(schema, rng, hints, depth + 1, prop)
        return out
    if kind == "array":
        items = node.get("items")
        return [sample(items, rng, hints, depth + 1)] if items and depth < MAX_DEPTH else []
    if kind == "integer":
        low = int(node.get("minimum", 1))
        return rng.randint(low, max(low, int(node.get("maximum", 1000))))
    if kind == "number":
        return round(rng.uniform(1, 1000), 2)
    if kind == "boolean":
        return True
    if kind == "null":
        return None
    return _string(node, rng)


def _string(node: Mapping[str, Any], rng: random.Random) -> str:
    text = f"sample-{rng.randint(100, 999)}"
    low, high = int(node.get("minLength", 0)), int(node.get("maxLength", 64))
    return (text * 4)[:high] if len(text) > high or len(text) < low else text


def answer_for(operation_id: str, rng: random.Random, hints: Mapping[str, Any],
               status: str = "") -> Any:
    """A sample of the operation's success response (its first 2xx, or `status`)."""
    responses = operation(operation_id).definition["responses"]
    code = status or next(code for code in responses if code.startswith("2"))
    media = responses[code]["content"]
    schema = next(iter(media.values()))["schema"]
    return sample(schema, rng, hints)

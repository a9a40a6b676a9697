"""JSON schemas as field tables (name, type, description), for the websocket reference.

References to OpenAPI components (``#/components/schemas/X``, or the AsyncAPI document's
``./openapi/websocket.yaml#/components/schemas/X``) resolve against the effective spec, so a
table shows the widened schemas real servers need, as the contract suite validates them.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

MAX_DEPTH = 3


def ref_name(ref: str) -> str:
    return ref.rsplit("/", 1)[-1]


def resolve(schema: Mapping[str, Any], spec: Mapping[str, Any]) -> Mapping[str, Any]:
    seen = set()
    while "$ref" in schema:
        name = ref_name(schema["$ref"])
        if name in seen:
            break
        seen.add(name)
        schema = spec["components"]["schemas"][name]
    return schema


def type_of(schema: Mapping[str, Any], spec: Mapping[str, Any]) -> str:
    """A short type: ``string``, ``integer (int64)``, ``array of WsBulletin``, ``A | B``..."""
    if "$ref" in schema:
        return ref_name(schema["$ref"])
    for key in ("oneOf", "anyOf"):
        if key in schema:
            return " | ".join(type_of(option, spec) for option in schema[key])
    kind = schema.get("type", "any")
    text = " | ".join(kind) if isinstance(kind, list) else str(kind)
    if "array" in text and "items" in schema:
        text = text.replace("array", f"array of {type_of(schema['items'], spec)}")
    if "format" in schema:
        text += f" ({schema['format']})"
    if "enum" in schema:
        text += ": " + ", ".join(str(value) for value in schema["enum"])
    if "const" in schema:
        text += f" = {schema['const']}"
    return text


def field_rows(schema: Mapping[str, Any], spec: Mapping[str, Any], prefix: str = "",
               depth: int = 0) -> Iterator[tuple[str, str, str]]:
    """(field path, type, description) for every property, nested objects included."""
    schema = resolve(schema, spec)
    if schema.get("type") == "array" and "items" in schema and depth < MAX_DEPTH:
        yield from field_rows(schema["items"], spec, prefix + "[]", depth + 1)
        return
    for part in schema.get("allOf", []):
        yield from field_rows(part, spec, prefix, depth)
    required = set(schema.get("required", []))
    for name, prop in schema.get("properties", {}).items():
        path = f"{prefix}.{name}" if prefix else name
        description = resolve(prop, spec).get("description", prop.get("description", ""))
        mark = " (required)" if name in required else ""
        yield path, type_of(prop, spec) + mark, description
        inner = resolve(prop, spec)
        if depth < MAX_DEPTH and (inner.get("properties") or inner.get("items")):
            yield from field_rows(inner, spec, path, depth + 1)
    extra = schema.get("additionalProperties")
    if isinstance(extra, Mapping) and extra:
        yield f"{prefix}.*" if prefix else "*", type_of(extra, spec), extra.get("description", "")


def components_reached(schema: Any, spec: Mapping[str, Any], found: set[str] | None = None,
                       ) -> set[str]:
    """``#/components/schemas/X`` refs reachable from `schema` (for matching deviations)."""
    found = set() if found is None else found
    if isinstance(schema, Mapping):
        if isinstance(schema.get("$ref"), str):
            ref = "#/components/schemas/" + ref_name(schema["$ref"])
            if ref not in found:
                found.add(ref)
                components_reached(spec["components"]["schemas"].get(ref_name(ref), {}), spec,
                                   found)
        for value in schema.values():
            components_reached(value, spec, found)
    elif isinstance(schema, list):
        for value in schema:
            components_reached(value, spec, found)
    return found

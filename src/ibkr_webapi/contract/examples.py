"""Find every example in an OpenAPI 3.1 document, paired with the schema it must satisfy.

Covered: `examples`/`example` on media types (request bodies and responses) and parameters,
and `examples` arrays inside component schemas.

Example:
    >>> spec = {"components": {"schemas": {"N": {"type": "integer", "examples": [1]}}}}
    >>> [(e.where, e.value) for e in iter_examples(spec)]
    [('components.schemas.N examples[0]', 1)]
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ibkr_webapi.contract.validation import escape_pointer, iter_operations, resolve_pointer


@dataclass(frozen=True)
class Example:
    where: str
    schema_pointer: str
    value: Any


def _media_examples(media: dict[str, Any], pointer: str, where: str) -> Iterator[Example]:
    if "schema" not in media:
        return
    schema_pointer = f"{pointer}/schema"
    if "example" in media:
        yield Example(f"{where} example", schema_pointer, media["example"])
    for name, example in (media.get("examples") or {}).items():
        if "value" in example:
            yield Example(f"{where} examples.{name}", schema_pointer, example["value"])


def _content_examples(node: dict[str, Any], pointer: str, where: str) -> Iterator[Example]:
    for content_type, media in (node.get("content") or {}).items():
        media_pointer = f"{pointer}/content/{escape_pointer(content_type)}"
        yield from _media_examples(media, media_pointer, f"{where} {content_type}")


def _follow(spec: dict[str, Any], node: Any, pointer: str) -> tuple[Any, str]:
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        pointer = node["$ref"].lstrip("#")
        node = resolve_pointer(spec, pointer)
    return node, pointer


def _operation_examples(spec: dict[str, Any]) -> Iterator[Example]:
    for op in iter_operations(spec):
        label = f"{op.method.upper()} {op.path}"
        for index, raw in enumerate(op.definition.get("parameters", [])):
            parameter, pointer = _follow(spec, raw, f"{op.pointer}/parameters/{index}")
            where = f"{label} parameter {parameter.get('name')}"
            yield from _media_examples(parameter, pointer, where)
        if "requestBody" in op.definition:
            body, pointer = _follow(spec, op.definition["requestBody"], f"{op.pointer}/requestBody")
            yield from _content_examples(body, pointer, f"{label} request")
        for status, raw in (op.definition.get("responses") or {}).items():
            start = f"{op.pointer}/responses/{escape_pointer(status)}"
            response, pointer = _follow(spec, raw, start)
            if pointer == start:
                yield from _content_examples(response, pointer, f"{label} {status}")


def _component_response_examples(spec: dict[str, Any]) -> Iterator[Example]:
    for name, response in (spec.get("components", {}).get("responses") or {}).items():
        pointer = f"/components/responses/{escape_pointer(name)}"
        yield from _content_examples(response, pointer, f"components.responses.{name}")


def _schema_examples(spec: dict[str, Any]) -> Iterator[Example]:
    for name, schema in (spec.get("components", {}).get("schemas") or {}).items():
        pointer = f"/components/schemas/{escape_pointer(name)}"
        for index, value in enumerate(schema.get("examples") or []):
            yield Example(f"components.schemas.{name} examples[{index}]", pointer, value)


def iter_examples(spec: dict[str, Any]) -> Iterator[Example]:
    """Every example of the document, each with the pointer of the schema it illustrates."""
    yield from _operation_examples(spec)
    yield from _component_response_examples(spec)
    yield from _schema_examples(spec)

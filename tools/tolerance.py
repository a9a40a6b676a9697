"""The tolerant-responses step of the pipeline: the rules of spec/CONVENTIONS.md ("Tolerant by
rule"), applied to every response schema of the bundled spec after the overlays.

What the hand-written spec documents is what IBKR promises; what this step writes is what the
client must accept. Applying it here, not in each section file, means an operation added later
gets the same tolerance without anyone remembering to write it.

- Open enums: a response enum's values move to `x-ibkr-known-values` (still documented, read by
  the drift check), so an unknown string validates. A component enum that requests use too stays
  closed; its response-side references become `anyOf: [closed, string]`, marked
  `x-ibkr-open-enum`, so requests stay strict.
- Nullable: every optional property of a response object (not in `required`, no `const`)
  accepts null, unless it says `x-ibkr-never-null: true` with the evidence beside it.
- Error bodies: every operation that answers JSON declares IBKR's error bodies for `4XX` and
  `5XX` besides its specific statuses.

`codegen_view` turns the tolerant document back into what the generator needs: enums with
their known values (the generated enum types keep unknown values at runtime, see
tools/templates/str_enum.py.jinja), the shared enums' plain references, and one generator limit
worked around (a nullable list of untyped items).

Example:
    >>> error = {"content": {"application/json": {"schema": {"type": "object"}}}}
    >>> doc = {"paths": {"/a": {"get": {"responses": {"200": {"content": {"application/json": {
    ...     "schema": {"type": "object", "properties": {"s": {"type": "string",
    ...     "enum": ["A"]}}}}}}}}}}, "components": {"schemas": {}, "responses": {
    ...     "AnyClientError": error, "AnyServerError": error}}}
    >>> schema = make_tolerant(doc)["paths"]["/a"]["get"]["responses"]["200"]["content"]
    >>> schema["application/json"]["schema"]["properties"]["s"]
    {'type': ['string', 'null'], 'x-ibkr-known-values': ['A']}
    >>> sorted(doc["paths"]["/a"]["get"]["responses"])
    ['200', '4XX', '5XX']
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

HTTP_METHODS = ("get", "put", "post", "delete", "patch")
SCHEMA_PREFIX = "#/components/schemas/"
KNOWN_VALUES = "x-ibkr-known-values"
OPEN_ENUM = "x-ibkr-open-enum"
NEVER_NULL = "x-ibkr-never-null"
ERROR_RANGES = {"4XX": "AnyClientError", "5XX": "AnyServerError"}
JSON = "application/json"


def _operations(document: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for item in document.get("paths", {}).values():
        for method in HTTP_METHODS:
            if isinstance(item.get(method), dict):
                yield item[method]


def _deref(document: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        target: Any = document
        for token in node["$ref"][2:].split("/"):
            target = target[token.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def _component_refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(SCHEMA_PREFIX):
            yield ref[len(SCHEMA_PREFIX) :]
        for value in node.values():
            yield from _component_refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _component_refs(value)


def _closure(document: dict[str, Any], roots: list[Any]) -> set[str]:
    """The component schema names reachable from `roots` through $refs."""
    schemas = document.get("components", {}).get("schemas", {})
    seen: set[str] = set()
    pending = [name for root in roots for name in _component_refs(root)]
    while pending:
        name = pending.pop()
        if name not in seen and name in schemas:
            seen.add(name)
            pending.extend(_component_refs(schemas[name]))
    return seen


def response_media(document: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Every JSON media object (holding `schema`) of every operation's responses."""
    for operation in _operations(document):
        for response in (operation.get("responses") or {}).values():
            media = (_deref(document, response).get("content") or {}).get(JSON)
            if isinstance(media, dict) and "schema" in media:
                yield media


def _request_roots(document: dict[str, Any]) -> list[Any]:
    roots: list[Any] = []
    for item in document.get("paths", {}).values():
        roots.append(item.get("parameters", []))
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                roots.append(operation.get("parameters", []))
                roots.append(_deref(document, operation.get("requestBody", {})))
    return roots


class Tolerance:
    """One pass over the response schemas of a document."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self.schemas: dict[str, Any] = document.setdefault("components", {}).setdefault(
            "schemas", {}
        )
        media = list(response_media(document))
        self.responses = _closure(document, media)
        self.shared = self.responses & _closure(document, _request_roots(document))
        self.media = media

    def run(self) -> None:
        for name in sorted(self.responses - self.shared):
            self.schemas[name] = self.widen(self.schemas[name])
        for media in self.media:
            media["schema"] = self.widen(media["schema"])

    def widen(self, node: Any) -> Any:
        """`node` with the tolerance rules applied, recursively (components are done once)."""
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if isinstance(ref, str):
            return self._shared_enum_use(node, ref[len(SCHEMA_PREFIX) :])
        if isinstance(node.get("enum"), list) and KNOWN_VALUES not in node:
            node[KNOWN_VALUES] = [value for value in node.pop("enum") if value is not None]
        for key in ("allOf", "anyOf", "oneOf", "prefixItems"):
            if isinstance(node.get(key), list):
                node[key] = [self.widen(part) for part in node[key]]
        for key in ("items", "additionalProperties", "not"):
            if isinstance(node.get(key), dict):
                node[key] = self.widen(node[key])
        required = set(node.get("required") or [])
        for name, child in (node.get("properties") or {}).items():
            widened = self.widen(child)
            optional = name not in required and "const" not in widened
            node["properties"][name] = nullable(widened) if optional else widened
        return node

    def _shared_enum_use(self, node: dict[str, Any], name: str) -> Any:
        target = self.schemas.get(name)
        if name not in self.shared or not isinstance(target, dict) or "enum" not in target:
            return node
        # Requests use this enum too: keep it closed and open only this response-side use.
        return {"anyOf": [node, {"type": "string"}], OPEN_ENUM: name}


def nullable(schema: dict[str, Any]) -> dict[str, Any]:
    """`schema` accepting null too (unchanged when it already does or says it never is)."""
    if schema.get(NEVER_NULL) or accepts_null(schema):
        return schema
    kind = schema.get("type")
    if isinstance(kind, str):
        return {**schema, "type": [kind, "null"]}
    if isinstance(kind, list):
        return {**schema, "type": [*kind, "null"]}
    if isinstance(schema.get("anyOf"), list) and "$ref" not in schema:
        return {**schema, "anyOf": [*schema["anyOf"], {"type": "null"}]}
    if not ({"$ref", "allOf", "oneOf"} & set(schema)):
        return schema  # no type: anything, null included, is accepted already
    # The description and the marks (x-ibkr-always-sent, ...) stay on the property itself.
    outer = {k: v for k, v in schema.items() if k == "description" or k.startswith("x-")}
    inner = {k: v for k, v in schema.items() if k not in outer}
    return {"anyOf": [inner, {"type": "null"}], **outer}


def accepts_null(schema: dict[str, Any]) -> bool:
    kind = schema.get("type")
    if kind == "null" or (isinstance(kind, list) and "null" in kind):
        return True
    branches = schema.get("anyOf") or schema.get("oneOf") or []
    return any(isinstance(b, dict) and b.get("type") == "null" for b in branches)


class ToleranceError(Exception):
    """The spec lacks what the tolerance rules refer to (common.yaml's error responses)."""


def declare_error_ranges(document: dict[str, Any]) -> None:
    """Add IBKR's error bodies for 4XX and 5XX to every operation answering JSON."""
    declared = document.get("components", {}).get("responses", {})
    for component in ERROR_RANGES.values():
        if component not in declared:
            raise ToleranceError(f"components/responses/{component} (common.yaml) is missing")
    for operation in _operations(document):
        responses = operation.setdefault("responses", {})
        answers_json = any(
            JSON in (_deref(document, r).get("content") or {}) for r in responses.values()
        )
        if not answers_json:
            continue  # the Flex Web Service answers XML, errors included
        for status, component in ERROR_RANGES.items():
            responses.setdefault(status, {"$ref": f"#/components/responses/{component}"})


def make_tolerant(document: dict[str, Any]) -> dict[str, Any]:
    """Apply every tolerance rule to `document`, in place, and return it."""
    declare_error_ranges(document)
    Tolerance(document).run()
    return document


def codegen_view(document: dict[str, Any]) -> dict[str, Any]:
    """A copy of the tolerant document as the generator needs it: enums typed again."""
    view = copy.deepcopy(document)
    _restore_enums(view)
    return view


def _restore_enums(node: Any) -> Any:
    if isinstance(node, dict):
        if OPEN_ENUM in node:
            # Drop the open string branch; keep the enum and a null branch nullable() added.
            closed = [node["anyOf"][0], *node["anyOf"][2:]]
            outer = {k: v for k, v in node.items() if k not in ("anyOf", OPEN_ENUM)}
            return {**outer, "anyOf": closed} if len(closed) > 1 else {**outer, **closed[0]}
        if node.get("type") == ["array", "null"] and node.get("items") == {}:
            # openapi-python-client 0.29.1 casts a nullable list of untyped items redundantly
            # (mypy --strict fails); typed as a plain list, a null still passes through its cast.
            node["type"] = "array"
        if KNOWN_VALUES in node:
            values = node.pop(KNOWN_VALUES)
            kind = node.get("type")
            node["enum"] = [*values, None] if isinstance(kind, list) and "null" in kind else values
        for key, value in node.items():
            node[key] = _restore_enums(value)
    elif isinstance(node, list):
        return [_restore_enums(value) for value in node]
    return node

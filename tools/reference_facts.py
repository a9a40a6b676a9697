"""Facts from IBKR's published OpenAPI document: what exists, never its prose.

For each operation: the method, the path, IBKR's operationId and tags, and for each response
status and media type the JSON paths of the properties its schema names (`$.a`, `$[*].b`,
`$.c.*` for a map's values). Examples and descriptions are left out on purpose: the reference is
evidence of what exists, to be checked against documentation and recordings, not text to copy.

Example:
    >>> doc = {"paths": {"/t": {"get": {"operationId": "t", "responses": {"200": {"content": {
    ...     "application/json": {"schema": {"type": "array", "items": {"$ref": "#/c/A"}}}}}}}}},
    ...     "c": {"A": {"properties": {"id": {"type": "string"}}}}}
    >>> reference_facts(doc)["operations"][0]["responses"]
    {'200': {'application/json': ['$[*].id']}}
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

HTTP_METHODS = ("get", "put", "post", "delete", "patch")
MAX_DEPTH = 8


def _resolve(document: dict[str, Any], node: Any) -> tuple[Any, str | None]:
    ref = node.get("$ref") if isinstance(node, dict) else None
    if not isinstance(ref, str) or not ref.startswith("#/"):
        return node, None
    target: Any = document
    for token in ref[2:].split("/"):
        target = target[token.replace("~1", "/").replace("~0", "~")]
    return target, ref


def property_paths(
    document: dict[str, Any], schema: Any, prefix: str = "$", refs: tuple[str, ...] = ()
) -> Iterator[str]:
    """Every JSON path of a property that `schema` names, through refs and combinators."""
    schema, ref = _resolve(document, schema)
    if not isinstance(schema, dict) or ref in refs or len(refs) > MAX_DEPTH:
        return
    refs = (*refs, ref) if ref else refs
    for key in ("allOf", "oneOf", "anyOf"):
        for part in schema.get(key) or []:
            yield from property_paths(document, part, prefix, refs)
    for name, child in (schema.get("properties") or {}).items():
        yield f"{prefix}.{name}"
        yield from property_paths(document, child, f"{prefix}.{name}", refs)
    if "items" in schema:
        yield from property_paths(document, schema["items"], f"{prefix}[*]", refs)
    if isinstance(schema.get("additionalProperties"), dict):
        yield from property_paths(document, schema["additionalProperties"], f"{prefix}.*", refs)


def _responses(document: dict[str, Any], operation: dict[str, Any]) -> dict[str, Any]:
    facts: dict[str, Any] = {}
    for status, response in sorted((operation.get("responses") or {}).items()):
        response, _ = _resolve(document, response)
        for media, content in sorted(((response or {}).get("content") or {}).items()):
            paths = sorted(set(property_paths(document, content.get("schema"))))
            facts.setdefault(str(status), {})[media] = paths
    return facts


def reference_facts(document: dict[str, Any]) -> dict[str, Any]:
    """The operations of an OpenAPI document, reduced to facts (no descriptions, no examples)."""
    operations = []
    for path, item in sorted(document.get("paths", {}).items()):
        for method in HTTP_METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            operations.append(
                {
                    "method": method.upper(),
                    "path": path,
                    "operation_id": operation.get("operationId", ""),
                    "tags": operation.get("tags", []),
                    "responses": _responses(document, operation),
                }
            )
    info = document.get("info", {})
    return {
        "title": info.get("title", ""),
        "version": info.get("version", ""),
        "operations": operations,
    }

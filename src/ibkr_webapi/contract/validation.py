"""Validate JSON documents against schemas of the effective OpenAPI spec.

The effective spec (generated/openapi.json) is OpenAPI 3.1, whose schemas are JSON Schema
2020-12; every schema is addressed by its JSON pointer inside the spec, so `$ref`s between
components resolve exactly as the generator saw them.

Example:
    >>> spec = {"openapi": "3.1.0", "components": {"schemas": {"N": {"type": "integer"}}}}
    >>> validator = SpecValidator(spec)
    >>> [p.message for p in validator.problems("/components/schemas/N", "7")]
    ["'7' is not of type 'integer'"]
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

# Re-exported: the contract helpers walk any spec document with the runtime's Operation.
from ibkr_webapi.spec import Operation as Operation
from ibkr_webapi.spec import iter_operations as iter_operations

SPEC_URI = "urn:ibkr-webapi:effective-spec"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


@dataclass(frozen=True)
class Problem:
    """One reason a document does not match its schema, with the JSON path where it fails."""

    json_path: str
    message: str

    def __str__(self) -> str:
        return f"{self.json_path}: {self.message}"


def escape_pointer(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def resolve_pointer(document: Any, pointer: str) -> Any:
    node = document
    for token in pointer.lstrip("/").split("/") if pointer else []:
        key = token.replace("~1", "/").replace("~0", "~")
        node = node[int(key)] if isinstance(node, list) else node[key]
    return node


class SpecValidator:
    """Validates instances against any schema of one OpenAPI 3.1 document."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec
        resource = Resource.from_contents(spec, default_specification=DRAFT202012)
        self.registry: Registry[Any] = Registry().with_resource(SPEC_URI, resource)
        self._validators: dict[str, Draft202012Validator] = {}

    def validator(self, schema_pointer: str) -> Draft202012Validator:
        if schema_pointer not in self._validators:
            schema = {"$ref": f"{SPEC_URI}#{schema_pointer}"}
            self._validators[schema_pointer] = Draft202012Validator(schema, registry=self.registry)
        return self._validators[schema_pointer]

    def problems(self, schema_pointer: str, instance: Any) -> list[Problem]:
        """Every way `instance` fails the schema at `schema_pointer`, deepest first."""
        errors = self.validator(schema_pointer).iter_errors(instance)
        return [Problem(error.json_path, error.message) for error in _leaf_errors(errors)]

    def deref(self, node: Any) -> tuple[Any, str | None]:
        """Follow a local `$ref` (responses, parameters); return the node and its pointer."""
        pointer = None
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            pointer = node["$ref"].lstrip("#")
            node = resolve_pointer(self.spec, pointer)
        return node, pointer


def _leaf_errors(errors: Any) -> Iterator[Any]:
    for error in sorted(errors, key=lambda e: e.json_path):
        if error.context:
            yield from _leaf_errors(error.context)
        else:
            yield error


def path_shape(path: str) -> str:
    """The path with every template variable blanked: /a/{x}/b and /a/{y}/b match."""
    return re.sub(r"\{[^}]*\}", "{}", path.rstrip("/") or "/")


def find_operation(spec: Mapping[str, Any], method: str, path: str) -> Operation | None:
    """The operation of `spec` that serves METHOD on a documented path template."""
    wanted = (method.lower(), path_shape(path))
    for operation in iter_operations(spec):
        if (operation.method.lower(), path_shape(operation.path)) == wanted:
            return operation
    return None


def response_schema_pointer(
    validator: SpecValidator, operation: Operation, status: int, content_type: str
) -> str | None:
    """The pointer of the schema declared for this status and content type, or None."""
    responses = operation.definition.get("responses", {})
    for key in (str(status), f"{str(status)[0]}XX", "default"):
        if key in responses:
            response, ref = validator.deref(responses[key])
            base = ref or f"{operation.pointer}/responses/{escape_pointer(key)}"
            media = (response.get("content") or {}).get(content_type)
            if media is None or "schema" not in media:
                return None
            return f"{base}/content/{escape_pointer(content_type)}/schema"
    return None


def declared_statuses(operation: Operation) -> list[str]:
    return sorted(operation.definition.get("responses", {}))

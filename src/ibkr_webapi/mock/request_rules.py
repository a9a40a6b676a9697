"""Checks a request against its operation in the effective spec before any handler sees it.

Required parameters must be present; query and path values must match their schema once read
as the type the schema declares (comma-separated for arrays, as IBKR joins lists); a JSON
body must parse and validate against the request body schema. A failure is IBKR's 400
answer, naming the parameter and the problem.

>>> rules = RequestRules()
>>> from ibkr_webapi.spec import operation
>>> rules.body(operation("init_brokerage_session"), b'{"publish": true, "compete": true}')
{'publish': True, 'compete': True}
>>> rules.body(operation("init_brokerage_session"), b'{"publish": "yes"}')
Traceback (most recent call last):
...
ibkr_webapi.mock.handler_api.ApiError: 400: Bad Request: body: 'compete' is a required property
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl

from ibkr_client.types import loads_json
from ibkr_webapi.contract.validation import SpecValidator, escape_pointer
from ibkr_webapi.mock.handler_api import ApiError
from ibkr_webapi.mock.order_values import check_order_values
from ibkr_webapi.spec import Operation, effective_spec

JSON = "application/json"
FORM = "application/x-www-form-urlencoded"
_COMPACT_JWS = re.compile(r"[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*")


@dataclass(frozen=True)
class Parameter:
    name: str
    location: str
    required: bool
    schema: Mapping[str, Any]
    schema_pointer: str


def bad_request(detail: str) -> ApiError:
    return ApiError(400, f"Bad Request: {detail}")


def coerce(raw: str, schema: Mapping[str, Any]) -> Any:
    """A query or path value read as the type its schema declares (unchanged if it is not).

    Booleans are read case-insensitively: Python's ``requests`` writes ``True``, and ibind's
    users get history with ``outsideRth=True`` from live servers, so IBKR accepts it.

    >>> coerce("7", {"type": "integer"}), coerce("1,2", {"type": "array", "items": {}})
    (7, ['1', '2'])
    >>> coerce("True", {"type": "boolean"}), coerce("FALSE", {"type": "boolean"})
    (True, False)
    """
    declared = schema.get("type")
    kind = next((t for t in declared if t != "null"), None) if isinstance(declared, list) \
        else declared
    try:
        if kind == "integer":
            return int(raw)
        if kind == "number":
            return float(raw)
    except ValueError:
        return raw
    if kind == "boolean" and raw.lower() in ("true", "false"):
        return raw.lower() == "true"
    if kind == "array":
        return [coerce(item, schema.get("items", {})) for item in raw.split(",")]
    return raw


class RequestRules:
    """The parameter and body rules of every operation, with cached validators."""

    def __init__(self) -> None:
        self._spec = effective_spec()
        self._validator = SpecValidator(dict(self._spec))
        self._parameters: dict[str, tuple[Parameter, ...]] = {}

    def parameters(self, operation: Operation) -> tuple[Parameter, ...]:
        """Path-level and operation-level parameters (the operation's win), $refs resolved."""
        known = self._parameters.get(operation.operation_id)
        if known is None:
            known = self._parameters[operation.operation_id] = self._read_parameters(operation)
        return known

    def _read_parameters(self, operation: Operation) -> tuple[Parameter, ...]:
        path_pointer = f"/paths/{escape_pointer(operation.path)}"
        found: dict[tuple[str, str], Parameter] = {}
        item = self._spec["paths"][operation.path]
        sources = [(item.get("parameters", []), path_pointer),
                   (operation.definition.get("parameters", []),
                    f"{path_pointer}/{operation.method.lower()}")]
        for entries, base in sources:
            for index, entry in enumerate(entries):
                node, ref = self._validator.deref(entry)
                pointer = f"{ref or f'{base}/parameters/{index}'}/schema"
                parameter = Parameter(node["name"], node["in"], bool(node.get("required")),
                                      node.get("schema", {}), pointer)
                found[(parameter.name, parameter.location)] = parameter
        return tuple(found.values())

    def check_parameters(self, operation: Operation, path_params: Mapping[str, str],
                         query: Mapping[str, str]) -> None:
        """Raise IBKR's 400 for a missing required parameter or a value its schema refuses."""
        for parameter in self.parameters(operation):
            values = path_params if parameter.location == "path" else query
            if parameter.location not in ("path", "query"):
                continue
            raw = values.get(parameter.name)
            if raw is None:
                if parameter.required:
                    raise bad_request(f"missing required parameter {parameter.name!r}")
                continue
            schema, _ = self._validator.deref(parameter.schema)
            candidates = (coerce(raw, schema), raw)
            problems = [self._validator.problems(parameter.schema_pointer, value)
                        for value in candidates]
            if all(problems):
                raise bad_request(f"{parameter.name}: {problems[0][0].message}")

    def body(self, operation: Operation, content: bytes) -> Any:
        """The parsed JSON body (None when there is none), validated against its schema."""
        declared = operation.definition.get("requestBody")
        if declared is None:
            return _lenient_json(content)
        node, ref = self._validator.deref(declared)
        if not content.strip():
            if node.get("required"):
                raise bad_request("a JSON body is required")
            return None
        if JSON not in node.get("content", {}):
            return _other_body(node.get("content", {}), content)
        try:
            # The strict decoder: NaN, 1e400 and a body nested too deeply are not valid JSON.
            body = loads_json(content)
        except ValueError:  # UnicodeDecodeError is one
            raise bad_request("the body is not valid JSON") from None
        if JSON in node.get("content", {}):
            base = ref or (f"/paths/{escape_pointer(operation.path)}/"
                           f"{operation.method.lower()}/requestBody")
            pointer = f"{base}/content/{escape_pointer(JSON)}/schema"
            problems = self._validator.problems(pointer, body)
            if problems:  # valid bodies are validated once; only refused ones get a 2nd look
                body = self._numbers_read_from_strings(pointer, body)
                problems = self._validator.problems(pointer, body)
            if problems:
                where = problems[0].json_path.replace("$", "body", 1)
                raise bad_request(f"{where}: {problems[0].message}")
        check_order_values(operation.operation_id, body)
        return body


    def _numbers_read_from_strings(self, pointer: str, body: Any) -> Any:
        """`body` with each numeric string read as a number where the schema wants a number.

        Choice, for every operation: IBKR's server reads ``"265598"`` where a number is
        declared (recording POST_pa_transactions__1 comes from a client that sends conids as
        strings and got 200). Only strings the schema refuses for want of a number change."""
        fixes = [(tuple(error.absolute_path), error.instance)
                 for error in _all_errors(self._validator.validator(pointer).iter_errors(body))
                 if error.validator == "type" and _wants_number(error.validator_value)
                 and isinstance(error.instance, str) and _NUMERIC.fullmatch(error.instance)]
        for path, text in fixes:
            body = _replaced(body, path, float(text) if "." in text else int(text))
        return body  # parsed here from the request: changing it in place is safe


_NUMERIC = re.compile(r"-?[0-9]{1,18}(\.[0-9]{1,18})?")


def _wants_number(declared: Any) -> bool:
    kinds = declared if isinstance(declared, list) else [declared]
    return "integer" in kinds or "number" in kinds


def _all_errors(errors: Iterable[Any]) -> Iterator[Any]:
    for error in errors:
        yield error
        if error.context:
            yield from _all_errors(error.context)


def _replaced(document: Any, path: tuple[Any, ...], value: Any) -> Any:
    """`document` with the node at `path` replaced in place (the root is returned)."""
    if not path:
        return value
    parent = document
    for step in path[:-1]:
        parent = parent[step]
    parent[path[-1]] = value
    return document


def _other_body(declared: Mapping[str, Any], content: bytes) -> Any:
    """A form body as a dict; a signed JWT (application/jwt) as its text, checked for the
    compact JWS shape (the OAuth 2.0 gate verifies its signature)."""
    try:
        text = content.decode("ascii")
    except UnicodeDecodeError:
        raise bad_request("the body is not ASCII text") from None
    if FORM in declared:
        return dict(parse_qsl(text, keep_blank_values=True))
    if not _COMPACT_JWS.fullmatch(text.strip()):
        raise bad_request("the body is not a compact JWS (header.payload.signature)")
    return text.strip()


def _lenient_json(content: bytes) -> Any:
    """A body the operation does not declare: kept if it is JSON, else ignored."""
    if not content.strip():
        return None
    try:
        return loads_json(content)
    except ValueError:
        return None

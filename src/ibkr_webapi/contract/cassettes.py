"""Build VCR cassettes (vcrpy format) from recorded captures and documentation examples.

One cassette per recorded response, with one interaction, so replaying it through the generated
client needs nothing but the cassette: no network, no credentials.

Example:
    >>> cassette = cassette_for("POST", "/tickle", 200, {"session": "abc"})
    >>> cassette["interactions"][0]["response"]["status"]
    {'code': 200, 'message': 'OK'}
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from http import HTTPStatus
from pathlib import Path
from typing import Any

import yaml

from ibkr_webapi.contract.captures import Capture, iter_captures
from ibkr_webapi.contract.validation import (
    Operation,
    find_operation,
    iter_operations,
    resolve_pointer,
)

BASE_URL = "https://localhost:5000/v1/api"


@dataclass(frozen=True)
class CassetteSource:
    """Where a cassette's response came from: a capture file or a documentation example."""

    name: str
    operation_id: str
    method: str
    concrete_path: str
    status: int
    body: Any


def _reason(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return ""


def cassette_for(method: str, concrete_path: str, status: int, body: Any) -> dict[str, Any]:
    """A one-interaction cassette answering METHOD `concrete_path` with `status` and `body`."""
    is_text = isinstance(body, str)
    content_type = "text/html" if is_text and body.lstrip().startswith("<") else "application/json"
    payload = body if content_type == "text/html" else json.dumps(body)
    return {
        "version": 1,
        "interactions": [
            {
                "request": {
                    "method": method.upper(),
                    "uri": BASE_URL + concrete_path,
                    "body": None,
                    "headers": {},
                },
                "response": {
                    "status": {"code": status, "message": _reason(status)},
                    "headers": {"Content-Type": [content_type]},
                    "body": {"string": payload},
                },
            }
        ],
    }


def concrete(path: str, numeric: frozenset[str] = frozenset()) -> str:
    """A documented template with each variable filled by a stable placeholder value."""

    def placeholder(match: re.Match[str]) -> str:
        name = match.group(1)
        return "1" if name in numeric else f"TEST_{name.upper()}"

    return re.sub(r"\{([^}]*)\}", placeholder, path)


def numeric_path_parameters(spec: dict[str, Any], operation: Operation) -> frozenset[str]:
    numeric = set()
    for parameter in operation.definition.get("parameters", []):
        if "$ref" in parameter:
            parameter = resolve_pointer(spec, parameter["$ref"].lstrip("#"))
        is_number = parameter.get("schema", {}).get("type") in ("integer", "number")
        if parameter.get("in") == "path" and is_number:
            numeric.add(parameter["name"])
    return frozenset(numeric)


def sources_from_captures(spec: dict[str, Any], captures_dir: Path) -> list[CassetteSource]:
    found = []
    for capture in iter_captures(captures_dir):
        operation = find_operation(spec, capture.method, capture.path)
        if operation is not None:
            found.append(_from_capture(spec, capture, operation))
    return found


def _from_capture(spec: dict[str, Any], capture: Capture, operation: Operation) -> CassetteSource:
    path = capture.concrete_path
    if "{" in path:  # the source kept only the template
        path = concrete(operation.path, numeric_path_parameters(spec, operation))
    return CassetteSource(
        capture.name.removesuffix(".json"),
        operation.operation_id,
        capture.method,
        path,
        capture.status,
        capture.body,
    )


def sources_from_examples(spec: dict[str, Any]) -> list[CassetteSource]:
    found = []
    for operation in iter_operations(spec):
        for status, response in (operation.definition.get("responses") or {}).items():
            if not status.isdigit() or "$ref" in response:
                continue
            media = (response.get("content") or {}).get("application/json") or {}
            for name, example in (media.get("examples") or {}).items():
                found.append(
                    CassetteSource(
                        f"doc_{operation.operation_id}_{status}_{name}",
                        operation.operation_id,
                        operation.method.upper(),
                        concrete(operation.path, numeric_path_parameters(spec, operation)),
                        int(status),
                        example.get("value"),
                    )
                )
    return found


def write_cassettes(sources: list[CassetteSource], out_dir: Path) -> list[Path]:
    """Write one cassette file per source into `out_dir`; return their paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for source in sources:
        path = out_dir / f"{source.name}.yaml"
        cassette = cassette_for(source.method, source.concrete_path, source.status, source.body)
        path.write_text(yaml.safe_dump(cassette, sort_keys=False), encoding="utf-8")
        written.append(path)
    return written

"""Recorded IBKR responses (contract_tests/cassettes/rest) checked against the effective spec.

A capture is one cassette of the project's format (contract_tests/cassettes/README.md):
`{"format", "request": {"method", "path", "operation_path", "query"?}, "response": {"status",
"content_type", "body"}, "provenance", "notes"}`. Checking one finds its operation, the schema
declared for its status, and reports every mismatch with the cassette file, the operation and
the JSON path.

Example:
    >>> spec = {"paths": {"/t": {"post": {"operationId": "t", "responses": {"200": {
    ...     "content": {"application/json": {"schema": {"type": "object"}}}}}}}}}
    >>> capture = Capture("x.json", "POST", "/t", "/t", 200, [], "")
    >>> [str(p) for p in check_capture(SpecValidator(spec), capture)]
    ["x.json POST /t (t): $: [] is not of type 'object'"]
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ibkr_webapi.contract.validation import (
    SpecValidator,
    declared_statuses,
    find_operation,
    response_schema_pointer,
)

JSON = "application/json"


@dataclass(frozen=True)
class Capture:
    name: str
    method: str
    path: str
    concrete_path: str
    status: int
    body: Any
    notes: str
    content_type: str = "application/json"

    @classmethod
    def load(cls, file: Path) -> Capture:
        return cls.from_cassette(file.name, json.loads(file.read_text(encoding="utf-8")))

    @classmethod
    def from_cassette(cls, name: str, data: dict[str, Any]) -> Capture:
        request, response = data["request"], data["response"]
        return cls(
            name=name,
            method=request["method"].upper(),
            path=request["operation_path"],
            concrete_path=request["path"],
            status=int(response["status"]),
            body=response.get("body"),
            notes=data.get("notes", ""),
            content_type=response.get("content_type", JSON),
        )

    @property
    def is_html(self) -> bool:
        return self.content_type == "text/html"


@dataclass(frozen=True)
class CaptureProblem:
    capture: str
    operation: str
    json_path: str
    message: str

    def __str__(self) -> str:
        location = f"{self.json_path}: " if self.json_path else ""
        return f"{self.capture} {self.operation}: {location}{self.message}"


def iter_captures(directory: Path) -> Iterator[Capture]:
    for file in sorted(directory.glob("*.json")):
        yield Capture.load(file)


def check_capture(validator: SpecValidator, capture: Capture) -> list[CaptureProblem]:
    """Every way `capture` disagrees with the spec; empty when it conforms."""
    operation = find_operation(validator.spec, capture.method, capture.path)
    label = f"{capture.method} {capture.path}"
    if operation is None:
        return [CaptureProblem(capture.name, label, "", "no such operation in the spec")]
    label = f"{label} ({operation.operation_id})"
    content_type = capture.content_type
    pointer = response_schema_pointer(validator, operation, capture.status, content_type)
    if pointer is None:
        declared = ", ".join(declared_statuses(operation))
        message = f"status {capture.status} {content_type} is not declared (declared: {declared})"
        return [CaptureProblem(capture.name, label, "", message)]
    return [
        CaptureProblem(capture.name, label, problem.json_path, problem.message)
        for problem in validator.problems(pointer, capture.body)
    ]

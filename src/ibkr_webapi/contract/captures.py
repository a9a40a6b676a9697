"""Recorded IBKR responses (../shared/captures/rest) checked against the effective spec.

A capture is `{"method", "path" (documented template), "concrete_path", "status", "body",
"source", "notes", "confidence"}`. Checking one finds its operation, the schema declared for its
status, and reports every mismatch with the capture file, the operation and the JSON path.

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

    @classmethod
    def load(cls, file: Path) -> Capture:
        data = json.loads(file.read_text(encoding="utf-8"))
        return cls(
            name=file.name,
            method=data["method"].upper(),
            path=data["path"],
            concrete_path=data.get("concrete_path") or data["path"],
            status=int(data["status"]),
            body=data.get("body"),
            notes=data.get("notes", ""),
        )

    @property
    def is_html(self) -> bool:
        return isinstance(self.body, str) and self.body.lstrip().startswith("<")


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
    content_type = "text/html" if capture.is_html else JSON
    pointer = response_schema_pointer(validator, operation, capture.status, content_type)
    if pointer is None:
        declared = ", ".join(declared_statuses(operation))
        message = f"status {capture.status} {content_type} is not declared (declared: {declared})"
        return [CaptureProblem(capture.name, label, "", message)]
    return [
        CaptureProblem(capture.name, label, problem.json_path, problem.message)
        for problem in validator.problems(pointer, capture.body)
    ]

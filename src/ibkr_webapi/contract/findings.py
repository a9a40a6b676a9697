"""One response against the contract: every finding, each with its kind, JSON path and reason.

Two verdicts come out of one check. A `violation` breaks the tolerant contract (what the client
accepts) and fails a contract run; every other kind is drift (the server did something the
contract does not describe, yet the client copes) and is reported and counted, never failed on.

Kinds:
- ``violation``: the body breaks the operation's response schema, or the status has no schema;
- ``undeclared_status``: a status the operation does not declare by itself (only through a
  range such as ``4XX`` or ``default``).

Other tools call `check_response`; keep its signature.

Example:
    >>> [f.kind for f in check_response("get_brokerage_session_status", 200, {"authenticated": 1})]
    ['violation']
    >>> check_response("get_brokerage_session_status", 200, {"authenticated": True})
    []
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

from ibkr_webapi.contract.validation import SpecValidator, response_schema_pointer
from ibkr_webapi.spec import Operation, effective_spec, iter_operations

FindingKind = Literal[
    "violation", "new_field", "missing_field", "new_enum_value", "undeclared_status"
]
JSON = "application/json"


@dataclass(frozen=True)
class Finding:
    """What one check found: its kind, the JSON path in the body, and why."""

    kind: FindingKind
    path: str
    message: str
    operation: str = ""

    @property
    def is_violation(self) -> bool:
        return self.kind == "violation"


class UnknownOperationError(KeyError):
    """The operation id names no operation of the contract."""


@dataclass(frozen=True)
class Contract:
    """A spec document with its validator and its operations by id."""

    validator: SpecValidator
    operations: Mapping[str, Operation]

    @classmethod
    def of(cls, spec: Mapping[str, Any]) -> Contract:
        operations = {op.operation_id: op for op in iter_operations(spec)}
        return cls(SpecValidator(dict(spec)), operations)

    def operation(self, operation_id: str) -> Operation:
        try:
            return self.operations[operation_id]
        except KeyError:
            raise UnknownOperationError(f"no operation {operation_id!r} in the contract") from None


@cache
def installed_contract() -> Contract:
    """The contract installed with the client (loaded and compiled once per process)."""
    return Contract.of(effective_spec())


def check_response(operation_id: str, status: int, body: object) -> list[Finding]:
    """Every finding for one JSON response of `operation_id` against the installed contract."""
    return check_response_against(installed_contract(), operation_id, status, body)


def check_response_against(
    contract: Contract, operation_id: str, status: int, body: object
) -> list[Finding]:
    """`check_response` against any contract (a patched spec, a test's broken copy)."""
    operation = contract.operation(operation_id)
    findings = _status_findings(operation, status)
    pointer = response_schema_pointer(contract.validator, operation, status, JSON)
    if pointer is None:
        message = f"status {status} has no JSON schema in the contract"
        return [*findings, Finding("violation", "$", message, operation_id)]
    for problem in contract.validator.problems(pointer, body):
        findings.append(Finding("violation", problem.json_path, problem.message, operation_id))
    return findings


def _status_findings(operation: Operation, status: int) -> list[Finding]:
    declared = operation.definition.get("responses", {})
    if str(status) in declared:
        return []
    message = f"status {status} is not declared by itself (declared: {', '.join(declared)})"
    return [Finding("undeclared_status", "$", message, operation.operation_id)]

"""One response against the contract: every finding, each with its kind, JSON path and reason.

Two verdicts come out of one check. A `violation` breaks the tolerant contract (what the client
accepts) and fails a contract run; every other kind is drift (the server did something the
contract does not describe, yet the client copes) and is reported and counted, never failed on.

Kinds:
- ``violation``: the body breaks the operation's response schema, or the status has no schema;
- ``new_field``: a property the contract does not name;
- ``missing_field``: a property the contract marks ``x-ibkr-always-sent`` is absent;
- ``new_enum_value``: a value outside the documented values (``x-ibkr-known-values``);
- ``undeclared_status``: a status the operation does not declare by itself (only through a
  range such as ``4XX`` or ``default``).
The drift kinds are computed against what the contract documents, before the tolerance rules
widened it (ibkr_webapi.contract.drift).

From a shell: ``python -m ibkr_webapi.contract.findings OPERATION_ID STATUS BODY.json`` prints
the findings, one per line, and exits 1 when one of them is a violation.

Other tools call `check_response`; keep its signature.

Example:
    >>> status = {"authenticated": True, "connected": True, "competing": False}
    >>> [f.kind for f in check_response("get_brokerage_session_status", 200,
    ...                                  {**status, "authenticated": 1})]
    ['violation']
    >>> check_response("get_brokerage_session_status", 200, status)
    []
    >>> [(f.kind, f.path) for f in check_response("get_brokerage_session_status", 200,
    ...                                            {**status, "conId": 1, "message": None})]
    [('new_field', '$.conId')]
"""

from __future__ import annotations

import json
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Literal

from ibkr_webapi.contract.drift import DriftWalker
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
    """A spec document with its validator, its drift walker and its operations by id."""

    validator: SpecValidator
    operations: Mapping[str, Operation]
    walker: DriftWalker

    @classmethod
    def of(cls, spec: Mapping[str, Any]) -> Contract:
        operations = {op.operation_id: op for op in iter_operations(spec)}
        validator = SpecValidator(dict(spec))
        return cls(validator, operations, DriftWalker(validator))

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
    for drift in contract.walker.drift(pointer, body):
        findings.append(Finding(drift.kind, drift.path, drift.message, operation_id))
    return findings


def _status_findings(operation: Operation, status: int) -> list[Finding]:
    declared = operation.definition.get("responses", {})
    if str(status) in declared:
        return []
    message = f"status {status} is not declared by itself (declared: {', '.join(declared)})"
    return [Finding("undeclared_status", "$", message, operation.operation_id)]


def main(argv: Sequence[str] | None = None) -> int:
    """Check one recorded body: ``OPERATION_ID STATUS BODY.json`` (``-`` reads stdin)."""
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) != 3:
        print("usage: python -m ibkr_webapi.contract.findings OPERATION_ID STATUS BODY.json")
        return 2
    operation_id, status, source = args
    text = sys.stdin.read() if source == "-" else Path(source).read_text(encoding="utf-8")
    try:
        findings = check_response(operation_id, int(status), json.loads(text))
    except (UnknownOperationError, ValueError) as error:
        print(f"error: {error}")
        return 2
    for finding in findings:
        print(f"{finding.kind:<17} {finding.path:<40} {finding.message}")
    return 1 if any(finding.is_violation for finding in findings) else 0


if __name__ == "__main__":
    raise SystemExit(main())

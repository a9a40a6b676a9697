"""Acceptance: a field type broken in the spec, or a response broken in the mock, turns the
schemathesis run red with rows naming the operation and the field."""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Callable

import pytest

from contract_support import load_spec
from harness.mock_target import mock_target
from ibkr_webapi.contract.fuzzing import fuzz_operation, known_values, load_schema, operations
from ibkr_webapi.contract.report import FailureRow, rows_from_exception
from ibkr_webapi.mock.handler_api import Call, Reply
from ibkr_webapi.mock.handlers import HANDLERS


def fuzz_rows(spec: dict, operation_id: str, break_mock: Callable[[], None] = lambda: None
              ) -> list[FailureRow]:
    schema = load_schema(spec)
    (operation,) = [op for op in operations(schema)
                    if op.definition.raw["operationId"] == operation_id]
    with mock_target("oauth") as target, known_values(schema, target.known):
        break_mock()  # once the target is up: it reads its accounts through the API
        with pytest.raises(BaseExceptionGroup) as failed:
            fuzz_operation(operation, target.send, max_examples=5)
    return rows_from_exception(failed.value, operation=operation_id, part="3 mock",
                               resolve=lambda label: label)


def test_a_field_type_broken_in_the_spec_names_operation_and_field() -> None:
    broken = copy.deepcopy(load_spec())
    broken["components"]["schemas"]["AuthStatus"]["properties"]["authenticated"]["type"] = "string"
    rows = fuzz_rows(broken, "get_brokerage_session_status_via_get")
    assert any(row.json_path == "$.authenticated" and 'is not of type "string"' in row.what
               and row.operation == "GET /iserver/auth/status" for row in rows), rows


def test_a_response_broken_in_the_mock_names_operation_and_field(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    honest = HANDLERS["get_brokerage_accounts"]

    def broken(call: Call) -> Reply:
        reply = honest(call)
        return dataclasses.replace(reply, body={**reply.body, "accounts": 42})

    rows = fuzz_rows(load_spec(), "get_brokerage_accounts",
                     lambda: monkeypatch.setitem(HANDLERS, "get_brokerage_accounts", broken))
    assert any(row.json_path == "$.accounts" and '42 is not of types "null", "array"' in row.what
               and row.operation == "GET /iserver/accounts" for row in rows), rows

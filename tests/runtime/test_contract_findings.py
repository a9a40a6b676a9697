"""ibkr_webapi.contract.check_response: violations, and the drift kinds (new fields, missing
always-sent fields, new enum values, undeclared statuses)."""

from __future__ import annotations

import copy

import pytest

from ibkr_webapi.contract.findings import (
    Contract,
    UnknownOperationError,
    check_response,
    check_response_against,
    installed_contract,
)

STATUS = "get_brokerage_session_status"


CONFORMING = {"authenticated": True, "connected": True, "competing": False}


def test_a_conforming_body_has_no_finding() -> None:
    assert check_response(STATUS, 200, CONFORMING) == []


def test_a_wrong_type_is_a_violation_at_its_path() -> None:
    (finding,) = check_response(STATUS, 200, {**CONFORMING, "authenticated": "yes"})
    assert (finding.kind, finding.path) == ("violation", "$.authenticated")
    assert finding.operation == STATUS
    assert finding.is_violation and "'yes' is not of type 'boolean'" in finding.message


def test_a_renamed_field_is_a_new_field_and_a_missing_always_sent_one() -> None:
    body = {**CONFORMING, "Connected": CONFORMING["connected"]}
    del body["connected"]
    findings = {(f.kind, f.path) for f in check_response(STATUS, 200, body)}
    assert findings == {("new_field", "$.Connected"), ("missing_field", "$.connected")}


def test_null_is_accepted_for_an_optional_field() -> None:
    assert check_response(STATUS, 200, {**CONFORMING, "message": None}) == []


def test_an_unknown_enum_value_is_drift_not_a_violation() -> None:
    findings = check_response("get_order_status", 200, {"order_status": "Teleported"})
    assert [(f.kind, f.path) for f in findings if f.path == "$.order_status"] == [
        ("new_enum_value", "$.order_status")
    ]
    assert not [f for f in findings if f.is_violation]


def test_an_error_body_on_any_4xx_is_accepted_as_undeclared_status() -> None:
    findings = check_response(STATUS, 418, {"error": "teapot", "statusCode": 418})
    assert [f.kind for f in findings] == ["undeclared_status"]


def test_a_status_declared_only_by_a_range_is_drift_not_a_violation() -> None:
    contract = installed_contract()
    spec = copy.deepcopy(dict(contract.validator.spec))
    responses = spec["paths"]["/iserver/auth/status"]["post"]["responses"]
    responses["5XX"] = responses.pop("500", None) or {
        "description": "error",
        "content": {"application/json": {"schema": {"type": "object"}}},
    }
    findings = check_response_against(Contract.of(spec), STATUS, 503, {"error": "down"})
    assert [f.kind for f in findings] == ["undeclared_status"]
    assert "503" in findings[0].message


def test_a_status_without_any_schema_is_a_violation() -> None:
    findings = check_response(STATUS, 302, {})
    assert {f.kind for f in findings} == {"undeclared_status", "violation"}


def test_an_unknown_operation_is_a_typed_error() -> None:
    with pytest.raises(UnknownOperationError, match="no_such_operation"):
        check_response("no_such_operation", 200, {})

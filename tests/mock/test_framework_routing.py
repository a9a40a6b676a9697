"""Routing: every operation of the spec is reachable under /v1/api (or, for OAuth 2.0 and
Account Management, at the host's root), and nothing else is."""

from __future__ import annotations

from datetime import timedelta

import pytest

from framework_support import concrete_path
from ibkr_webapi.mock.app import MockServer
from ibkr_webapi.mock.handler_api import Call, Reply
from ibkr_webapi.mock.handlers import HANDLERS, DuplicateHandlerError, merge
from ibkr_webapi.mock.request_log import RecordedRequest
from ibkr_webapi.mock.routing import OperationTable, served_at_root
from ibkr_webapi.spec import Operation, iter_operations

REST_OPERATIONS = [op for op in iter_operations() if op.tag != "flex"]


@pytest.mark.parametrize("operation", REST_OPERATIONS, ids=lambda op: op.operation_id)
def test_every_rest_operation_is_routed_to_itself(operation: Operation) -> None:
    table = OperationTable.from_spec(at_root=served_at_root(operation))
    found = table.match(operation.method, concrete_path(operation))

    assert found is not None
    assert found[0].operation_id == operation.operation_id


def test_literal_segments_win_over_templates() -> None:
    literal = [op for op in REST_OPERATIONS if "{" not in op.path]
    for operation in literal:
        table = OperationTable.from_spec(at_root=served_at_root(operation))
        found = table.match(operation.method, operation.path)
        assert found is not None and found[0] == operation


def test_flex_operations_are_not_under_v1_api() -> None:
    table = OperationTable.from_spec()

    assert {op.tag for op in table.operations} == {
        op.tag for op in REST_OPERATIONS if not served_at_root(op)}
    assert table.match("GET", "/SendRequest") is None


def test_account_management_is_served_only_at_the_root() -> None:
    under_v1 = OperationTable.from_spec()
    at_root = OperationTable.from_spec(at_root=True)

    assert under_v1.match("GET", "/gw/api/v1/echo/https") is None
    found = at_root.match("GET", "/gw/api/v1/echo/https")
    assert found is not None and found[0].operation_id == "echo_https"
    assert at_root.match("GET", "/iserver/accounts") is None


def test_every_operation_has_a_handler() -> None:
    """The completeness gate of the mock: it fails while any operation lacks a handler."""
    missing = sorted(op.operation_id for op in REST_OPERATIONS if op.operation_id not in HANDLERS)

    assert missing == []


def test_no_handler_is_registered_for_an_operation_the_spec_lacks() -> None:
    known = {op.operation_id for op in REST_OPERATIONS}

    assert sorted(set(HANDLERS) - known) == []


def answer_nothing(call: Call) -> Reply:
    return Reply(None)


def test_a_duplicate_operation_id_across_modules_is_refused() -> None:
    with pytest.raises(DuplicateHandlerError, match="'tickle' is registered by both a and b"):
        merge([("a", {"tickle": answer_nothing}), ("b", {"tickle": answer_nothing})])


def test_an_operation_without_handler_answers_501_in_ibkr_shape(gateway: MockServer) -> None:
    gateway.gates.handlers = {k: v for k, v in HANDLERS.items() if k != "validate_sso_session"}

    response = gateway.http_client().get("/sso/validate")

    assert response.status_code == 501
    assert response.json() == {
        "error": "validate_sso_session is not implemented by the mock", "statusCode": 501}


def test_an_unknown_path_answers_ibkrs_html_404(gateway: MockServer) -> None:
    response = gateway.http_client().get("/iserver/marketdata/265598/unsubscribe")

    assert response.status_code == 404
    assert response.headers["content-type"].startswith("text/html")
    assert "Resource not found" in response.text
    assert list(gateway.requests)[-1] == RecordedRequest(
        "GET", "/v1/api/iserver/marketdata/265598/unsubscribe", None, 404)


def test_a_known_path_with_another_method_answers_405(gateway: MockServer) -> None:
    response = gateway.http_client().delete("/tickle")

    assert response.status_code == 405
    assert response.headers["allow"] == "POST"


@pytest.mark.parametrize("server", ["gateway", "oauth"])
@pytest.mark.parametrize(("sent", "account"), [("a%2Fb", "a/b"), ("%0A", "\n")])
def test_a_parameter_is_decoded_after_the_path_is_split(
        request: pytest.FixtureRequest, server: str, sent: str, account: str) -> None:
    """Like a real router: an encoded "/" or control character stays in its segment (and, over
    OAuth, the signature still covers the path as sent)."""
    mock: MockServer = request.getfixturevalue(server)

    response = mock.http_client().get(f"/portfolio/{sent}/ledger")

    assert response.json()["error"] == f"Account {account} is not valid for this login"
    assert list(mock.requests)[-1] == RecordedRequest(
        "GET", f"/v1/api/portfolio/{sent}/ledger", "get_portfolio_ledger", 400,
        signature_form="ibkr" if server == "oauth" else None)


def test_an_unencoded_slash_is_a_segment_of_its_own(gateway: MockServer) -> None:
    assert gateway.http_client().get("/portfolio/a/b/ledger").status_code == 404


def test_in_process_answers_carry_elapsed_like_network_ones(gateway: MockServer) -> None:
    """httpx sets `elapsed` only when it reads a streamed body; checks (schemathesis) read it."""
    response = gateway.http_client().post("/tickle")

    assert response.elapsed >= timedelta(0)

"""One typed hierarchy: each error names the operation, the status and IBKR's message."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from ibkr_webapi import errors
from ibkr_webapi.client import Client
from ibkr_webapi.mock.app import MockServer
from ibkr_webapi.retries import RetryPolicy
from ibkr_webapi.settings import Settings
from runtime_support import quiet_settings

JSON = "application/json"


@pytest.mark.parametrize(("status", "body", "content_type", "expected", "message"), [
    (401, b'{"error":"not authenticated","statusCode":401}', JSON,
     errors.NotAuthenticatedError, "not authenticated"),
    (400, b'{"error":"Bad Request: no bridge","statusCode":400}', JSON,
     errors.NoBridgeError, "Bad Request: no bridge"),
    (401, b'{"error":"competing session"}', JSON, errors.CompetingSessionError,
     "competing session"),
    (429, b'{"error":"Too many requests","statusCode":429}', JSON, errors.RateLimitedError,
     "Too many requests"),
    (404, b"<html><body><h1>Resource not found</h1></body></html>", "text/html",
     errors.NotFoundError, "Resource not found"),
    (503, b'{"error":"Order 12 is not found","statusCode":503}', JSON, errors.NotFoundError,
     "Order 12 is not found"),
    (400, b'{"error":"conid is required"}', JSON, errors.ValidationError, "conid is required"),
    (500, b'{"error":"failed to generate sso dh token"}', JSON, errors.ServerError,
     "failed to generate sso dh token"),
    (503, b"Service Unavailable", "text/plain", errors.ServerError, "Service Unavailable"),
    (500, b'{"error":{"a":1}}', JSON, errors.ServerError, '{"a": 1}'),
    (302, b"", "", errors.UnexpectedResponseError, ""),
])
def test_statuses_and_messages_pick_the_class(status: int, body: bytes, content_type: str,
                                              expected: type[errors.IbkrError],
                                              message: str) -> None:
    error = errors.error_from_response("some_operation", status, body, content_type)
    assert type(error) is expected
    assert (error.operation, error.status_code, error.ibkr_message) == (
        "some_operation", status, message)
    assert str(error).startswith(f"some_operation: HTTP {status} ")


def test_account_ids_are_masked_in_messages() -> None:
    error = errors.error_from_response(
        "get_portfolio_ledger", 400, b'{"error":"Account DU1234567 is not valid"}', JSON)
    assert "DU1234567" not in str(error) and "DU***567" in error.ibkr_message


@pytest.fixture
def strict_client(server: MockServer, make_client: Callable[..., Client]) -> Client:
    client = make_client(server, quiet_settings(attempts=1))
    client.open()
    return client


@pytest.mark.parametrize(("fault", "options", "reason"), [
    ("html", {"status": 200}, "an HTML page instead of JSON"),
    ("text", {"status": 200}, "a text body instead of JSON (text/plain"),
    ("truncate", {}, "a JSON body that does not parse"),
    # IBKR's error body where the spec promises a list of accounts:
    ("status", {"status": 200}, "a body that does not match the spec's schema"),
    ("text", {"status": 200, "body": "[]"}, "wrong content type 'text/plain"),
])
def test_unexpected_success_bodies(strict_client: Client, server: MockServer, fault: str,
                                   options: dict[str, object], reason: str) -> None:
    server.inject(fault, "get_portfolio_accounts", **options)  # type: ignore[arg-type]
    with pytest.raises(errors.UnexpectedResponseError) as raised:
        strict_client.portfolio.get_portfolio_accounts()
    assert raised.value.operation == "get_portfolio_accounts"
    assert raised.value.status_code == 200
    assert reason in raised.value.reason
    assert raised.value.__cause__ is None and raised.value.__context__ is None


def test_html_error_page_is_a_server_error_with_its_text(strict_client: Client,
                                                         server: MockServer) -> None:
    server.inject("html", "get_brokerage_accounts", status=503)
    with pytest.raises(errors.ServerError) as raised:
        strict_client.accounts.get_brokerage_accounts()
    assert raised.value.ibkr_message.startswith("Error Service Unavailable")


def test_an_unknown_order_is_not_found(strict_client: Client) -> None:
    with pytest.raises(errors.NotFoundError) as raised:
        strict_client.order_monitoring.get_order_status("999999")
    assert raised.value.status_code == 503 and "not found" in raised.value.ibkr_message


def test_a_session_that_stays_taken_is_an_authentication_error(strict_client: Client,
                                                               server: MockServer) -> None:
    server.inject("compete", "get_brokerage_accounts", times=None)
    with pytest.raises(errors.AuthenticationError) as raised:
        strict_client.accounts.get_brokerage_accounts()
    assert raised.value.status_code == 401
    # The Gateway plugin reopened the session once; the facade did not add a retry of its own.
    assert server.requests.count("get_brokerage_accounts") == 2


def test_logged_out_is_not_authenticated(strict_client: Client, server: MockServer) -> None:
    server.world.session.logout()
    with pytest.raises(errors.NotAuthenticatedError) as raised:
        strict_client.portfolio.get_portfolio_accounts()
    assert raised.value.status_code == 401


def test_invalid_request_content_is_a_validation_error(strict_client: Client) -> None:
    with pytest.raises(errors.ValidationError) as raised:
        strict_client.contract.search_contracts(symbol="")
    assert raised.value.status_code == 400


def test_dropped_connection_without_retries(server: MockServer,
                                            make_client: Callable[..., Client]) -> None:
    client = make_client(server, Settings(tickle_interval=None, retry=RetryPolicy(attempts=1)))
    server.inject("drop", "get_brokerage_accounts")
    with pytest.raises(errors.ConnectionFailedError) as raised:
        client.accounts.get_brokerage_accounts()
    assert raised.value.status_code is None
    assert str(raised.value).startswith("get_brokerage_accounts: no response")

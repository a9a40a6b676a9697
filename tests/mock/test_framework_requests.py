"""Request rules from the spec, the request log, replies, determinism and both client kinds."""

from __future__ import annotations

import pytest

from framework_support import with_handlers
from ibkr_client.api.session import (
    get_brokerage_session_status,
    init_brokerage_session,
    tickle,
    validate_sso_session,
)
from ibkr_client.models.ssodh_init_request import SsodhInitRequest
from ibkr_webapi.mock.app import MockServer, create_app
from ibkr_webapi.mock.config import ManualClock, MockConfig
from ibkr_webapi.mock.handler_api import Call, Reply
from ibkr_webapi.mock.request_log import RecordedRequest
from ibkr_webapi.spec import iter_operations


def required_integer_query_operation():
    """An operation with a required integer query parameter (found in the spec, not assumed)."""
    for op in iter_operations():
        for parameter in op.definition.get("parameters", []):
            schema = parameter.get("schema", {})
            if (parameter.get("in") == "query" and parameter.get("required")
                    and schema.get("type") == "integer" and "{" not in op.path
                    and op.method == "GET"):
                return op, parameter["name"]
    raise AssertionError("the spec has no GET with a required integer query parameter")


def test_a_body_that_breaks_the_request_schema_answers_400_naming_the_field(gateway):
    response = gateway.http_client().post("/iserver/auth/ssodh/init",
                                          json={"publish": "yes", "compete": True})

    assert response.status_code == 400
    assert response.json() == {"error": "Bad Request: body.publish: 'yes' is not of type "
                               "'boolean'", "statusCode": 400}
    assert gateway.world.session.authenticated is False


def test_a_body_that_is_not_json_answers_400(gateway):
    response = gateway.http_client().post("/iserver/auth/ssodh/init", content=b"{publish",
                                          headers={"content-type": "application/json"})

    assert (response.status_code, response.json()["error"]) == (
        400, "Bad Request: the body is not valid JSON")


def test_missing_and_mistyped_query_parameters_answer_400(gateway):
    gateway.open_brokerage_session()
    operation, name = required_integer_query_operation()
    seen: list[Call] = []
    with_handlers(gateway, **{operation.operation_id: lambda call: seen.append(call) or Reply({})})
    client = gateway.http_client()

    missing = client.get(operation.path)
    mistyped = client.get(operation.path, params={name: "abc"})

    assert missing.status_code == mistyped.status_code == 400
    assert missing.json()["error"] == f"Bad Request: missing required parameter {name!r}"
    assert mistyped.json()["error"].startswith(f"Bad Request: {name}: ")
    assert seen == []


def test_the_handler_gets_path_query_body_and_headers(gateway):
    gateway.open_brokerage_session()
    seen: list[Call] = []
    with_handlers(gateway, get_brokerage_accounts=lambda call: seen.append(call) or Reply({}))

    gateway.http_client().get("/iserver/accounts?x=1&x=2", headers={"X-Probe": "yes"})

    (call,) = seen
    assert call.operation.operation_id == "get_brokerage_accounts"
    assert call.query == {"x": "2"}
    assert call.headers["x-probe"] == "yes"
    assert call.body is None
    assert call.world is gateway.world


def test_the_request_log_records_method_path_operation_and_status(gateway):
    client = gateway.client()

    tickle.sync_detailed(client=client)
    init_brokerage_session.sync_detailed(
        client=client, body=SsodhInitRequest(publish=True, compete=True))

    assert list(gateway.requests) == [
        RecordedRequest("POST", "/v1/api/tickle", "tickle", 200),
        RecordedRequest("POST", "/v1/api/iserver/auth/ssodh/init", "init_brokerage_session", 200),
    ]
    assert gateway.requests.count("init_brokerage_session") == 1


def answers(server: MockServer) -> list[bytes]:
    client = server.client()
    return [tickle.sync_detailed(client=client).content,
            validate_sso_session.sync_detailed(client=client).content,
            get_brokerage_session_status.sync_detailed(client=client).content]


def test_same_seed_and_clock_give_the_same_answers_and_another_seed_does_not():
    first, second, other = (
        MockServer(MockConfig(seed=seed, clock=ManualClock(), pacing=False))
        for seed in (5, 5, 6))

    assert answers(first) == answers(second)
    assert answers(first) != answers(other)


async def test_async_calls_of_the_generated_client_reach_the_same_world(gateway):
    client = gateway.client()

    status = await init_brokerage_session.asyncio(
        client=client, body=SsodhInitRequest(publish=True, compete=True))
    again = get_brokerage_session_status.sync(client=client)

    assert status.authenticated is True and again.authenticated is True
    await gateway.aclose()


def test_create_app_exposes_its_control_handle():
    app = create_app(MockConfig(seed=9))

    assert isinstance(app.state.mock, MockServer)
    assert app.state.mock.world.seed == 9


@pytest.mark.parametrize("media_type, body, expected", [
    ("application/json", {"a": "é"}, '{"a":"é"}'.encode()),
    ("text/xml", b"<x/>", b"<x/>"),
    ("text/plain", "plain", b"plain"),
])
def test_replies_are_serialised_by_media_type(gateway, media_type, body, expected):
    with_handlers(gateway, tickle=lambda call: Reply(body, media_type=media_type))

    response = gateway.http_client().post("/tickle")

    assert response.content == expected
    assert response.headers["content-type"].startswith(media_type)

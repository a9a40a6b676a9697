"""The session and OAuth answers conform to the effective spec in every session state."""

from __future__ import annotations

import pytest

from ibkr_client.api.session import init_brokerage_session, logout
from ibkr_client.models.ssodh_init_request import SsodhInitRequest
from ibkr_webapi.contract.validation import (
    SpecValidator,
    find_operation,
    response_schema_pointer,
)
from ibkr_webapi.spec import effective_spec, iter_operations

SESSION_OPERATIONS = [op for op in iter_operations() if op.tag == "session"]
VALIDATOR = SpecValidator(dict(effective_spec()))


def problems(response):
    path = response.request.url.path.removeprefix("/v1/api")
    operation = find_operation(VALIDATOR.spec, response.request.method, path)
    assert operation is not None, path
    assert str(response.status_code) in operation.definition["responses"], response.status_code
    pointer = response_schema_pointer(VALIDATOR, operation, response.status_code,
                                      response.headers["content-type"])
    assert pointer is not None
    return [str(p) for p in VALIDATOR.problems(pointer, response.json())]


def call_all(client):
    http = client.get_httpx_client()
    return [http.request(op.method, op.path,
                         json={"publish": True, "compete": True}
                         if op.operation_id == "init_brokerage_session" else None)
            for op in SESSION_OPERATIONS if op.operation_id != "logout"]


@pytest.mark.parametrize("state", ["fresh", "initialised", "competing", "logged_out"])
def test_every_session_answer_conforms(gateway, state):
    client = gateway.client(auth=None)
    if state == "initialised":
        init_brokerage_session.sync(client=client,
                                    body=SsodhInitRequest(publish=True, compete=False))
    elif state == "competing":
        gateway.start_competing_session()
    elif state == "logged_out":
        logout.sync(client=client)

    responses = call_all(client)

    assert {r.status_code for r in responses} <= {200, 401}
    assert {r.request.url.path: problems(r) for r in responses} == {
        r.request.url.path: [] for r in responses}


def test_oauth_answers_and_refusals_conform(oauth):
    client = oauth.client()

    answer = client.get_httpx_client().post("/iserver/auth/ssodh/init",
                                            json={"publish": True, "compete": True})
    refused = oauth.client(auth=None).get_httpx_client().post("/tickle")

    lst = [r for r in oauth.requests if r.operation_id == "get_live_session_token"]
    assert [r.status for r in lst] == [200]
    assert problems(answer) == [] and problems(refused) == []

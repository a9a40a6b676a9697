"""Handlers of the OAuth 2.0 operations: the token endpoint's and the SSO session's answers
(decided by the OAuth 2.0 gate, see gates/oauth2.py), browser SSO sessions and the echo checks.

The gate leaves its answer to a token or SSO request in ``world.session.oauth_answer``, as the
OAuth 1.0a gate does; without the gate (Gateway or OAuth 1.0a mode) these paths are not served
at all, so the handlers never run there.

>>> from ibkr_webapi.mock.world import build_world
>>> from ibkr_webapi.mock.handler_api import Call
>>> from ibkr_webapi.spec import operation
>>> call = Call(operation("echo_https"), {}, {"x": "1"}, None, {}, build_world())
>>> HANDLERS["echo_https"](call).body
{'requestMethod': 'GET', 'securityPolicy': 'HTTPS', 'queryParameters': {'x': '1'}}
"""

from __future__ import annotations

import hashlib

from ibkr_webapi.mock.handler_api import ApiError, Call, Registry, Reply

NOT_SERVED = "OAuth 2.0 is not enabled on this server"


def gate_answer(call: Call) -> Reply:
    answer = call.world.session.oauth_answer
    if answer is None:
        raise ApiError(400, NOT_SERVED)
    status, body = answer
    return Reply(body, status)


def create_sso_session(call: Call) -> Reply:
    reply = gate_answer(call)
    if reply.status == 200:
        call.world.session.login()  # the SSO session is the web session of /v1/api
    return reply


def create_sso_browser_session(call: Call) -> Reply:
    digest = hashlib.sha256(f"{call.world.seed}:{call.world.clock()}".encode()).hexdigest()
    return Reply({"active": True,
                  "url": f"https://localhost:5000/sso/Login?token=test-only-{digest[:24]}"})


def echo_https(call: Call) -> Reply:
    return Reply({"requestMethod": "GET", "securityPolicy": "HTTPS",
                  "queryParameters": dict(call.query)})


def echo_signed_jwt(call: Call) -> Reply:
    return Reply({"requestMethod": "POST", "securityPolicy": "SIGNED_JWT",
                  "queryParameters": dict(call.query)})


HANDLERS: Registry = {
    "create_oauth2_access_token": gate_answer,
    "create_sso_session": create_sso_session,
    "create_sso_browser_session": create_sso_browser_session,
    "echo_https": echo_https,
    "echo_signed_jwt": echo_signed_jwt,
}

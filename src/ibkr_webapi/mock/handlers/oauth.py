"""Handlers of the /oauth operations: the answers of the mock's OAuth verifier.

In OAuth mode the router runs every request through `OAuthVerifier` first and leaves the
verifier's answer to an /oauth request in ``world.session.oauth_answer``; these handlers
return it. A live session token also opens a new web session after a logout. The Client
Portal Gateway has no /oauth endpoints: in Gateway mode they answer 400.

>>> from ibkr_webapi.mock.world import build_world
>>> from ibkr_webapi.mock.handler_api import Call
>>> from ibkr_webapi.spec import operation
>>> call = Call(operation("get_live_session_token"), {}, {}, None, {}, build_world())
>>> HANDLERS["get_live_session_token"](call)
Traceback (most recent call last):
...
ibkr_webapi.mock.handler_api.ApiError: 400: OAuth is not enabled on this server (Gateway mode)
"""

from __future__ import annotations

from ibkr_webapi.mock.handler_api import ApiError, Call, Registry, Reply

GATEWAY_MODE = "OAuth is not enabled on this server (Gateway mode)"


def verifier_answer(call: Call) -> Reply:
    answer = call.world.session.oauth_answer
    if answer is None:
        raise ApiError(400, GATEWAY_MODE)
    status, body = answer
    return Reply(body, status)


def live_session_token(call: Call) -> Reply:
    reply = verifier_answer(call)
    if reply.status == 200:
        call.world.session.login()
    return reply


HANDLERS: Registry = {
    "get_oauth_request_token": verifier_answer,
    "get_oauth_access_token": verifier_answer,
    "get_live_session_token": live_session_token,
}

"""Handlers of the session operations: auth status, ssodh/init, tickle, SSO validation, logout.

The session gate (gates/session.py) has already refused what the session does not allow;
these handlers report and change `world.session`.

>>> from ibkr_webapi.mock.world import build_world
>>> from ibkr_webapi.mock.handler_api import Call
>>> from ibkr_webapi.spec import operation
>>> world = build_world(seed=1)
>>> call = Call(operation("init_brokerage_session"), {}, {}, {"publish": True, "compete": True},
...             {}, world)
>>> HANDLERS["init_brokerage_session"](call).body["authenticated"]
True
"""

from __future__ import annotations

from ibkr_webapi.mock.handler_api import ApiError, Call, Registry, Reply

FAILED_DH_TOKEN = "failed to generate sso dh token"


def auth_status(call: Call) -> Reply:
    return Reply(call.world.session.status())


def init_brokerage_session(call: Call) -> Reply:
    session = call.world.session
    if call.body.get("publish") is not True:
        # IBKR answers publish=false with a 500 and an error body without statusCode.
        raise ApiError(500, FAILED_DH_TOKEN, body={"error": FAILED_DH_TOKEN})
    # A new brokerage session starts without subscriptions: pre-flight applies again.
    call.world.market.session.reset()
    # Choice (neither the documentation nor a recording covers it): after /logout the next
    # ssodh/init logs back in, standing for the browser login a developer cannot do against
    # a mock; a new web session starts, with a new session id. MockServer.log_in() also does.
    session.login()
    return Reply(session.init(compete=call.body["compete"] is True))


def logout(call: Call) -> Reply:
    session = call.world.session
    was_logged_in = session.logged_in
    session.logout()
    call.world.market.session.reset()
    return Reply({"status": was_logged_in})


def tickle(call: Call) -> Reply:
    return Reply(call.world.session.tickle())


def reauthenticate(call: Call) -> Reply:
    call.world.session.reauthenticate()
    return Reply({"message": "triggered"})


def validate_sso(call: Call) -> Reply:
    return Reply(call.world.session.sso_validation())


HANDLERS: Registry = {
    "get_brokerage_session_status_via_get": auth_status,
    "get_brokerage_session_status": auth_status,
    "init_brokerage_session": init_brokerage_session,
    "logout": logout,
    "tickle": tickle,
    "reauthenticate_brokerage_session": reauthenticate,
    "validate_sso_session": validate_sso,
}

"""The session gate: which requests the current web and brokerage sessions allow.

Without a web session (after /logout) only the session endpoints answer. Every /iserver
endpoint needs an open brokerage session (POST /iserver/auth/ssodh/init), except those that
report or open it. Each request also counts as activity for the idle timeout.

>>> from ibkr_webapi.mock.world.session import SessionState
>>> from ibkr_webapi.spec import operation
>>> session = SessionState(lambda: 0.0)
>>> session_refusal(operation("get_brokerage_accounts"), session).body
{'error': 'not authenticated', 'statusCode': 401}
>>> session_refusal(operation("init_brokerage_session"), session) is None
True
"""

from __future__ import annotations

from ibkr_webapi.mock.handler_api import ApiError
from ibkr_webapi.mock.world.session import SessionState
from ibkr_webapi.spec import Operation

NOT_AUTHENTICATED = "not authenticated"
BROKERAGE_SESSION_NOT_NEEDED = frozenset({
    "get_brokerage_session_status_via_get",
    "get_brokerage_session_status",
    "init_brokerage_session",
    "reauthenticate_brokerage_session",
})
"""/iserver operations that report or open the brokerage session."""
SERVED_WITHOUT_LOGIN = frozenset({
    "tickle",
    "logout",
    "init_brokerage_session",  # logs back in after /logout: see handlers/session.py
    "get_brokerage_session_status_via_get",
    "get_brokerage_session_status",
})
"""Operations that answer when there is no web session (with a logged-out status, or, for
ssodh/init, by starting a new one)."""
ISERVER = "/iserver/"
OUTSIDE_SESSION = ("/gw/", "/oauth2/")
"""OAuth 2.0 and Account Management: bearer tokens only, no web or brokerage session."""


def session_refusal(operation: Operation, session: SessionState) -> ApiError | None:
    """Note the request's activity; the 401 to answer when the session does not allow it."""
    if operation.tag == "oauth" or operation.path.startswith(OUTSIDE_SESSION):
        return None
    session.touch()
    op_id = operation.operation_id
    if not session.logged_in and op_id not in SERVED_WITHOUT_LOGIN:
        return ApiError(401, NOT_AUTHENTICATED)
    if (operation.path.startswith(ISERVER) and op_id not in BROKERAGE_SESSION_NOT_NEEDED
            and not session.authenticated):
        return ApiError(401, NOT_AUTHENTICATED)
    return None

"""What a websocket handshake to ``/v1/api/ws`` needs: the ``api`` cookie and, for OAuth, the
``oauth_token`` query parameter.

The session value comes from POST /tickle (``{"session": "..."}``). The cookie is
``api=<session>``; with OAuth the URL also carries ``oauth_token=<access token>``. Both are
secrets, so the handshake keeps them in `Secret` and its repr shows neither.

>>> handshake = oauth_handshake({"session": "d21b8cf5"}, access_token="e84c11dc")
>>> handshake
WebsocketHandshake(url='wss://api.ibkr.com/v1/api/ws?oauth_token=***')
>>> handshake.url.reveal(), handshake.headers()["Cookie"]
('wss://api.ibkr.com/v1/api/ws?oauth_token=e84c11dc', 'api=d21b8cf5')
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode, urlsplit, urlunsplit

from .errors import WebsocketHandshakeError
from .redaction import protect_in_logs, redact
from .secret import Secret, as_secret

GATEWAY_WS_URL = "wss://localhost:5000/v1/api/ws"
OAUTH_WS_URL = "wss://api.ibkr.com/v1/api/ws"
SESSION_COOKIE = "api"


@dataclass(frozen=True, repr=False)
class WebsocketHandshake:
    """The URL and Cookie header of a websocket handshake, both secret."""

    url: Secret[str]
    cookie: Secret[str]

    def headers(self) -> dict[str, str]:
        """Headers to pass to the websocket client (reveals the cookie)."""
        return {"Cookie": self.cookie.reveal()}

    def __repr__(self) -> str:
        return f"WebsocketHandshake(url={redact(self.url.reveal())!r})"


def websocket_url(rest_base_url: str) -> str:
    """The websocket URL next to a REST base URL.

    >>> websocket_url("https://localhost:5000/v1/api")
    'wss://localhost:5000/v1/api/ws'
    >>> websocket_url("http://127.0.0.1:8000/v1/api/")
    'ws://127.0.0.1:8000/v1/api/ws'
    """
    parts = urlsplit(rest_base_url)
    scheme = {"https": "wss", "http": "ws"}.get(parts.scheme, parts.scheme)
    return urlunsplit((scheme, parts.netloc, parts.path.rstrip("/") + "/ws", "", ""))


def session_from_tickle(tickle_body: Mapping[str, Any] | str | Secret[str]) -> Secret[str]:
    """The session value of a POST /tickle response body (or the value itself).

    >>> session_from_tickle({"session": "abc123def456"})
    Secret('***')
    """
    if isinstance(tickle_body, Secret):
        return tickle_body
    if isinstance(tickle_body, str):
        session = tickle_body
    else:
        value = tickle_body.get("session")
        if not isinstance(value, str) or not value:
            raise WebsocketHandshakeError(
                "the tickle response has no 'session' (is the session authenticated?)")
        session = value
    protect_in_logs(session)
    return Secret(session)


def gateway_handshake(
    session: Mapping[str, Any] | str | Secret[str], url: str = GATEWAY_WS_URL
) -> WebsocketHandshake:
    """Handshake for the Client Portal Gateway: the ``api`` session cookie only."""
    secret = session_from_tickle(session)
    return WebsocketHandshake(url=Secret(url), cookie=Secret(f"{SESSION_COOKIE}={secret.reveal()}"))


def oauth_handshake(
    session: Mapping[str, Any] | str | Secret[str],
    access_token: str | Secret[str],
    url: str = OAUTH_WS_URL,
) -> WebsocketHandshake:
    """Handshake for OAuth: the ``api`` cookie plus ``oauth_token=<access token>`` in the URL."""
    token = as_secret(access_token)
    protect_in_logs(token)
    separator = "&" if "?" in url else "?"
    query = urlencode({"oauth_token": token.reveal()})
    cookie = f"{SESSION_COOKIE}={session_from_tickle(session).reveal()}"
    return WebsocketHandshake(url=Secret(f"{url}{separator}{query}"), cookie=Secret(cookie))

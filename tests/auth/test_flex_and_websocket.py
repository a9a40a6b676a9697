"""FlexToken and the websocket handshake helpers."""

from __future__ import annotations

import logging

import httpx
import pytest

from ibkr_auth import (
    FlexToken,
    Secret,
    gateway_handshake,
    oauth_handshake,
    session_from_tickle,
    websocket_url,
)
from ibkr_auth.errors import FlexTokenError, WebsocketHandshakeError

FLEX = "https://ndcdyn.interactivebrokers.com/AccountManagement/FlexWebService"


def sent_url(auth: httpx.Auth, url: str, **params: str) -> httpx.URL:
    seen: list[httpx.URL] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url)
        return httpx.Response(200, text="<FlexStatementResponse/>")

    with httpx.Client(transport=httpx.MockTransport(handler), auth=auth) as client:
        client.get(url, params=params)
    return seen[0]


def test_flex_token_is_the_t_parameter() -> None:
    url = sent_url(FlexToken("528191644107458877539776"), FLEX + "/SendRequest", q="800969",
                   v="3")
    assert url.params["t"] == "528191644107458877539776"
    assert (url.params["q"], url.params["v"]) == ("800969", "3")


def test_flex_token_replaces_a_t_already_present() -> None:
    url = sent_url(FlexToken(Secret("111122223333")), FLEX + "/GetStatement?t=stale", q="1")
    assert url.params.get_list("t") == ["111122223333"]


def test_flex_token_from_environment_or_error_naming_the_variable() -> None:
    url = sent_url(FlexToken(environ={"IBKR_FLEX_TOKEN": "444455556666"}), FLEX + "/x")
    assert url.params["t"] == "444455556666"
    with pytest.raises(FlexTokenError, match="IBKR_FLEX_TOKEN"):
        FlexToken(environ={})


def test_flex_token_never_logged(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    sent_url(FlexToken("777788889999"), FLEX + "/SendRequest", q="800969", v="3")
    assert "SendRequest?q=800969&v=3&t=***" in caplog.text
    assert "777788889999" not in caplog.text


def test_websocket_url_from_rest_base_url() -> None:
    assert websocket_url("https://api.ibkr.com/v1/api") == "wss://api.ibkr.com/v1/api/ws"
    assert websocket_url("https://5.api.ibkr.com/v1/api/") == "wss://5.api.ibkr.com/v1/api/ws"


def test_gateway_handshake_sets_the_api_cookie() -> None:
    handshake = gateway_handshake({"session": "d21b8cf5ebc8ea01c6ce37c8125ec83f"})
    assert handshake.url.reveal() == "wss://localhost:5000/v1/api/ws"
    assert handshake.headers() == {"Cookie": "api=d21b8cf5ebc8ea01c6ce37c8125ec83f"}


def test_oauth_handshake_adds_the_access_token() -> None:
    handshake = oauth_handshake(Secret("d21b8cf5"), Secret("e84c11dc149cb96ee5bb"),
                                url="wss://1.api.ibkr.com/v1/api/ws?x=1")
    assert handshake.url.reveal() == "wss://1.api.ibkr.com/v1/api/ws?x=1&oauth_token=e84c11dc149cb96ee5bb"
    assert handshake.headers()["Cookie"] == "api=d21b8cf5"
    assert "e84c11dc149cb96ee5bb" not in repr(handshake)
    assert "d21b8cf5" not in repr(handshake)


@pytest.mark.parametrize("body", [{"error": "no session"}, {"session": ""}, {"session": 5}])
def test_tickle_without_session_is_an_error(body: dict[str, object]) -> None:
    with pytest.raises(WebsocketHandshakeError, match="session"):
        session_from_tickle(body)

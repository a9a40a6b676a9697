"""Who the mock websocket lets in: the api cookie of an authenticated session, the session
frame after "waiting for session", in OAuth mode the oauth_token of an issued token, and in
OAuth 2.0 mode the bearer token of an SSO session."""

from __future__ import annotations

import json

import pytest
from httpx_ws import WebSocketDisconnect

from ibkr_webapi.mock.app import MockServer
from stream_support import http_client, mock_server, open_socket, receive_json, websocket_hub

POLICY_VIOLATION = 1008


async def _refusal(server: MockServer, path: str = "/ws", cookie: str | None = None) -> (
        WebSocketDisconnect):
    async with http_client(server, auth=None) as http:
        with pytest.raises(WebSocketDisconnect) as refused:
            async with open_socket(http, path, cookie) as ws:
                await ws.receive_text()
    return refused.value


async def test_refused_until_the_brokerage_session_is_authenticated() -> None:
    server = mock_server(session_initialised=False)
    refused = await _refusal(server, cookie=server.world.session.session_id)
    assert (refused.code, refused.reason) == (POLICY_VIOLATION, "not authenticated")


async def test_refused_with_another_session_cookie() -> None:
    server = mock_server()
    refused = await _refusal(server, cookie="0123456789abcdef")
    assert (refused.code, refused.reason) == (POLICY_VIOLATION, "invalid session")
    assert "0123456789abcdef" not in str(refused.reason)


async def test_without_cookie_the_server_waits_for_the_session_frame() -> None:
    server = mock_server()
    async with http_client(server, auth=None) as http, open_socket(http) as ws:
        assert await receive_json(ws) == {"message": "waiting for session"}
        await ws.send_text(json.dumps({"session": server.world.session.session_id}))
        assert (await receive_json(ws))["topic"] == "system"
    assert websocket_hub(server).log == []  # the session frame is never logged in clear


async def test_without_cookie_a_wrong_session_frame_is_refused() -> None:
    server = mock_server()
    async with http_client(server, auth=None) as http, open_socket(http) as ws:
        await receive_json(ws)
        await ws.send_text(json.dumps({"session": "not-the-session"}))
        with pytest.raises(WebSocketDisconnect) as refused:
            await ws.receive_text()
    assert refused.value.code == POLICY_VIOLATION


async def test_oauth_mode_needs_an_issued_access_token() -> None:
    server = mock_server(auth="oauth")
    credentials = server.oauth_credentials()
    websocket_hub(server).oauth_token_valid = lambda token: token == credentials["access_token"]
    session = server.world.session.session_id
    refused = await _refusal(server, "/ws?oauth_token=forged", cookie=session)
    assert refused.reason == "invalid oauth_token"
    path = f"/ws?oauth_token={credentials['access_token']}"
    async with http_client(server, auth=None) as http, open_socket(http, path, session) as ws:
        assert (await receive_json(ws))["topic"] == "system"


async def test_oauth2_mode_needs_the_sso_sessions_bearer_token() -> None:
    server = mock_server(auth="oauth2")
    session = server.world.session.session_id
    refused = await _refusal(server, cookie=session)
    assert refused.reason == "invalid bearer token"
    async with http_client(server) as http:  # OAuth2Auth: token, SSO session, bearer header
        assert (await http.get("/iserver/accounts")).status_code == 200
        async with open_socket(http, "/ws", session) as ws:
            assert (await receive_json(ws))["topic"] == "system"

"""What a client nobody here wrote (ibind 0.2.2) needed from the mock websocket: the
documented cookie form ``api={"session":"<id>"}``, ``AccountCode`` in ``ssd`` frames, and
``smh`` ignoring parameters it cannot use instead of answering an error frame."""

from __future__ import annotations

import json

from ibkr_webapi.mock.websocket import session_of_cookie
from stream_support import (
    http_client,
    mock_server,
    next_with_topic,
    open_socket,
    receive_json,
    websocket_hub,
)

AAPL = 265598
ACCOUNT = "U1234567"


async def test_the_documented_json_cookie_form_is_accepted() -> None:
    """cpapi-v1 (Establishing the Websocket with Client Portal Gateway): the cookie is
    "api={'session' value here}" with ``sessionToken = '{"session":"..."}'``."""
    server = mock_server()
    cookie = json.dumps({"session": server.world.session.session_id}, separators=(",", ":"))
    async with http_client(server, auth=None) as http, open_socket(http, cookie=cookie) as ws:
        assert (await receive_json(ws))["topic"] == "system"


def test_a_json_cookie_naming_another_session_names_that_session() -> None:
    assert session_of_cookie('{"session":"other"}') == "other"
    assert session_of_cookie('{"session":1}') is None


async def test_ssd_frames_carry_the_account_code() -> None:
    server = mock_server()
    session = server.world.session.session_id
    async with http_client(server, auth=None) as http, open_socket(http, cookie=session) as ws:
        await ws.send_text(f'ssd+{ACCOUNT}+{{"keys":["NetLiquidation-S"]}}')
        frame = await next_with_topic(ws, f"ssd+{ACCOUNT}")
    entries = {entry["key"]: entry for entry in frame["result"]}
    assert entries["AccountCode"]["value"] == ACCOUNT
    assert set(entries) == {"AccountCode", "NetLiquidation-S"}


async def test_smh_with_an_unknown_bar_size_is_answered_with_the_defaults() -> None:
    """cpapi-v1 (smh): "Incorrectly specified parameters are ignored and the default (empty)
    response is returned"; no error frame."""
    server = mock_server()
    session = server.world.session.session_id
    async with http_client(server, auth=None) as http, open_socket(http, cookie=session) as ws:
        await ws.send_text(f'smh+{AAPL}+{{"period":"1d","bar":"7parsecs"}}')
        frame = await next_with_topic(ws, "smh")
    assert frame["topic"].startswith(f"smh+{AAPL}") and "error" not in frame
    assert frame["data"]
    assert websocket_hub(server).outcomes(f"smh+{AAPL}") == ["subscribed"]

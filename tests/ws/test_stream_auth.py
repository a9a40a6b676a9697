"""The stream reuses the REST client's auth: the api cookie from /tickle (Gateway) plus the
oauth_token of OAuth1aAuth; neither reaches a repr, a log line or an error."""

from __future__ import annotations

import logging

import pytest

from ibkr_webapi.ws import MarketDataMessage
from ibkr_webapi.ws.stream import StreamClient
from stream_support import FAST_SETTINGS, eventually, http_client, mock_server, take, websocket_hub

AAPL = 265598


async def test_oauth_stream_presents_the_access_token(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    server = mock_server(auth="oauth")
    hub = websocket_hub(server)
    auth = server.default_auth()
    token = auth.access_token.reveal()  # type: ignore[attr-defined]
    hub.oauth_token_valid = lambda presented: presented == token
    async with http_client(server, auth=auth) as http, StreamClient(
            http, settings=FAST_SETTINGS) as stream:
        tick = await take(stream.market_data(AAPL, ["31"]))
        shown = f"{stream!r} {stream.stats}"
    session = server.world.session.session_id
    assert isinstance(tick, MarketDataMessage)
    assert token not in shown and session not in shown
    assert token not in caplog.text and session not in caplog.text


async def test_a_lost_session_is_reported_without_its_secrets() -> None:
    server = mock_server()
    hub = websocket_hub(server)
    session = server.world.session.session_id
    async with http_client(server) as http, StreamClient(
            http, settings=FAST_SETTINGS) as stream:
        ticks = stream.market_data(AAPL, ["31"])
        await take(ticks)
        server.world.session.logout()
        hub.disconnect()
        server.world.session.login()
        server.world.session.init(compete=True)
        fresh = server.world.session.session_id
        await eventually(lambda: any(number >= 2 for number, _, _ in hub.subscriptions()),
                         "the subscription restored with the new session")
    assert fresh != session
    assert session not in str(stream.stats) and fresh not in str(stream.stats)

"""Echoed secrets, account ids in httpx's own log lines, a Flex token in a pickled error, and
hostile websocket frames: nested, oversized, flooding (see hostile_attacks.py)."""

from __future__ import annotations

import asyncio
import json
import logging
import pickle
import random
from contextlib import closing

import httpx
import pytest
import wsproto.events
from hostile_support import MiB, attack, deep_json

from ibkr_auth import FlexToken, OAuth1aAuth, Secret
from ibkr_webapi import errors
from ibkr_webapi.client import Client
from ibkr_webapi.mock.app import MockServer
from ibkr_webapi.mock.config import MockConfig
from ibkr_webapi.retries import RetryPolicy
from ibkr_webapi.settings import Settings
from ibkr_webapi.targets import Target
from ibkr_webapi.ws.connection import Connection
from ibkr_webapi.ws.feeds import Feed
from ibkr_webapi.ws.resilience import StreamSettings
from ibkr_webapi.ws.router import MessageRouter, StreamStats
from ibkr_webapi.ws.subscriptions import SubscriptionRegistry

QUIET = Settings(tickle_interval=None, retry=RetryPolicy(attempts=1, rng=random.Random(7)))
COOKIE = "0.5f3c9e1d-7a2b-4c8e-9f10-2d3e4f5a6b7c"


def test_echoed_gateway_cookie() -> None:
    def handle(request: httpx.Request) -> httpx.Response:
        sent = request.headers.get("cookie")
        if sent is None:  # the Gateway sets its session cookie...
            return httpx.Response(200, json={"accounts": ["U1234567"]},
                                  headers={"Set-Cookie": f"x-sess-uuid={COOKIE}; Path=/"})
        # ...and a broken one echoes it back in an error body.
        return httpx.Response(500, json={"error": f"session {sent} is broken"})

    target = Target("hostile", "https://localhost:5000/v1/api", None,
                    transport=httpx.MockTransport(handle))
    with closing(Client(target, settings=QUIET)) as client:
        client.accounts.get_brokerage_accounts()
        with attack("echoed_gateway_cookie", errors.ServerError) as measured:
            client.accounts.get_brokerage_accounts()
    assert "broken" in str(measured.error) and COOKIE not in str(measured.error)


def test_echoed_oauth_credentials() -> None:
    with MockServer(MockConfig(seed=6, auth="oauth")) as server:
        credentials = server.oauth_credentials()
    auth = OAuth1aAuth(**credentials, base_url=server.base_url)
    values = [str(credentials["consumer_key"]), str(credentials["access_token"]),
              str(credentials["access_token_secret"])]
    echoed = " ".join(f"{name}={value}" for name, value in zip("abc", values, strict=True))
    body = json.dumps({"error": f"invalid consumer: {echoed}"}).encode()
    with attack("echoed_oauth_credentials", errors.ServerError) as measured:
        raise errors.error_from_response("get_x", 500, body, "application/json")
    text = str(measured.error)
    assert "invalid consumer" in text and not any(value[:16] in text for value in values)
    assert auth is not None


def test_httpx_log_account_ids(caplog: pytest.LogCaptureFixture) -> None:
    with MockServer(MockConfig(seed=7)) as server, \
            Client(Target.in_process(server), settings=QUIET) as client, \
            caplog.at_level(logging.INFO, logger="httpx"), attack("httpx_log_account_ids"):
        client.portfolio.get_portfolio_positions("U1234567", 0)
    lines = [record.getMessage() for record in caplog.records if record.name == "httpx"]
    assert any("U***567" in line for line in lines)
    assert not any("U1234567" in line for line in lines)


def test_flex_token_in_pickled_error() -> None:
    token = "987654321098765432109876"

    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    client = httpx.Client(auth=FlexToken(token), transport=httpx.MockTransport(refuse))
    with attack("flex_token_in_pickled_error", httpx.ConnectError) as measured:
        client.get("https://ndcdyn.interactivebrokers.com/x/SendRequest", params={"q": "1"})
    error = measured.error
    assert isinstance(error, httpx.ConnectError)
    assert token.encode() not in pickle.dumps(error)
    assert token not in repr(error.request.url) and token not in repr(vars(error.request))
    assert token not in repr(vars(client.auth))


# --------------------------------------------------------------------------- frames

def router() -> MessageRouter:
    return MessageRouter(SubscriptionRegistry(), StreamStats())


def test_ws_deep_frame() -> None:
    frames = router()
    with attack("ws_deep_frame"):
        dispatched = frames.dispatch(deep_json().decode())
        frames.dispatch('{"topic":"system","hb":1}')
    assert dispatched.message is None
    assert (frames.stats.undecodable, frames.stats.frames) == (1, 1)


class FakeSocket:
    """The two frames a hostile server sends: one over the limit, then a heartbeat."""

    def __init__(self, frames: list[str]) -> None:
        self._frames = frames

    async def receive(self, timeout: float | None = None) -> wsproto.events.Event:
        return wsproto.events.TextMessage(self._frames.pop(0))


async def test_ws_frame_over_limit() -> None:
    frames = router()
    big = '{"topic":"smd+1","31":"' + "9" * (2 * MiB) + '"}'
    settings = StreamSettings(max_frame_size=MiB)
    connection = Connection(FakeSocket([big, '{"topic":"system","hb":1}']),  # type: ignore[arg-type]
                            frames, settings, Secret("session"))
    with attack("ws_frame_over_limit"):
        received = await connection._receive()
    assert received == '{"topic":"system","hb":1}'
    assert frames.stats.oversized == 1


async def test_ws_frame_flood() -> None:
    frames = router()
    feed: Feed = Feed(maxsize=100)
    frames.listen("smd", feed)
    flood = [f'{{"topic":"smd+{index % 50}","31":"{index}"}}' for index in range(50_000)]
    with attack("ws_frame_flood"):
        for frame in flood:
            frames.dispatch(frame)
        await asyncio.sleep(0)
    assert len(feed) == 100 and feed.dropped == 50_000 - 100

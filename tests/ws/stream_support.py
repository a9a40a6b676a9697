"""Shared helpers of the stream client and mock websocket tests: a mock server with fast
timings, an httpx client that speaks websocket to it in process, and `eventually`."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from dataclasses import replace
from typing import Any, TypeVar

import httpx
from httpx_ws import AsyncWebSocketSession, aconnect_ws
from httpx_ws.transport import ASGIWebSocketTransport

from ibkr_webapi.mock.app import MockServer
from ibkr_webapi.mock.config import MockConfig
from ibkr_webapi.mock.websocket import WebsocketHub
from ibkr_webapi.mock.ws_controls import WsTiming
from ibkr_webapi.ws.feeds import Feed
from ibkr_webapi.ws.resilience import StreamSettings
from ibkr_webapi.ws.stream import StreamClient

T = TypeVar("T")
FAST_TIMING = WsTiming(heartbeat=0.05, market=0.02, account=0.05, orders=0.02)
"""Mock intervals shrunk so a test sees many updates in a fraction of a second."""
FAST_SETTINGS = StreamSettings(
    tic_interval=0.1, silence_timeout=2.0, greeting_timeout=10.0, smd_renew_after=600.0,
    maintenance_interval=0.02, backoff_initial=0.01, backoff_maximum=0.05)
"""Client settings for tests; silence_timeout stays well above the mock's heartbeat so a
busy machine does not look like a silent server."""
PATIENCE = 20.0
"""Seconds `eventually` waits before failing: generous, a failing test is what it catches."""


def mock_server(**config: Any) -> MockServer:
    """A Gateway-mode mock with the brokerage session open, no pacing, fast websocket."""
    options: dict[str, Any] = {"pacing": False, "session_initialised": True, **config}
    server = MockServer(MockConfig(**options))
    hub = websocket_hub(server)
    hub.timing = replace(FAST_TIMING)
    return server


def websocket_hub(server: MockServer) -> WebsocketHub:
    hub = server.websocket
    assert isinstance(hub, WebsocketHub)
    return hub


def http_client(server: MockServer, auth: httpx.Auth | str | None = "default") -> (
        httpx.AsyncClient):
    """An AsyncClient on the app whose transport also speaks websocket, with the mode's auth."""
    chosen = server.default_auth() if auth == "default" else auth
    assert chosen is None or isinstance(chosen, httpx.Auth)
    return httpx.AsyncClient(
        base_url=server.base_url, auth=chosen,
        transport=ASGIWebSocketTransport(server.app, initial_receive_timeout=PATIENCE))


@asynccontextmanager
async def streaming(server: MockServer, settings: StreamSettings = FAST_SETTINGS,
                    **changes: Any) -> AsyncIterator[StreamClient]:
    """A started StreamClient on `server` (closed, with its HTTP client, on exit)."""
    async with (http_client(server) as http,
                StreamClient(http, settings=replace(settings, **changes)) as stream):
        yield stream


def open_socket(http: httpx.AsyncClient, path: str = "/ws", cookie: str | None = None) -> (
        AbstractAsyncContextManager[AsyncWebSocketSession]):
    """A raw websocket to the mock (``path`` relative to the REST base URL)."""
    headers = {"Cookie": f"api={cookie}"} if cookie is not None else {}
    session: AbstractAsyncContextManager[AsyncWebSocketSession] = aconnect_ws(
        path, http, headers=headers)
    return session


async def eventually(condition: Callable[[], object], what: str) -> None:
    """Wait until `condition()` is truthy; fail naming `what` after PATIENCE seconds."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + PATIENCE
    while not condition():
        if loop.time() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.01)


async def receive_json(ws: AsyncWebSocketSession) -> dict[str, Any]:
    """The next frame as JSON (fails after PATIENCE seconds)."""
    frame = json.loads(await ws.receive_text(timeout=PATIENCE))
    assert isinstance(frame, dict)
    return frame


async def next_with_topic(ws: AsyncWebSocketSession, topic: str) -> dict[str, Any]:
    """Skip frames (heartbeats, greeting) until one whose topic starts with `topic`."""
    while True:
        frame = await receive_json(ws)
        if str(frame.get("topic", "")).startswith(topic):
            return frame


async def take(feed: Feed[T]) -> T:
    """The next message of a feed (fails after PATIENCE seconds instead of hanging)."""
    return await asyncio.wait_for(feed.get(), PATIENCE)

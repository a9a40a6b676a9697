"""The mock's websocket at ``/v1/api/ws``, behaving like real IBKR servers.

A connection needs the web session's ``api`` cookie (the ``session`` value of POST /tickle)
and an authenticated brokerage session; in OAuth mode also ``oauth_token=<access token>``
in the URL. Without a cookie the server says ``{"message":"waiting for session"}`` and
waits for ``{"session": ...}``. Then it greets with ``system`` (the user name), ``sts`` and
``act``; frames sent before the greeting are dropped. Every documented topic streams from
the world; a heartbeat goes out every 10 s; each tic gets four replies; smd subscriptions
end after 15 minutes. `WebsocketHub` also holds the fault knobs tests turn.

>>> import asyncio, json, httpx
>>> from httpx_ws import aconnect_ws
>>> from httpx_ws.transport import ASGIWebSocketTransport
>>> from starlette.applications import Starlette
>>> from ibkr_webapi.mock.world import build_world
>>> world = build_world(seed=1)
>>> _ = world.session.init(compete=True)
>>> hub = WebsocketHub(world)
>>> async def greeting_topics() -> list[str]:
...     transport = ASGIWebSocketTransport(Starlette(routes=[hub.route]))
...     async with httpx.AsyncClient(transport=transport, base_url="http://mock") as client:
...         cookie = {"Cookie": f"api={world.session.session_id}"}
...         async with aconnect_ws("/v1/api/ws", client, headers=cookie) as ws:
...             return [json.loads(await ws.receive_text())["topic"] for _ in range(3)]
>>> asyncio.run(greeting_topics())
['system', 'sts', 'act']
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from starlette.routing import WebSocketRoute
from starlette.websockets import WebSocket

from ibkr_webapi.mock.world import World
from ibkr_webapi.mock.ws_connection import WsConnection
from ibkr_webapi.mock.ws_controls import WsFaults, WsTiming

WS_PATH = "/v1/api/ws"


@dataclass(frozen=True)
class WsLogEntry:
    """One client frame (or server-side event) and what the server did with it."""

    connection: int
    frame: str
    outcome: str
    """dropped (before the greeting), subscribed, renewed, unsubscribed, answered, refused,
    ignored, or expired (an smd subscription the server ended)."""


def session_of_cookie(value: str) -> str | None:
    """The session id an ``api`` cookie names: the id itself (``api=<id>``, as the OAuth
    guide and curl examples send it) or the JSON body of POST /tickle's ``session``
    (``api={"session":"<id>"}``: the documentation's Gateway recipe, "api={'session' value
    here}" with ``sessionToken = '{"session":"..."}'``, which ibind sends).

    >>> session_of_cookie("ab12"), session_of_cookie('{"session":"ab12"}'), session_of_cookie("{")
    ('ab12', 'ab12', None)
    """
    if not value.startswith("{"):
        return value
    try:
        body = json.loads(value)
    except ValueError:
        return None
    session = body.get("session") if isinstance(body, dict) else None
    return session if isinstance(session, str) else None


class WebsocketHub:
    """The websocket endpoint of one mock server: route, live connections, faults, log."""

    def __init__(self, world: World, *, oauth_token_valid: Callable[[str], bool] | None = None,
                 timing: WsTiming | None = None, faults: WsFaults | None = None,
                 bearer_valid: Callable[[str], bool] | None = None) -> None:
        self.world = world
        self.timing = timing or WsTiming()
        self.faults = faults or WsFaults()
        self.log: list[WsLogEntry] = []
        self.connections: list[WsConnection] = []
        self.oauth_token_valid = oauth_token_valid
        """In OAuth mode: whether an ``oauth_token`` is an access token the server issued."""
        self.bearer_valid = bearer_valid
        """In OAuth 2.0 mode: whether an Authorization header carries an SSO session's token."""
        self._opened = 0
        self.route = WebSocketRoute(WS_PATH, self._endpoint)

    def __repr__(self) -> str:
        return f"WebsocketHub(connections={len(self.connections)}, timing={self.timing})"

    async def _endpoint(self, websocket: WebSocket) -> None:
        self._opened += 1
        connection = WsConnection(websocket, self, self._opened)
        self.connections.append(connection)
        try:
            await connection.serve()
        finally:
            self.connections.remove(connection)

    def refusal(self, websocket: WebSocket) -> str | None:
        """Why a handshake is refused (None: accepted). Never names the secret values."""
        session = self.world.session
        cookie = websocket.cookies.get("api")
        if cookie is not None and session_of_cookie(cookie) != session.session_id:
            return "invalid session"
        if self.oauth_token_valid is not None:
            token = websocket.query_params.get("oauth_token")
            if token is None or not self.oauth_token_valid(token):
                return "invalid oauth_token"
        if self.bearer_valid is not None and not self.bearer_valid(
                websocket.headers.get("authorization", "")):
            return "invalid bearer token"
        if not session.authenticated:
            return "not authenticated"
        return None

    def record(self, connection: int, frame: str, outcome: str) -> None:
        shown = "{session frame}" if '"session"' in frame else frame
        self.log.append(WsLogEntry(connection, shown, outcome))

    def outcomes(self, topic: str) -> list[str]:
        """The logged outcomes of client frames starting with `topic` (e.g. "smd+265598")."""
        return [entry.outcome for entry in self.log if entry.frame.startswith(topic)]

    # ----------------------------------------------------------------- faults

    def disconnect(self, after_frames: int = 0) -> None:
        """Drop every open connection after `after_frames` more frames (0: now).

        New connections are not affected, so a client can reconnect.
        """
        for connection in self.connections:
            connection.close_soon(after_frames)

    def go_silent(self) -> None:
        """Open connections stop sending anything (no heartbeat, no data) but stay open."""
        for connection in self.connections:
            connection.silent = True

    @contextmanager
    def holding_greetings(self) -> Iterator[asyncio.Event]:
        """Connections opened inside wait for the returned event before greeting."""
        gate = asyncio.Event()
        self.faults.greeting_gate = gate
        try:
            yield gate
        finally:
            gate.set()
            self.faults.greeting_gate = None

    def subscriptions(self) -> list[tuple[int, str, str | None]]:
        """(connection, topic, target) of every live server-side subscription."""
        return [(c.number, s.topic, s.target) for c in self.connections
                for s in c.subscriptions.values()]

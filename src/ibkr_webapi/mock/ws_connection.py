"""One client connection of the mock websocket: authorise, greet, serve subscriptions.

Three tasks run per connection: the receiver (client frames), the sender (the only writer,
where the disconnect and silence faults act) and the ticker (heartbeat, streaming, order
advancement, smd expiry). World events (orders, trades, P&L, session) reach the sender
through the event bus.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from starlette.websockets import WebSocket, WebSocketDisconnect

from ibkr_webapi.mock import ws_account_frames as accounts
from ibkr_webapi.mock.handler_api import ApiError
from ibkr_webapi.mock.world.events import NOTIFICATION, ORDER, PNL, TRADE
from ibkr_webapi.mock.world.session import SESSION
from ibkr_webapi.mock.ws_topics import ServerSubscription, TopicHandlers
from ibkr_webapi.ws.frames import FrameDecodeError, Request, parse_request

if TYPE_CHECKING:
    from ibkr_webapi.mock.websocket import WebsocketHub

POLICY_VIOLATION = 1008
DROPPED_CODE = 1011
Frame = dict[str, Any]


class ConnectionClosed(Exception):
    """Ends a connection's tasks."""


class WsConnection:
    """The server side of one websocket."""

    def __init__(self, websocket: WebSocket, hub: WebsocketHub, number: int) -> None:
        self.websocket = websocket
        self.hub = hub
        self.number = number
        self.world = hub.world
        self.subscriptions: dict[tuple[str, str | None], ServerSubscription] = {}
        self.greeted = False
        self.silent = False
        self.sent = 0
        self.drop_after: int | None = None
        self._outbox: asyncio.Queue[Frame | None] = asyncio.Queue()
        self._loop = asyncio.get_running_loop()
        self._ids = 0
        self.exercise_option: str | None = None
        self.exercise_quantity = 1
        self.topics = TopicHandlers(self)

    # ----------------------------------------------------------------- lifecycle

    async def serve(self) -> None:
        """Authorise, greet and serve until either side closes."""
        refusal = self.hub.refusal(self.websocket)
        if refusal:
            await self.websocket.close(POLICY_VIOLATION, refusal)
            return
        await self.websocket.accept()
        if self.websocket.cookies.get("api") is None and not await self._session_frame():
            await self.websocket.close(POLICY_VIOLATION, "invalid session")
            return
        stop_listening = self.world.events.subscribe(self._on_event)
        try:
            async with asyncio.TaskGroup() as tasks:
                tasks.create_task(self._receive_forever())
                tasks.create_task(self._send_forever())
                tasks.create_task(self._greet_then_tick())
        except* (ConnectionClosed, WebSocketDisconnect):
            pass
        finally:
            stop_listening()

    async def _session_frame(self) -> bool:
        """No cookie: say "waiting for session" and accept ``{"session": ...}`` (IBKR's guide)."""
        await self.websocket.send_json({"message": "waiting for session"})
        try:
            body = json.loads(await self.websocket.receive_text())
        except (ValueError, WebSocketDisconnect):
            return False
        return isinstance(body, dict) and body.get("session") == self.world.session.session_id

    def close_soon(self, after_frames: int = 0) -> None:
        """Drop the connection after `after_frames` more frames (0: now)."""
        self.drop_after = self.sent + after_frames
        self._outbox.put_nowait(None)

    # ----------------------------------------------------------------- sending

    def emit(self, frame: Frame) -> None:
        """Queue a frame; only the sender writes to the socket."""
        self._outbox.put_nowait(frame)

    def next_id(self) -> int:
        self._ids += 1
        return self._ids

    async def _send_forever(self) -> None:
        while True:
            frame = await self._outbox.get()
            if self.drop_after is not None and self.sent >= self.drop_after:
                await self.websocket.close(DROPPED_CODE, "dropped by fault injection")
                raise ConnectionClosed
            if frame is None or self.silent:
                continue
            await self.websocket.send_text(json.dumps(frame))
            self.sent += 1

    # ----------------------------------------------------------------- receiving

    async def _receive_forever(self) -> None:
        while True:
            message = await self.websocket.receive()
            if message["type"] == "websocket.disconnect":
                raise ConnectionClosed
            text = message.get("text") or (message.get("bytes") or b"").decode("utf-8", "replace")
            self.on_client_frame(text)

    def on_client_frame(self, text: str) -> None:
        if not self.greeted:
            self.hub.record(self.number, text, "dropped")
            return
        try:
            request = parse_request(text.strip())
        except FrameDecodeError:
            self.hub.record(self.number, text, "ignored")
            return
        outcome = self._answer(request)
        self.hub.record(self.number, text, outcome)

    def _answer(self, request: Request) -> str:
        handler = self.topics.handler(request.topic)
        if handler is None:
            return "ignored"
        args = request.args if isinstance(request.args, dict) else {}
        try:
            return handler(request.target, args)
        except ApiError as error:
            topic = request.topic + (f"+{request.target}" if request.target else "")
            self.emit({"error": str(error.body.get("error")), "code": error.status, "topic": topic})
            return "refused"

    # ----------------------------------------------------------------- streaming

    async def _greet_then_tick(self) -> None:
        gate = self.hub.faults.greeting_gate
        if gate is not None:
            await gate.wait()
        for frame in accounts.greeting(self.world):
            self.emit(frame)
        self.greeted = True
        await self._tick_forever()

    async def _tick_forever(self) -> None:
        timing = self.hub.timing
        next_heartbeat = next_orders = self._loop.time() + timing.heartbeat
        while True:
            await asyncio.sleep(timing.tick)
            now = self._loop.time()
            if now >= next_heartbeat:
                next_heartbeat = now + timing.heartbeat
                self.emit(accounts.heartbeat(self.world))
            if now >= next_orders:
                next_orders = now + timing.orders
                self.world.trading.advance()
            self._expire_market_data()
            for subscription in list(self.subscriptions.values()):
                if now >= subscription.due:
                    self.topics.update(subscription)
                    subscription.due = now + self.topics.interval(subscription.topic)

    def _expire_market_data(self) -> None:
        lifetime = self.hub.faults.smd_lifetime
        if lifetime is None:
            return
        now = self.world.clock()
        for key, subscription in list(self.subscriptions.items()):
            if subscription.topic == "smd" and now - subscription.started >= lifetime:
                del self.subscriptions[key]
                self.hub.record(self.number, f"smd+{subscription.target}", "expired")

    def _on_event(self, topic: str, payload: dict[str, Any]) -> None:
        build: Callable[[dict[str, Any]], Frame | None] | None = {
            ORDER: lambda p: self._if("sor", {"topic": "sor", "args": [p]}),
            TRADE: lambda p: self._if("str", {"topic": "str", "args": [p]}),
            PNL: lambda p: self._if("spl", {"topic": "spl", "args": p.get("upnl", {})}),
            NOTIFICATION: lambda p: accounts.notifications(p.get("topic", "ntf"), [p]),
            SESSION: lambda p: accounts.status(self.world),
        }.get(topic)
        frame = build(payload) if build is not None and self.greeted else None
        if frame is not None:
            self.emit(frame)

    def _if(self, topic: str, frame: Frame) -> Frame | None:
        return frame if (topic, None) in self.subscriptions else None

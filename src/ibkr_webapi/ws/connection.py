"""One websocket connection: wait for the greeting, subscribe, read, write, tic and renew.

A `Connection` lives until the socket drops or goes silent; `StreamClient` then opens a new
one. Subscriptions are only sent after the ``system`` greeting (earlier ones are dropped by
the server), and all of them again on every new connection (the server restores nothing).
"""

from __future__ import annotations

import asyncio
import json
import logging

import wsproto.events
from httpx_ws import AsyncWebSocketSession

from ibkr_auth import Secret
from ibkr_webapi.ws.frames import encode_subscription
from ibkr_webapi.ws.resilience import StreamSettings
from ibkr_webapi.ws.router import MessageRouter
from ibkr_webapi.ws.stream_errors import FrameTooLargeError, StreamError
from ibkr_webapi.ws.subscriptions import Subscription

logger = logging.getLogger(__name__)

TIC = "tic"


class ConnectionSilent(StreamError):
    """No frame (not even a heartbeat) arrived within the silence timeout."""


class Connection:
    """The state of one open websocket."""

    def __init__(self, ws: AsyncWebSocketSession, router: MessageRouter,
                 settings: StreamSettings, session: Secret[str]) -> None:
        self._ws = ws
        self._router = router
        self._settings = settings
        self._session = session
        self._outbox: asyncio.Queue[str] = asyncio.Queue()
        self._loop = asyncio.get_running_loop()
        self._last_tic = self._loop.time()
        self.ready = False

    async def greet(self) -> None:
        """Wait for the ``system`` greeting, then queue every subscription."""
        await asyncio.wait_for(self._until_greeted(), self._settings.greeting_timeout)
        self.ready = True
        for subscription in self._router.registry:
            self.subscribe(subscription)

    async def serve(self) -> None:
        """Read, write and maintain until the socket fails (raises)."""
        async with asyncio.TaskGroup() as tasks:
            tasks.create_task(self._read_forever())
            tasks.create_task(self._write_forever())
            tasks.create_task(self._maintain_forever())

    def subscribe(self, subscription: Subscription) -> None:
        """Queue the subscribe frame (ignored before the greeting: `run` sends it then)."""
        if not self.ready:
            return
        subscription.server_ids.clear()
        subscription.subscribed_at = self._loop.time()
        rule = subscription.rule
        self._send(encode_subscription(rule.topic, rule.wire_target(subscription.target),
                                       subscription.args))

    def unsubscribe(self, subscription: Subscription) -> None:
        """Queue the unsubscribe frames of a subscription."""
        for frame in unsubscribe_frames(subscription):
            self._send(frame)

    def send_frame(self, frame: str) -> None:
        """Queue any outgoing frame (e.g. ``inp+exercise+{...}``)."""
        self._send(frame)

    async def flush(self) -> None:
        """Write everything queued now (used when shutting down)."""
        while not self._outbox.empty():
            await self._ws.send_text(self._outbox.get_nowait())

    def _send(self, frame: str) -> None:
        self._outbox.put_nowait(frame)

    async def _until_greeted(self) -> None:
        while True:
            dispatched = self._router.dispatch(await self._receive())
            if dispatched.waiting_for_session:
                await self._ws.send_text(json.dumps({"session": self._session.reveal()}))
            if dispatched.greeting:
                return

    async def _read_forever(self) -> None:
        while True:
            self._router.dispatch(await self._receive())

    async def _receive(self) -> str | bytes:
        while True:
            try:
                event = await self._ws.receive(timeout=self._settings.silence_timeout)
            except TimeoutError:
                self._router.stats.silences += 1
                raise ConnectionSilent(
                    f"no frame for {self._settings.silence_timeout:g} s") from None
            if isinstance(event, wsproto.events.TextMessage | wsproto.events.BytesMessage):
                if len(event.data) > self._settings.max_frame_size:
                    # One bad frame never stops the stream: drop it, count it, say so.
                    self._router.stats.oversized += 1
                    logger.warning("%s", FrameTooLargeError(len(event.data),
                                                            self._settings.max_frame_size))
                    continue
                return event.data if isinstance(event.data, str) else bytes(event.data)

    async def _write_forever(self) -> None:
        while True:
            await self._ws.send_text(await self._outbox.get())

    async def _maintain_forever(self) -> None:
        while True:
            await asyncio.sleep(self._settings.maintenance_interval)
            self._maintain(self._loop.time())

    def _maintain(self, now: float) -> None:
        if now - self._last_tic >= self._settings.tic_interval:
            self._last_tic = now
            self._router.stats.tic_sent += 1
            self._send(TIC)
        for subscription in self._router.registry:
            started = subscription.subscribed_at
            if (subscription.rule.renews and started is not None
                    and now - started >= self._settings.smd_renew_after):
                self._router.stats.renewals += 1
                self.unsubscribe(subscription)
                self.subscribe(subscription)


def unsubscribe_frames(subscription: Subscription) -> list[str]:
    """The frames that end a subscription on the server (none for exercise)."""
    rule = subscription.rule
    if rule.unsubscribe is None:
        return []
    return [encode_subscription(rule.unsubscribe, target)
            for target in rule.unsubscribe_targets(subscription.target, subscription.server_ids)]

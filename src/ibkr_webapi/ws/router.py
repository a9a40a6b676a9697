"""Routing of incoming frames: to a subscription, to unsolicited feeds, or counted as unrouted.

The router decodes each frame once with `decode_frame`, collapses the repeated tic replies,
records the smh server ids needed to unsubscribe, and ends a subscription the server
refused. It never blocks: feeds are bounded and apply their overflow policy.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from ibkr_webapi.ws.feeds import Feed
from ibkr_webapi.ws.frames import FrameDecodeError, decode_frame
from ibkr_webapi.ws.messages import (
    ErrorMessage,
    HistoricalDataMessage,
    SystemMessage,
    TicMessage,
    WaitingForSessionMessage,
    WsMessage,
)
from ibkr_webapi.ws.resilience import DuplicateCollapser
from ibkr_webapi.ws.stream_errors import SubscriptionRefusedError
from ibkr_webapi.ws.subscriptions import Subscription, SubscriptionRegistry

logger = logging.getLogger(__name__)

UNSOLICITED_TOPICS = frozenset({"system", "sts", "act", "blt", "ntf", "tic", "error", "*"})
"""Feeds of unsolicited messages: "error" gets error frames no subscription owns, "*" gets
every message nothing else took (unknown topics included)."""


@dataclass
class StreamStats:
    """Counters of a stream's life; safe to log (no payloads, no secrets)."""

    connections: int = 0
    reconnects: int = 0
    frames: int = 0
    undecodable: int = 0
    oversized: int = 0
    unrouted: int = 0
    tic_sent: int = 0
    tic_duplicates: int = 0
    renewals: int = 0
    silences: int = 0
    last_error: str | None = None


@dataclass(frozen=True)
class Dispatched:
    """What one frame turned out to be, for the connection's state machine."""

    message: WsMessage | None
    greeting: bool = False
    waiting_for_session: bool = False


class MessageRouter:
    """Delivers decoded messages to subscriptions and unsolicited feeds."""

    def __init__(self, registry: SubscriptionRegistry, stats: StreamStats) -> None:
        self.registry = registry
        self.stats = stats
        self._listeners: defaultdict[str, list[Feed[WsMessage]]] = defaultdict(list)
        self._tic = DuplicateCollapser()
        self.on_ended: Callable[[Subscription], None] = lambda subscription: None
        """Called when a subscription ends on the client's side (refused, or overflowed with
        the FAIL policy), so the stream can unsubscribe it on the server."""

    def listen(self, topic: str, feed: Feed[WsMessage]) -> None:
        self._listeners[topic].append(feed)

    def forget(self, feed: Feed[WsMessage]) -> None:
        for feeds in self._listeners.values():
            if feed in feeds:
                feeds.remove(feed)

    def listeners(self) -> list[Feed[WsMessage]]:
        return [feed for feeds in self._listeners.values() for feed in feeds]

    def dispatch(self, raw: str | bytes) -> Dispatched:
        """Decode and deliver one frame."""
        try:
            message = decode_frame(raw)
        except FrameDecodeError as error:  # a bad frame must never stop the stream
            self.stats.undecodable += 1
            logger.warning("%s", error)
            return Dispatched(None)
        self.stats.frames += 1
        if isinstance(message, TicMessage) and not self._tic.is_new(raw):
            self.stats.tic_duplicates += 1
            return Dispatched(message)
        subscription = self.registry.route(message)
        if subscription is not None:
            self._deliver(subscription, message)
        else:
            self._publish(message)
        return Dispatched(
            message,
            greeting=isinstance(message, SystemMessage) and message.is_greeting,
            waiting_for_session=isinstance(message, WaitingForSessionMessage))

    def _deliver(self, subscription: Subscription, message: WsMessage) -> None:
        if isinstance(message, ErrorMessage):
            subscription.close(SubscriptionRefusedError(
                subscription.rule.topic, message.error, message.code))
            self.registry.remove(subscription)
            return
        if isinstance(message, HistoricalDataMessage) and message.server_id is not None:
            subscription.server_ids.add(message.server_id)
        subscription.put(message)
        if subscription.closed:
            self.registry.remove(subscription)
            self.on_ended(subscription)

    def _publish(self, message: WsMessage) -> None:
        topic = "error" if isinstance(message, ErrorMessage) else message.topic
        feeds = self._listeners.get(topic) or self._listeners.get("*")
        if not feeds:
            self.stats.unrouted += 1
            return
        for feed in feeds:
            feed.put(message)

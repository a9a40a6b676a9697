"""What the mock websocket does with each client topic (subscribe, unsubscribe, tic, exercise).

Each handler takes the frame's target and JSON arguments, changes the connection's
subscriptions, queues the answer frames, and returns the outcome the hub logs
("subscribed", "renewed", "unsubscribed", "answered", "refused", "ignored").
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ibkr_webapi.mock import ws_account_frames as accounts
from ibkr_webapi.mock import ws_market_frames as market
from ibkr_webapi.mock.handler_api import ApiError

if TYPE_CHECKING:
    from ibkr_webapi.mock.ws_connection import WsConnection

Handler = Callable[[str | None, dict[str, Any]], str]
UNSUBSCRIBE = {"umd": "smd", "umh": "smh", "ubd": "sbd", "uor": "sor", "upl": "spl",
               "utr": "str", "usd": "ssd", "uld": "sld"}
ACKNOWLEDGED = {"usd": "summary", "uld": "ledger"}
"""The only unsubscriptions the documentation shows an answer for."""
SMH_FIRST_ID = 588547


@dataclass
class ServerSubscription:
    """What the server keeps for one subscription of one connection."""

    topic: str
    target: str | None
    args: dict[str, Any]
    server_id: str
    started: float
    """World clock time of the (last) subscribe frame: smd expires from it."""
    due: float = 0.0
    """Loop time of the next update."""
    last: dict[str, Any] = field(default_factory=dict)
    """What was sent last (smd values, sld entries), for delta updates."""


class TopicHandlers:
    """The topic table of one connection."""

    def __init__(self, connection: WsConnection) -> None:
        self.connection = connection
        self.world = connection.world

    def handler(self, topic: str) -> Handler | None:
        if topic in UNSUBSCRIBE:
            return lambda target, args: self._unsubscribe(topic, target)
        return {
            "smd": self._market_data, "smh": self._historical, "sbd": self._ladder,
            "sor": self._orders, "str": self._trades, "spl": self._pnl,
            "ssd": self._account_topic("ssd"), "sld": self._account_topic("sld"),
            "tic": self._tic, "shs": self._exercise, "inp": self._exercise_input,
        }.get(topic)

    def interval(self, topic: str) -> float:
        timing = self.connection.hub.timing
        return timing.market if topic in ("smd", "sbd") else timing.account

    # ----------------------------------------------------------------- subscribing

    def _subscribe(self, topic: str, target: str | None, args: dict[str, Any],
                   server_id: str = "") -> str:
        key = (topic, target)
        renewed = key in self.connection.subscriptions
        subscription = ServerSubscription(topic, target, args, server_id, self.world.clock())
        self.connection.subscriptions[key] = subscription
        self.update(subscription)
        subscription.due = self._now() + self.interval(topic)
        return "renewed" if renewed else "subscribed"

    def _now(self) -> float:
        return asyncio.get_running_loop().time()

    def _market_data(self, target: str | None, args: dict[str, Any]) -> str:
        conid = self._known_conid(target)
        fields = [str(f) for f in args.get("fields", []) if isinstance(f, str | int)]
        return self._subscribe("smd", target, {"fields": fields}, f"q{conid % 1000}")

    def _historical(self, target: str | None, args: dict[str, Any]) -> str:
        """The documentation (Historical Market Data, smh): "Incorrectly specified parameters
        are ignored and the default (empty) response is returned". Choice: arguments the
        world refuses (an unknown bar size, a malformed period) are dropped and the answer is
        the one to ``{}``, the defaults; no error frame. An unknown conid is still refused."""
        self._known_conid(target)
        server_id = str(SMH_FIRST_ID + self.connection.next_id())
        try:
            frame = market.historical_data(self.world, str(target), args, server_id)
        except ApiError:
            args = {}
            frame = market.historical_data(self.world, str(target), args, server_id)
        key = ("smh", server_id)
        subscription = ServerSubscription("smh", target, args, server_id, self.world.clock())
        self.connection.subscriptions[key] = subscription
        self.connection.emit(frame)
        subscription.due = float("inf")  # historical data answers once
        return "subscribed"

    def _ladder(self, target: str | None, args: dict[str, Any]) -> str:
        account, _, rest = (target or "").partition("+")
        self.world.accounts.get(account)
        self._known_conid(rest.split("+", 1)[0])
        return self._subscribe("sbd", target, {})

    def _orders(self, target: str | None, args: dict[str, Any]) -> str:
        if self.connection.hub.faults.refuse_sor:
            raise ApiError(500, "unable to subscribe")
        return self._subscribe("sor", None, args)

    def _trades(self, target: str | None, args: dict[str, Any]) -> str:
        return self._subscribe("str", None, args)

    def _pnl(self, target: str | None, args: dict[str, Any]) -> str:
        return self._subscribe("spl", None, args)

    def _account_topic(self, topic: str) -> Handler:
        def subscribe(target: str | None, args: dict[str, Any]) -> str:
            self.world.accounts.get(target)
            return self._subscribe(topic, target, args)
        return subscribe

    def _known_conid(self, target: str | None) -> int:
        return self.world.catalogue.get((target or "").split("@", 1)[0]).conid

    # ----------------------------------------------------------------- unsubscribing

    def _unsubscribe(self, topic: str, target: str | None) -> str:
        subscribed = UNSUBSCRIBE[topic]
        subscriptions = self.connection.subscriptions
        ended = [key for key, s in subscriptions.items() if s.topic == subscribed
                 and _matches(subscribed, s, target)]
        for key in ended:
            del subscriptions[key]
        if topic in ACKNOWLEDGED:
            self.connection.emit(accounts.unsubscribed(ACKNOWLEDGED[topic]))
        return "unsubscribed" if ended else "ignored"

    # ----------------------------------------------------------------- updates

    def update(self, subscription: ServerSubscription) -> None:
        """Queue the next frame of a subscription (smd: only when something changed)."""
        frame = self._frame(subscription)
        if frame is not None:
            self.connection.emit(frame)

    def _frame(self, s: ServerSubscription) -> dict[str, Any] | None:
        world, target = self.world, str(s.target)
        if s.topic == "smd":
            frame, s.last = market.market_data(world, target, s.args["fields"], s.last,
                                               s.server_id)
            return frame
        if s.topic == "sld":
            frame, s.last = accounts.ledger(world, target, s.args, s.last or None)
            return frame
        builders: dict[str, Callable[[], dict[str, Any] | None]] = {
            "sbd": lambda: market.price_ladder(world, target.split("+")[0],
                                               target.split("+")[1]),
            "ssd": lambda: accounts.summary(world, target, s.args),
            "spl": lambda: accounts.pnl(world),
            "sor": lambda: None if s.last else self._first(s, accounts.live_orders(world)),
            "str": lambda: None if s.last else self._first(s, accounts.executions(world, s.args)),
        }
        build = builders.get(s.topic)
        return build() if build is not None else None

    @staticmethod
    def _first(subscription: ServerSubscription, frame: dict[str, Any]) -> dict[str, Any]:
        """sor and str send their list once; later changes arrive as events."""
        subscription.last = {"sent": True}
        return frame

    # ----------------------------------------------------------------- tic and exercise

    def _tic(self, target: str | None, args: dict[str, Any]) -> str:
        self.world.session.touch()
        reply = accounts.tic_reply(self.world)
        for _ in range(self.connection.hub.faults.tic_copies):
            self.connection.emit(dict(reply))
        return "answered"

    def _exercise(self, target: str | None, args: dict[str, Any]) -> str:
        option = str(args.get("CEX", ""))
        self.world.catalogue.get(option)
        self.connection.exercise_option = option
        self.connection.emit({"topic": "shs+exercise"})
        step = self.connection.next_id()
        self.connection.emit(market.exercise_content(self.world, option, step, step + 10))
        return "answered"

    def _exercise_input(self, target: str | None, args: dict[str, Any]) -> str:
        option = self.connection.exercise_option
        data = _object(args.get("data"))
        action = data.get("user_action")
        if option is None or action not in ("submit", "continue", "cancel"):
            raise ApiError(400, "no exercise in progress or unknown user_action")
        step = self.connection.next_id()
        if action == "submit":
            quantity = _object(data.get("exercise")).get("value", 1)
            self.connection.exercise_quantity = quantity if isinstance(quantity, int) else 1
            self.connection.emit(market.exercise_prompt(step, step + 10))
        elif action == "continue":
            order_id = 800_000_000 + step
            frame = market.exercise_order(self.world, option,
                                          self.connection.exercise_quantity, order_id)
            if ("sor", None) in self.connection.subscriptions:
                self.connection.emit(frame)
            self.connection.exercise_option = None
        else:
            self.connection.exercise_option = None
        return "answered"


def _object(value: object) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _matches(topic: str, subscription: ServerSubscription, target: str | None) -> bool:
    if topic == "smh":
        return subscription.server_id == target
    if topic == "sbd":
        return (subscription.target or "").split("+", 1)[0] == target
    if topic in ("sor", "spl", "str"):
        return True
    return subscription.target == target

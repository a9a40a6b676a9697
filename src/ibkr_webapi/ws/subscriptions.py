"""Solicited topics: how to subscribe, unsubscribe and route each one, and the live registry.

Each subscribing topic of the Websockets chapter has a `TopicRule`: the unsubscribe topic,
what the unsubscribe frame names (the target, smh's server ids, sbd's account, or nothing),
which incoming topics belong to it (exercise answers on ``shs`` and ``inp``), and whether
the server ends it on its own after a while (smd, 10-15 minutes), so the client renews it.

>>> RULES["smd"].unsubscribe_targets("265598", set())
['265598']
>>> RULES["smh"].unsubscribe_targets("265598", {"588547"})
['588547']
>>> RULES["sbd"].unsubscribe_targets("DU1234567+265598", set())
['DU1234567']
"""

from __future__ import annotations

import enum
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from ibkr_webapi.ws.feeds import DEFAULT_MAXSIZE, Feed, OverflowPolicy
from ibkr_webapi.ws.messages import WsMessage


class UnsubscribeBy(enum.Enum):
    """What the unsubscribe frame of a topic carries as its target."""

    TARGET = "target"
    SERVER_ID = "server_id"
    ACCOUNT = "account"
    NOTHING = "nothing"


@dataclass(frozen=True)
class TopicRule:
    """The protocol of one subscribing topic."""

    topic: str
    unsubscribe: str | None
    unsubscribe_by: UnsubscribeBy
    target_required: bool
    incoming: frozenset[str]
    renews: bool = False
    """The server ends these subscriptions on its own; the client renews them in time."""

    def routing_target(self, target: str | None) -> str | None:
        """The target incoming messages carry: sbd answers name the conid, not the account."""
        if self.unsubscribe_by is UnsubscribeBy.ACCOUNT and target:
            return target.split("+")[1] if "+" in target else target
        return target

    def wire_target(self, target: str | None) -> str | tuple[str, ...] | None:
        """The target as `encode_subscription` takes it (sbd: account, conid[, exchange])."""
        if target and "+" in target:
            return tuple(target.split("+"))
        return target

    def unsubscribe_targets(self, target: str | None, server_ids: set[str]) -> list[str | None]:
        """The targets of the unsubscribe frames for a subscription (one frame each)."""
        if self.unsubscribe_by is UnsubscribeBy.SERVER_ID:
            return list(sorted(server_ids))
        if self.unsubscribe_by is UnsubscribeBy.ACCOUNT:
            return [target.split("+", 1)[0] if target else None]
        if self.unsubscribe_by is UnsubscribeBy.TARGET:
            return [target]
        return [None]


def _rule(topic: str, unsubscribe: str | None, by: UnsubscribeBy, target_required: bool,
          *incoming: str, renews: bool = False) -> TopicRule:
    return TopicRule(topic, unsubscribe, by, target_required,
                     frozenset(incoming or (topic,)), renews)


RULES: Mapping[str, TopicRule] = {rule.topic: rule for rule in (
    _rule("smd", "umd", UnsubscribeBy.TARGET, True, renews=True),
    _rule("smh", "umh", UnsubscribeBy.SERVER_ID, True),
    _rule("sbd", "ubd", UnsubscribeBy.ACCOUNT, True),
    _rule("sor", "uor", UnsubscribeBy.NOTHING, False),
    _rule("str", "utr", UnsubscribeBy.NOTHING, False),
    _rule("spl", "upl", UnsubscribeBy.NOTHING, False),
    _rule("ssd", "usd", UnsubscribeBy.TARGET, True),
    _rule("sld", "uld", UnsubscribeBy.TARGET, True),
    _rule("shs", None, UnsubscribeBy.NOTHING, True, "shs", "inp"),
)}
"""Every subscribing topic of the documentation, by its subscribe topic."""

FAMILY_OF_INCOMING: Mapping[str, str] = {
    incoming: rule.topic for rule in RULES.values() for incoming in rule.incoming}
"""Incoming message topic -> the subscribe topic whose subscriptions receive it."""


def rule_for(topic: str) -> TopicRule:
    """The rule of a subscribing topic; `ValueError` naming the known ones otherwise."""
    try:
        return RULES[topic]
    except KeyError:
        known = ", ".join(sorted(RULES))
        raise ValueError(f"{topic!r} is not a subscribing topic (known: {known}); unsolicited "
                         "topics are read with StreamClient.unsolicited()") from None


class Subscription(Feed[WsMessage]):
    """The typed messages of one subscription, as an async iterator.

    It lives across reconnects (the client re-subscribes) until `StreamClient.unsubscribe`
    or the client closes. `server_ids` holds the ids smh answers carry, which its
    unsubscribe frame needs.
    """

    def __init__(self, rule: TopicRule, target: str | None, args: Mapping[str, Any] | None,
                 maxsize: int = DEFAULT_MAXSIZE,
                 overflow: OverflowPolicy = OverflowPolicy.DROP_OLDEST) -> None:
        super().__init__(maxsize, overflow)
        if rule.target_required and not target:
            raise ValueError(f"topic {rule.topic!r} needs a target (see the documentation)")
        self.rule = rule
        self.target = target
        self.args: Mapping[str, Any] | None = None if args is None else dict(args)
        self.server_ids: set[str] = set()
        self.subscribed_at: float | None = None
        """Loop time of the last subscribe frame sent, None while not sent on this connection."""

    @property
    def key(self) -> tuple[str, str | None]:
        """What incoming messages of this subscription are routed by."""
        return (self.rule.topic, self.rule.routing_target(self.target))

    def __repr__(self) -> str:
        return (f"Subscription({self.rule.topic!r}, target={self.target!r}, queued={len(self)}, "
                f"dropped={self.dropped})")


class SubscriptionRegistry:
    """The active subscriptions, by (topic, target), and routing of incoming messages."""

    def __init__(self) -> None:
        self._by_key: dict[tuple[str, str | None], Subscription] = {}

    def __iter__(self) -> Iterator[Subscription]:
        return iter(list(self._by_key.values()))

    def __len__(self) -> int:
        return len(self._by_key)

    def add(self, subscription: Subscription) -> None:
        """Register; `ValueError` when the same topic and target is already subscribed."""
        if subscription.key in self._by_key:
            topic, target = subscription.key
            raise ValueError(f"already subscribed to {topic!r} for target {target!r}; "
                             "unsubscribe first or keep reading the existing subscription")
        self._by_key[subscription.key] = subscription

    def remove(self, subscription: Subscription) -> bool:
        """Forget it; False when it was not registered."""
        return self._by_key.pop(subscription.key, None) is not None

    def route(self, message: WsMessage) -> Subscription | None:
        """The subscription an incoming message belongs to, if any.

        The topic and target decide (``smd+265598`` goes to the smd subscription of 265598).
        A message without a usable target goes to the only subscription of its topic.
        """
        family = FAMILY_OF_INCOMING.get(message.topic)
        if family is None:
            return None
        exact = self._by_key.get((family, message.target))
        if exact is not None:
            return exact
        candidates = [s for s in self._by_key.values() if s.rule.topic == family]
        if len(candidates) == 1 and _compatible(candidates[0].key[1], message.target):
            return candidates[0]
        return None


def _compatible(subscribed: str | None, received: str | None) -> bool:
    """A received target matches when absent, or when one names a part of the other.

    ``smd+265598@NASDAQ`` may be answered as ``smd+265598``; ``sbd+ACCT+CONID+EXCH`` as
    ``sbd+ACCT+CONID``.
    """
    if received is None or subscribed is None:
        return True
    ours, theirs = _parts(subscribed), _parts(received)
    common = min(len(ours), len(theirs))
    return ours[:common] == theirs[:common]


def _parts(target: str) -> list[str]:
    return target.replace("@", "+").split("+")

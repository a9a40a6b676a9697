"""Decode incoming websocket frames and encode outgoing ones (spec/asyncapi.yaml).

>>> message = decode_frame('{"topic":"smd+265598","conid":265598,"31":"C193.18"}')
>>> message.topic, message.target, message.fields.last_price.number
('smd', '265598', Decimal('193.18'))
>>> decode_frame(b'{"topic":"xyz","new":1}').data        # unknown topics are kept whole
{'topic': 'xyz', 'new': 1}
>>> encode_subscription("smd", 265598, {"fields": ["31", "84"]})
'smd+265598+{"fields":["31","84"]}'
>>> parse_request('sld+DU1234567+{"keys":["LedgerListBASE"]}')
Request(topic='sld', target='DU1234567', args={'keys': ['LedgerListBASE']})
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any, Final

from ibkr_auth.errors import PicklableError

from .messages import (
    MESSAGE_TYPES,
    AccountSummaryMessage,
    ErrorMessage,
    LedgerMessage,
    UnknownMessage,
    UnsubscribedMessage,
    WaitingForSessionMessage,
    WsMessage,
)

__all__ = [
    "OUTGOING_TOPICS",
    "FrameDecodeError",
    "FrameEncodeError",
    "OutgoingTopic",
    "Request",
    "WsMessage",
    "decode_frame",
    "encode_subscription",
    "parse_request",
]

_loads = json.loads
_UNSUBSCRIBED_TOPICS: Final = {"summary": "usd", "ledger": "uld"}


class FrameDecodeError(PicklableError, ValueError):
    """An incoming frame is not UTF-8 JSON. ``raw`` keeps it; the message never quotes it."""

    def __init__(self, reason: str, raw: str | bytes) -> None:
        super().__init__(f"websocket frame is not JSON ({reason}); {len(raw)} bytes kept in .raw")
        self.raw = raw


class FrameEncodeError(PicklableError, ValueError):
    """An outgoing frame cannot be built: unknown topic, missing target, bad arguments."""


def decode_frame(raw: str | bytes) -> WsMessage:
    """Decode one incoming frame into its typed message (UnknownMessage if not recognised).

    Raises FrameDecodeError only when the frame is not UTF-8 JSON.
    """
    if isinstance(raw, bytes | bytearray):
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise FrameDecodeError(f"invalid UTF-8 at byte {exc.start}", bytes(raw)) from None
    else:
        text = raw
    try:
        data = _loads(text)
    except ValueError as exc:
        raise FrameDecodeError(str(exc).split(":", 1)[0], text) from None
    except RecursionError:  # 100k nested "[": a bad frame, not a reason to drop the stream
        raise FrameDecodeError("nested too deeply", text) from None
    if type(data) is not dict:
        return UnknownMessage("", None, text, data)
    topic_value = data.get("topic")
    if type(topic_value) is str:
        topic, _, target = topic_value.partition("+")
        if "error" in data:
            return ErrorMessage(topic, target or None, text, data)
        return MESSAGE_TYPES.get(topic, UnknownMessage)(topic, target or None, text, data)
    return _decode_topicless(text, data)


def _decode_topicless(text: str, data: dict[str, Any]) -> WsMessage:
    """Frames the documentation shows without a topic: confirmations, errors, ssd results."""
    result = data.get("result")
    if isinstance(result, str):
        topic = _UNSUBSCRIBED_TOPICS.get(result.rsplit(" ", 1)[-1], "")
        return UnsubscribedMessage(topic, None, text, data)
    if isinstance(result, list):
        is_ledger = any(
            isinstance(item, dict) and str(item.get("key", "")).startswith("LedgerList")
            for item in result
        )
        if is_ledger:
            return LedgerMessage("sld", None, text, data)
        return AccountSummaryMessage("ssd", None, text, data)
    if "error" in data:
        return ErrorMessage("", None, text, data)
    if data.get("message") == "waiting for session":
        return WaitingForSessionMessage("", None, text, data)
    return UnknownMessage("", None, text, data)


@dataclass(frozen=True)
class OutgoingTopic:
    """How one outgoing topic is written: its target, and the schema of its JSON argument
    (a component of the effective spec; None when no JSON follows the target)."""

    target: str | None
    arguments: str | None


OUTGOING_TOPICS: Final[Mapping[str, OutgoingTopic]] = {
    "ssd": OutgoingTopic("account", "WsAccountSummaryArgs"),
    "usd": OutgoingTopic("account", "WsNoArgs"),
    "sld": OutgoingTopic("account", "WsLedgerArgs"),
    "uld": OutgoingTopic("account", "WsNoArgs"),
    "smd": OutgoingTopic("conid", "WsMarketDataArgs"),
    "umd": OutgoingTopic("conid", "WsNoArgs"),
    "smh": OutgoingTopic("conid", "WsHistoricalDataArgs"),
    "umh": OutgoingTopic("server id", None),
    "sbd": OutgoingTopic("account+conid[+exchange]", None),
    "ubd": OutgoingTopic("account", None),
    "sor": OutgoingTopic(None, "WsNoArgs"),
    "uor": OutgoingTopic(None, "WsNoArgs"),
    "spl": OutgoingTopic(None, "WsNoArgs"),
    "upl": OutgoingTopic(None, "WsNoArgs"),
    "str": OutgoingTopic(None, "WsTradesArgs"),
    "utr": OutgoingTopic(None, "WsNoArgs"),
    "shs": OutgoingTopic("exercise", "WsExerciseStartArgs"),
    "inp": OutgoingTopic("exercise", "WsExerciseInputArgs"),
    "tic": OutgoingTopic(None, None),
}

Target = str | int | Sequence[str | int] | None


def encode_subscription(
    topic: str, target: Target = None, args: Mapping[str, Any] | None = None
) -> str:
    """Build an outgoing frame ``TOPIC[+TARGET][+{json}]`` as the documentation defines it.

    Topics that take JSON get "{}" when ``args`` is None; sbd takes its target as a sequence
    (account, conid[, exchange]). Argument keys are checked against the topic's argument
    schema in the spec; FrameEncodeError says what is wrong.

    >>> encode_subscription("umd", "265598")
    'umd+265598+{}'
    >>> encode_subscription("sbd", ("DU1234567", 265598))
    'sbd+DU1234567+265598'
    >>> encode_subscription("tic")
    'tic'
    """
    spec = OUTGOING_TOPICS.get(topic)
    if spec is None:
        known = ", ".join(sorted(OUTGOING_TOPICS))
        raise FrameEncodeError(f"unknown outgoing topic {topic!r}; known: {known}")
    parts = [topic, *_target_parts(topic, spec, target)]
    if spec.arguments is not None:
        parts.append(_json_arguments(topic, spec.arguments, args))
    elif args is not None:
        raise FrameEncodeError(f"topic {topic!r} takes no JSON arguments")
    return "+".join(parts)


def _target_parts(topic: str, spec: OutgoingTopic, target: Target) -> list[str]:
    if spec.target is None:
        if target is not None:
            raise FrameEncodeError(f"topic {topic!r} takes no target")
        return []
    if target is None or target == "":
        raise FrameEncodeError(f"topic {topic!r} needs a target ({spec.target})")
    parts = [str(target)] if isinstance(target, str | int) else [str(part) for part in target]
    fewest, most = (2, 3) if topic == "sbd" else (1, 1)
    if not fewest <= len(parts) <= most:
        raise FrameEncodeError(f"topic {topic!r} needs a target of the form {spec.target}")
    for part in parts:
        if not part or any(c in part for c in "+{} \t\r\n"):
            raise FrameEncodeError(f"topic {topic!r}: target part {part!r} is not an identifier")
    return parts


def _json_arguments(topic: str, schema: str, args: Mapping[str, Any] | None) -> str:
    if args is None:
        args = {}
    if not isinstance(args, Mapping):
        raise FrameEncodeError(f"topic {topic!r}: arguments must be a JSON object (a mapping)")
    _check_keys(topic, schema, args)
    try:
        return json.dumps(dict(args), separators=(",", ":"), allow_nan=False)
    except (TypeError, ValueError) as exc:
        raise FrameEncodeError(f"topic {topic!r}: arguments are not JSON ({exc})") from None


def _check_keys(topic: str, schema_name: str, args: Mapping[str, Any]) -> None:
    """The argument schemas are strict: only their keys, and every required one."""
    schema = _argument_schema(schema_name)
    known = set(schema.get("properties") or {})
    unknown = sorted(set(args) - known)
    if unknown and schema.get("additionalProperties") is False:
        allowed = ", ".join(sorted(known)) or "none"
        raise FrameEncodeError(f"topic {topic!r}: unknown arguments {unknown} (allowed: {allowed})")
    missing = sorted(set(schema.get("required") or ()) - set(args))
    if missing:
        raise FrameEncodeError(f"topic {topic!r}: missing arguments {missing}")


@cache
def _argument_schema(name: str) -> Mapping[str, Any]:
    from ibkr_webapi.spec import effective_spec

    schema: Mapping[str, Any] = effective_spec()["components"]["schemas"][name]
    return schema


@dataclass(frozen=True)
class Request:
    """An outgoing frame taken apart: what a server (the mock) reads from a client."""

    topic: str
    target: str | None
    args: Any


def parse_request(text: str) -> Request:
    """Split ``TOPIC[+TARGET][+{json}]`` (the inverse of encode_subscription).

    Raises FrameDecodeError when the JSON part does not parse.
    """
    head, brace, body = text.partition("+{")
    if brace:
        try:
            args = json.loads("{" + body)
        except ValueError as exc:
            raise FrameDecodeError(str(exc).split(":", 1)[0], text) from None
    else:
        args = None
    topic, _, target = head.strip().partition("+")
    return Request(topic, target or None, args)

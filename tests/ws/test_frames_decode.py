"""decode_frame: routing keys, typed views, unknown data kept, bad input typed."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ibkr_webapi.ws import (
    AccountSummaryMessage,
    BulletinMessage,
    ErrorMessage,
    FrameDecodeError,
    LedgerMessage,
    MarketDataMessage,
    NotificationMessage,
    PayloadError,
    PriceLadderMessage,
    SystemMessage,
    UnknownMessage,
    UnsubscribedMessage,
    decode_frame,
)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=10,
)


@pytest.mark.parametrize(
    ("frame", "topic", "target"),
    [
        ({"topic": "smd+265598@SMART", "31": "1"}, "smd", "265598@SMART"),
        ({"topic": "smh+265598", "serverId": "588547"}, "smh", "265598"),
        ({"topic": "sbd+DU1234567+265598", "data": []}, "sbd", "265598"),
        ({"topic": "sld+DU1234567", "result": []}, "sld", "DU1234567"),
        ({"topic": "ssd+DU1234567", "result": []}, "ssd", "DU1234567"),
        ({"topic": "shs+exercise"}, "shs", "exercise"),
        ({"topic": "sor", "args": []}, "sor", None),
        ({"topic": "system", "hb": 1}, "system", None),
    ],
)
def test_routing_key(frame: dict[str, object], topic: str, target: str | None) -> None:
    message = decode_frame(json.dumps(frame))
    assert message.key == (topic, target)


def test_price_ladder_keeps_the_account_apart() -> None:
    message = decode_frame('{"topic":"sbd+DU1234567+265598","data":[{"row":0,"price":"1 @ 2"}]}')
    assert isinstance(message, PriceLadderMessage)
    assert message.account == "DU1234567" and message.rows[0].price == "1 @ 2"


def test_bytes_and_text_decode_alike() -> None:
    text = '{"topic":"smd+1","31":"C5"}'
    assert decode_frame(text.encode()).data == decode_frame(text).data


def test_market_data_views() -> None:
    message = decode_frame('{"topic":"smd+1","conid":1,"_updated":5,"server_id":"q1","31":"C5"}')
    assert isinstance(message, MarketDataMessage)
    assert (message.conid, message.updated_ms, message.server_id) == (1, 5, "q1")
    last = message.fields.last_price
    assert last is not None and last.closed and last.number == 5
    assert message.payload.field_31 == "C5"


# "error" makes any topic an ErrorMessage, so it is not an unknown key.
@given(st.dictionaries(st.text(max_size=6).filter(lambda k: k not in ("topic", "error")),
                      json_values, max_size=5))
def test_unknown_topics_and_keys_are_kept_whole(extra: dict[str, object]) -> None:
    frame = {"topic": "zzz+1", **extra}
    message = decode_frame(json.dumps(frame))
    assert isinstance(message, UnknownMessage)
    assert message.data == frame and message.key == ("zzz", "1")


@given(st.dictionaries(st.text(max_size=6), json_values, max_size=5))
def test_unknown_fields_of_a_known_topic_survive_into_the_model(extra: dict[str, object]) -> None:
    extra = {k: v for k, v in extra.items() if not k.isdigit() and k not in _SNAPSHOT_KEYS}
    message = decode_frame(json.dumps({**extra, "topic": "smd+1"}))
    assert message.payload.additional_properties == extra


_SNAPSHOT_KEYS = {"topic", "server_id", "conidEx", "conid", "_updated", "87_raw"}


@given(json_values)
def test_any_json_decodes_without_error(value: object) -> None:
    message = decode_frame(json.dumps(value))
    assert message.data == value


@pytest.mark.parametrize("raw", ["", "not json", "{", b"\xff\xfe", "smd+1+{}", "[1,"])
def test_bad_input_is_a_typed_error_that_keeps_the_raw_frame(raw: str | bytes) -> None:
    with pytest.raises(FrameDecodeError, match="not JSON") as caught:
        decode_frame(raw)
    assert caught.value.raw == raw


def test_the_error_message_never_quotes_the_frame() -> None:
    secret_bearing = '{"topic":"act","args":{"accounts":["U7654321"]'  # truncated frame
    with pytest.raises(FrameDecodeError) as caught:
        decode_frame(secret_bearing)
    assert "U7654321" not in str(caught.value)


def test_a_payload_that_does_not_fit_is_a_typed_error_and_keeps_the_data() -> None:
    message = decode_frame('{"topic":"sts","args":"nope"}')
    assert message.status is None  # type: ignore[attr-defined]
    with pytest.raises(PayloadError, match="WsAuthStatusMessage"):
        message.payload  # noqa: B018
    assert message.data == {"topic": "sts", "args": "nope"}
    orders = decode_frame('{"topic":"sor","args":"nope"}')
    assert orders.orders == []  # type: ignore[attr-defined]


def test_greeting_and_heartbeat() -> None:
    greeting = decode_frame('{"topic":"system","success":"someuser","isFT":false,"isPaper":true}')
    assert isinstance(greeting, SystemMessage) and greeting.is_greeting
    assert greeting.payload.is_paper is True
    heartbeat = decode_frame('{"topic":"system","hb":1777552111502}')
    assert isinstance(heartbeat, SystemMessage) and not heartbeat.is_greeting
    assert heartbeat.heartbeat_ms == 1777552111502


def test_topicless_frames() -> None:
    assert decode_frame('{"result":"unsubscribed from summary"}').topic == "usd"
    assert decode_frame('{"result":"unsubscribed from ledger"}').topic == "uld"
    assert isinstance(decode_frame('{"result":"unsubscribed from summary"}'), UnsubscribedMessage)
    ledger = decode_frame('{"result":[{"key":"LedgerListBASE","timestamp":1}]}')
    assert isinstance(ledger, LedgerMessage) and ledger.entries[0].key == "LedgerListBASE"
    summary = decode_frame('{"result":[{"key":"AccruedCash-S","monetaryValue":1.5}]}')
    assert isinstance(summary, AccountSummaryMessage) and summary.entries[0].monetary_value == 1.5
    assert decode_frame('{"message":"waiting for session"}').unsolicited


def test_error_frames_route_to_their_topic() -> None:
    message = decode_frame('{"error":"unable to subscribe","code":500,"topic":"sor"}')
    assert isinstance(message, ErrorMessage)
    assert (message.topic, message.error, message.code) == ("sor", "unable to subscribe", 500)


def test_bulletins_and_notifications_as_object_or_array() -> None:
    one = decode_frame('{"topic":"blt","args":{"id":"1","message":"m"}}')
    many = decode_frame('{"topic":"blt","args":[{"id":1,"message":"a"},{"id":2,"message":"b"}]}')
    assert isinstance(one, BulletinMessage) and isinstance(many, BulletinMessage)
    assert [b.message for b in one.bulletins] == ["m"]
    assert [b.id for b in many.bulletins] == [1, 2]
    ntf = decode_frame('{"topic":"ntf","args":[{"id":"1","prompt":true,"orderId":7}]}')
    assert isinstance(ntf, NotificationMessage)
    assert ntf.notifications[0].prompt is True


def test_repr_names_only_the_routing_key() -> None:
    message = decode_frame('{"topic":"act","args":{"accounts":["U1234567"]}}')
    assert repr(message) == "AccountMessage(topic='act', target=None)"

"""encode_subscription and parse_request: the outgoing frames of spec/asyncapi.yaml."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ibkr_webapi.ws import FrameDecodeError, FrameEncodeError, encode_subscription, parse_request

identifiers = st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789@.", min_size=1, max_size=12)


@pytest.mark.parametrize(
    ("call", "frame"),
    [
        (("smd", 265598, {"fields": ["31", "84", "86"]}), 'smd+265598+{"fields":["31","84","86"]}'),
        (("umd", "265598"), "umd+265598+{}"),
        (
            ("ssd", "DU1234567", {"keys": ["AccruedCash-S"]}),
            'ssd+DU1234567+{"keys":["AccruedCash-S"]}',
        ),
        (("usd", "DU1234567"), "usd+DU1234567+{}"),
        (("sld", "DU1234567"), "sld+DU1234567+{}"),
        (("uld", "DU1234567"), "uld+DU1234567+{}"),
        (
            ("smh", 265598, {"period": "1d", "bar": "1hour"}),
            'smh+265598+{"period":"1d","bar":"1hour"}',
        ),
        (("umh", "588547"), "umh+588547"),
        (("sbd", ("DU1234567", 265598, "NASDAQ")), "sbd+DU1234567+265598+NASDAQ"),
        (("ubd", "DU1234567"), "ubd+DU1234567"),
        (("sor",), "sor+{}"),
        (("uor",), "uor+{}"),
        (("spl",), "spl+{}"),
        (("upl",), "upl+{}"),
        (("str", None, {"realtimeUpdatesOnly": True}), 'str+{"realtimeUpdatesOnly":true}'),
        (("utr",), "utr+{}"),
        (("shs", "exercise", {"CEX": "708764406"}), 'shs+exercise+{"CEX":"708764406"}'),
        (("tic",), "tic"),
    ],
)
def test_documented_frames(call: tuple[object, ...], frame: str) -> None:
    assert encode_subscription(*call) == frame  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("call", "problem"),
    [
        (("xyz",), "unknown outgoing topic 'xyz'"),
        (("smd",), "needs a target"),
        (("smd", 1, {"feilds": ["31"]}), r"unknown arguments \['feilds'\]"),
        (("shs", "exercise", {}), r"missing arguments \['CEX'\]"),
        (("tic", "x"), "takes no target"),
        (("umh", "1", {}), "takes no JSON arguments"),
        (("sbd", "DU1234567"), "account\\+conid"),
        (("smd", "1+2"), "not an identifier"),
        (("smd", 1, ["31"]), "must be a JSON object"),
        (("smd", 1, {"fields": [float("nan")]}), "not JSON"),
    ],
)
def test_bad_requests_are_typed_errors(call: tuple[object, ...], problem: str) -> None:
    with pytest.raises(FrameEncodeError, match=problem):
        encode_subscription(*call)  # type: ignore[arg-type]


@given(identifiers, st.lists(st.sampled_from(["31", "84", "86", "7059", "6509"]), max_size=5))
def test_market_data_frames_round_trip(conid: str, fields: list[str]) -> None:
    request = parse_request(encode_subscription("smd", conid, {"fields": fields}))
    assert (request.topic, request.target, request.args) == ("smd", conid, {"fields": fields})


@given(identifiers, st.text(max_size=10))
def test_plus_signs_inside_json_do_not_split_the_frame(account: str, key: str) -> None:
    frame = encode_subscription("ssd", account, {"keys": [f"a+{key}+b"]})
    assert parse_request(frame).args == {"keys": [f"a+{key}+b"]}


def test_parse_request_without_json_and_with_bad_json() -> None:
    assert parse_request("umh+588547").target == "588547"
    assert parse_request("tic").topic == "tic" and parse_request("tic").args is None
    with pytest.raises(FrameDecodeError):
        parse_request("smd+1+{nope")

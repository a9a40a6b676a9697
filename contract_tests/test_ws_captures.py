"""Part 4: every recorded websocket frame fits the AsyncAPI contract and decodes, typed."""

from __future__ import annotations

import pytest

from ibkr_webapi.ws import UnknownMessage, decode_frame
from ibkr_webapi.ws.asyncapi import FrameValidator
from ws_contract_support import RecordedFrame, frame_validator, recorded_frames

FRAMES = recorded_frames()


def test_the_captures_are_there() -> None:
    assert len(FRAMES) >= 28


@pytest.mark.parametrize("frame", FRAMES, ids=[f.name for f in FRAMES])
def test_capture_fits_the_contract(frame: RecordedFrame) -> None:
    validator: FrameValidator = frame_validator()
    assert validator.incoming_problems(frame.text) == []


@pytest.mark.parametrize("frame", FRAMES, ids=[f.name for f in FRAMES])
def test_capture_decodes_into_its_typed_model(frame: RecordedFrame) -> None:
    message = decode_frame(frame.text)
    assert not isinstance(message, UnknownMessage)
    assert frame.name.startswith(message.topic or "waiting_for_session")
    assert type(message.payload).__name__ == message.schema
    assert message.raw == frame.text


# Frames OBSERVED-DEVIATIONS.md describes but contract_tests/cassettes/ws has no recording of; built
# from its words ("blt: args is an ARRAY and id is a NUMBER", "ntf: ... can carry an order
# prompt", "sor+{} can be refused with ...").
DESCRIBED = {
    "blt array, numeric id": '{"topic":"blt","args":[{"id":1234,"message":"Exchange issue"}]}',
    "ntf array with a prompt": (
        '{"topic":"ntf","args":[{"id":"1","text":"Confirm?","orderId":987,"reqId":"5",'
        '"options":["Yes","No"],"messageId":"o163","prompt":true}]}'
    ),
    "refused sor": '{"error":"unable to subscribe","code":500,"topic":"sor"}',
    "spl keyed by account.Core": (
        '{"topic":"spl","args":{"U1234567.Core":{"rowType":1,"dpl":1.5,"nl":2.0,"upl":0.5,'
        '"el":3.0,"uel":3.1,"mv":4.0}}}'
    ),
}


@pytest.mark.parametrize("text", DESCRIBED.values(), ids=list(DESCRIBED))
def test_described_deviation_fits_the_contract_and_decodes(text: str) -> None:
    assert frame_validator().incoming_problems(text) == []
    message = decode_frame(text)
    assert type(message.payload).__name__ == message.schema

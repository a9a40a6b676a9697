"""Part 4: the AsyncAPI document is complete, and each of its examples fits its schema."""

from __future__ import annotations

import json
import re

import pytest

from contract_support import load_spec
from ibkr_webapi.ws import MESSAGE_TYPES, OUTGOING_TOPICS, decode_frame, encode_subscription
from ibkr_webapi.ws.asyncapi import Example, FrameValidator, iter_messages, load_asyncapi
from ws_contract_support import ASYNCAPI, documented_frames, frame_validator

DOCUMENT = load_asyncapi(ASYNCAPI)
MESSAGES = list(iter_messages(DOCUMENT))
EXAMPLES = [example for message in MESSAGES for example in message.examples]
INCOMING = [m for m in MESSAGES if not m.outgoing]
OUTGOING = [m for m in MESSAGES if m.outgoing]
# Every documented topic of the chapter, and what the issue adds (tic replies, errors).
SENT_TOPICS = {"ssd", "usd", "sld", "uld", "smd", "umd", "smh", "umh", "sbd", "ubd", "sor",
               "uor", "spl", "upl", "str", "utr", "shs", "inp", "tic"}  # fmt: skip


def example_text(example: Example) -> str:
    return example.payload if isinstance(example.payload, str) else json.dumps(example.payload)


@pytest.fixture(scope="module")
def validator() -> FrameValidator:
    return frame_validator()


def test_every_documented_outgoing_topic_has_a_message() -> None:
    assert {m.topic for m in OUTGOING} == SENT_TOPICS == set(OUTGOING_TOPICS)


def test_the_encoder_uses_the_argument_schemas_of_the_document() -> None:
    assert {m.topic: m.arguments for m in OUTGOING} == {
        topic: spec.arguments for topic, spec in OUTGOING_TOPICS.items()
    }


def test_every_decoded_message_type_has_its_payload_in_the_document() -> None:
    declared = {m.schema for m in INCOMING}
    assert {cls.schema for cls in MESSAGE_TYPES.values()} <= declared


def test_payload_schemas_are_components_of_the_effective_spec() -> None:
    schemas = load_spec()["components"]["schemas"]
    names = [m.schema for m in INCOMING] + [m.arguments for m in OUTGOING]
    assert [name for name in names if name is not None and name not in schemas] == []


def test_every_channel_message_is_used_by_an_operation() -> None:
    used = set()
    for operation in DOCUMENT["operations"].values():
        for ref in [*operation["messages"], *(operation.get("reply") or {}).get("messages", [])]:
            used.add(ref["$ref"].rsplit("/", 1)[1])
    assert set(DOCUMENT["channels"]["api"]["messages"]) == used


def test_every_message_has_an_example() -> None:
    assert [m.name for m in MESSAGES if not m.examples] == []


@pytest.mark.parametrize("example", EXAMPLES, ids=[f"{e.message}:{e.name}" for e in EXAMPLES])
def test_example_fits_its_schema(example: Example, validator: FrameValidator) -> None:
    text = example_text(example)
    outgoing = isinstance(example.payload, str)
    problems = validator.outgoing_problems(text) if outgoing else validator.incoming_problems(text)
    assert problems == []


@pytest.mark.parametrize("example", EXAMPLES, ids=[f"{e.message}:{e.name}" for e in EXAMPLES])
def test_example_decodes_into_its_typed_model(example: Example) -> None:
    if isinstance(example.payload, str):
        request = encode_subscription_from(example.payload)
        assert request == example.payload  # the encoder writes exactly the documented frame
        return
    message = decode_frame(example_text(example))
    assert message.schema == next(m.schema for m in INCOMING if m.name == example.message)
    assert type(message.payload).__name__ == message.schema


def encode_subscription_from(frame: str) -> str:
    """Rebuild an outgoing frame with encode_subscription from its parts."""
    topic, _, rest = frame.partition("+")
    head, brace, body = rest.partition("{")
    target_text = head.rstrip("+")
    target = tuple(target_text.split("+")) if topic == "sbd" else target_text or None
    args = json.loads("{" + body) if brace else None
    return encode_subscription(topic, target, args or None)


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_every_documentation_frame_is_an_example() -> None:
    """Valid documentation frames appear verbatim; each broken one has a repaired example."""
    documented = [e for e in EXAMPLES if e.name.startswith("documented")]
    unmatched_examples = list(documented)
    broken = []
    for frame in documented_frames():
        match = next((e for e in unmatched_examples if same_frame(frame, e)), None)
        if match is None:
            broken.append(frame)
        else:
            unmatched_examples.remove(match)
    repaired = [e for e in unmatched_examples if "Documentation example" in e.summary]
    assert len(broken) <= len(repaired), f"documentation frames without an example: {broken}"


def test_the_chapter_extractor_finds_every_documentation_frame() -> None:
    # 27 code blocks of the chapter are frames; the exercise block holds three of them.
    assert len(documented_frames()) == 29


def same_frame(frame: str, example: Example) -> bool:
    if isinstance(example.payload, str):
        return squeeze(frame) == squeeze(example.payload)
    try:
        return bool(json.loads(frame) == example.payload)
    except ValueError:
        return False

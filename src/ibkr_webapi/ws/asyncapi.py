"""Validate websocket frames against spec/asyncapi.yaml (needs the ``contract`` extra).

Incoming payload schemas are components of the OpenAPI document; they are validated in the
effective spec (bundle + overlays), where the observed deviations apply. An outgoing frame is
checked against its message's string pattern, and its JSON part against the argument schema
that ``x-ibkr-frame`` names.

>>> from ibkr_webapi.spec import effective_spec
>>> validator = FrameValidator(dict(effective_spec()), load_asyncapi())
>>> validator.incoming_problems('{"topic":"system","hb":"soon"}')
["WsSystemMessage $.hb: 'soon' is not of type 'integer'"]
>>> validator.outgoing_problems('smd+265598+{"fields":["31"],"extra":1}')
["subscribeMarketData arguments $: Additional properties are not allowed ('extra' was unexpected)"]
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator

from ibkr_webapi.contract.validation import SpecValidator

from .frames import FrameDecodeError, decode_frame, parse_request

SCHEMAS = "/components/schemas/"


def load_asyncapi(path: Path | None = None) -> dict[str, Any]:
    """The AsyncAPI document at `path`; by default the copy installed with the generated
    client (``nox -s generate`` puts spec/asyncapi.yaml there)."""
    source = path or resources.files("ibkr_client").joinpath("asyncapi.yaml")
    document: dict[str, Any] = yaml.safe_load(source.read_text(encoding="utf-8"))
    return document


def schema_name(ref: str) -> str:
    """ "./openapi/websocket.yaml#/components/schemas/WsTicReply" -> "WsTicReply"."""
    pointer = ref.partition("#")[2]
    if not pointer.startswith(SCHEMAS):
        raise ValueError(f"{ref!r} does not reference an OpenAPI schema component")
    return pointer[len(SCHEMAS) :]


@dataclass(frozen=True)
class Example:
    message: str
    name: str
    summary: str
    payload: Any


@dataclass(frozen=True)
class AsyncMessage:
    """One message of the AsyncAPI document, outgoing (has a frame) or incoming (a schema)."""

    name: str
    definition: dict[str, Any] = field(repr=False)

    @property
    def outgoing(self) -> bool:
        return "x-ibkr-frame" in self.definition

    @property
    def topic(self) -> str | None:
        frame = self.definition.get("x-ibkr-frame") or {}
        return frame.get("topic")

    @property
    def schema(self) -> str | None:
        """Incoming: the payload's component name."""
        ref = self.definition["payload"].get("$ref")
        return schema_name(ref) if ref else None

    @property
    def arguments(self) -> str | None:
        """Outgoing: the component name of the JSON argument, if the topic takes one."""
        ref = ((self.definition.get("x-ibkr-frame") or {}).get("arguments") or {}).get("$ref")
        return schema_name(ref) if ref else None

    @property
    def examples(self) -> list[Example]:
        return [
            Example(self.name, item["name"], item.get("summary", ""), item["payload"])
            for item in self.definition.get("examples") or []
        ]


def iter_messages(asyncapi: dict[str, Any]) -> Iterator[AsyncMessage]:
    for name, definition in asyncapi["components"]["messages"].items():
        yield AsyncMessage(name, definition)


class FrameValidator:
    """Checks frames in both directions against the AsyncAPI document."""

    def __init__(self, spec: dict[str, Any], asyncapi: dict[str, Any]) -> None:
        self.spec_validator = SpecValidator(spec)
        self.messages = list(iter_messages(asyncapi))
        self.outgoing = {m.topic: m for m in self.messages if m.outgoing}
        self.incoming = {m.schema: m for m in self.messages if not m.outgoing}

    def schema_problems(self, name: str, instance: Any) -> list[str]:
        problems = self.spec_validator.problems(SCHEMAS + name, instance)
        return [f"{name} {problem}" for problem in problems]

    def incoming_problems(self, raw: str | bytes) -> list[str]:
        """Why an incoming frame does not fit the contract ([] when it does)."""
        try:
            message = decode_frame(raw)
        except FrameDecodeError as exc:
            return [str(exc)]
        if not message.schema:
            return [f"no AsyncAPI message describes this frame (topic {message.topic!r})"]
        if message.schema not in self.incoming:
            return [f"{message.schema} is not the payload of any AsyncAPI message"]
        return self.schema_problems(message.schema, message.data)

    def outgoing_problems(self, text: str) -> list[str]:
        """Why an outgoing frame does not fit the contract ([] when it does)."""
        try:
            request = parse_request(text)
        except FrameDecodeError as exc:
            return [str(exc)]
        message = self.outgoing.get(request.topic)
        if message is None:
            return [f"unknown outgoing topic {request.topic!r}"]
        found = [
            f"{message.name} {error.message}"
            for error in Draft202012Validator(message.definition["payload"]).iter_errors(text)
        ]
        if message.arguments is not None and request.args is not None:
            found += [
                f"{message.name} arguments {problem.split(' ', 1)[1]}"
                for problem in (self.schema_problems(message.arguments, request.args))
            ]
        return found

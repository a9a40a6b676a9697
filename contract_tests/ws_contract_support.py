"""Shared loaders of the websocket contract tests: the AsyncAPI document, its validator,
the recorded frames and the frames of the documentation's websocket chapter (from the
committed documentation inventory)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from contract_support import CASSETTES, FACTS, ROOT, load_spec
from ibkr_webapi.ws.asyncapi import FrameValidator, load_asyncapi

ASYNCAPI = ROOT / "spec" / "asyncapi.yaml"


@cache
def frame_validator() -> FrameValidator:
    return FrameValidator(load_spec(), load_asyncapi(ASYNCAPI))


@dataclass(frozen=True)
class RecordedFrame:
    name: str
    text: str


def recorded_frames() -> list[RecordedFrame]:
    """Every recorded frame (contract_tests/cassettes/ws), as the text the server sent."""
    folder = CASSETTES / "ws"
    frames = [
        RecordedFrame(path.name, json.loads(path.read_text(encoding="utf-8"))["frame"])
        for path in sorted(folder.glob("*.json"))
    ]
    if not frames:
        raise RuntimeError(f"no websocket cassettes at {folder}")
    return frames


def documented_frames() -> list[str]:
    """The frames of the documentation's websocket chapter (tools/doc_coverage.py extracts them)."""
    inventory = json.loads((FACTS / "cpapi-v1-inventory.json").read_text(encoding="utf-8"))
    frames: list[str] = inventory["websocket_frames"]
    return frames

"""Shared loaders of the websocket contract tests: the AsyncAPI document, its validator,
the recorded frames and the documentation's websocket chapter."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache

from contract_support import CAPTURES, ROOT, load_spec
from ibkr_webapi.ws.asyncapi import FrameValidator, load_asyncapi

ASYNCAPI = ROOT / "spec" / "asyncapi.yaml"
DOCS = CAPTURES.parent / "docs" / "cpapi-v1.md"
CHAPTER = ("## Websockets", "## OAuth 1.0a")
FRAME_START = re.compile(r"^(\{|[a-z]{3}(\+|$))")


@cache
def frame_validator() -> FrameValidator:
    return FrameValidator(load_spec(), load_asyncapi(ASYNCAPI))


@dataclass(frozen=True)
class RecordedFrame:
    name: str
    text: str


def recorded_frames() -> list[RecordedFrame]:
    """Every frame in ../shared/captures/ws, as the text the server sent."""
    folder = CAPTURES / "ws"
    if not folder.is_dir():
        raise RuntimeError(f"websocket captures not found at {folder}")
    frames = []
    for path in sorted(folder.glob("*.json")):
        message = json.loads(path.read_text(encoding="utf-8"))["message"]
        text = message if isinstance(message, str) else json.dumps(message)
        frames.append(RecordedFrame(path.name, text))
    return frames


def documented_frames() -> list[str]:
    """The code blocks of the documentation's websocket chapter that are frames.

    A block holding several frames (the exercise dialogue) is split at blank lines; blocks of
    Python, curl or /tickle answers are not frames.
    """
    text = DOCS.read_text(encoding="utf-8")
    start = text.index(CHAPTER[0])
    chapter = text[start : text.index(CHAPTER[1], start)]
    blocks = re.findall(r"^```[^\n]*\n(.*?)^```", chapter, flags=re.S | re.M)
    frames = []
    for block in blocks:
        for part in re.split(r"\n\s*\n", block.strip()):
            if FRAME_START.match(part.strip()) and "ssoExpires" not in part:
                frames.append(part.strip())
    return frames

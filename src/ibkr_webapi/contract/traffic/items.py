"""The items recorded traffic is made of: HTTP exchanges, websocket frames, Flex files."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal
from urllib.parse import parse_qsl, urlsplit

JSON_TYPES = ("application/json", "text/json")


@dataclass(frozen=True)
class HttpExchange:
    """One request and its response.

    `request_body` is None when the recording did not keep it (it is then not checked);
    `query_complete` is False when the recording may have left query parameters out (this
    project's cassettes keep what their source kept), so a missing one is not a finding;
    `body` is the parsed JSON when `json_body`, else the response's text (None if empty).
    """

    source: str
    method: str
    url: str
    status: int
    content_type: str
    body: Any
    json_body: bool = True
    request_body: bytes | None = None
    query: tuple[tuple[str, str], ...] | None = None
    query_complete: bool = True

    @property
    def path(self) -> str:
        """The URL's path (``/v1/api/portfolio/accounts``)."""
        return urlsplit(self.url).path or "/"

    @property
    def query_params(self) -> dict[str, str]:
        """The query (recorded separately, or read from the URL); last value wins."""
        pairs = self.query if self.query is not None else tuple(
            parse_qsl(urlsplit(self.url).query, keep_blank_values=True))
        return dict(pairs)


@dataclass(frozen=True)
class WsFrame:
    """One websocket frame as sent on the wire (`direction` from the client's side)."""

    source: str
    direction: Literal["received", "sent"]
    text: str


@dataclass(frozen=True)
class FlexFile:
    """A Flex report or Flex Web Service envelope (XML or CSV)."""

    source: str
    path: Path


@dataclass(frozen=True)
class Unreadable:
    """A file that could not be read as any format; why."""

    source: str
    reason: str


Item = HttpExchange | WsFrame | FlexFile | Unreadable


def parsed_body(text: str | None, content_type: str) -> tuple[Any, bool]:
    """(the JSON a body holds, True) when its type says JSON or it looks like JSON, else
    (its text, False); (None, False) for an empty body."""
    if not text:
        return None, False
    media = content_type.split(";")[0].strip().lower()
    if media in JSON_TYPES or media.endswith("+json") or text.lstrip()[:1] in ("{", "["):
        try:
            return json.loads(text), True
        except ValueError:
            pass
    return text, False

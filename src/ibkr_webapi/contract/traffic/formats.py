"""Readers, one per recording format; `read_file` picks the right one for a file.

Each reader turns a parsed document into items and raises `FormatError` with the reason when
the document is not what its format says; `read_file` turns that into an `Unreadable` item.
Files are read whole, so their size is bounded first (MAX_FILE_BYTES).
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any, Literal

from ibkr_webapi.contract.traffic.items import (
    FlexFile,
    HttpExchange,
    Item,
    Unreadable,
    WsFrame,
    parsed_body,
)

MAX_FILE_BYTES = 256 << 20
"""Larger recordings are refused rather than read into memory."""
NATIVE_REST = "ibkr-webapi-cassette/"
NATIVE_WS = "ibkr-webapi-ws-frame/"
HAR_API_PREFIXES = ("/v1/api/", "/AccountManagement/FlexWebService/")
"""A browser's HAR records every request of the page: only these paths are API traffic."""


class FormatError(ValueError):
    """A document that does not follow the format it claims (or any format)."""


def read_file(path: Path) -> Iterator[Item]:
    """The items of one file; a file that cannot be read is one `Unreadable` item."""
    source = str(path)
    suffix = path.suffix.lower()
    if suffix in (".xml", ".csv"):
        yield FlexFile(source, path)
        return
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise FormatError(f"larger than {MAX_FILE_BYTES >> 20} MiB")
        text = path.read_text(encoding="utf-8-sig")
        items = list(_reader(suffix)(source, text))
    except (FormatError, OSError, UnicodeDecodeError) as error:
        yield Unreadable(source, str(error))
        return
    except (TypeError, ValueError, AttributeError, KeyError) as error:
        # A document of the right format with a field of the wrong shape ("status": "abc").
        yield Unreadable(source, f"malformed recording: {type(error).__name__}: {error}")
        return
    yield from items


def _reader(suffix: str) -> Callable[[str, str], Iterator[Item]]:
    if suffix in (".yaml", ".yml"):
        return read_vcr
    if suffix in (".jsonl", ".ndjson"):
        return read_json_lines
    return read_json_document


def _load_json(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError as error:
        raise FormatError(f"not JSON: {error}") from None


def read_json_document(source: str, text: str) -> Iterator[Item]:
    """A project cassette (REST or websocket) or a HAR file."""
    document = _load_json(text)
    if not isinstance(document, dict):
        raise FormatError("not a cassette, a HAR file or a VCR cassette")
    kind = str(document.get("format", ""))
    if kind.startswith(NATIVE_REST):
        yield _native_exchange(source, document)
    elif kind.startswith(NATIVE_WS):
        yield _native_frame(source, document)
    elif isinstance(document.get("log"), dict):
        yield from read_har(source, document)
    elif "interactions" in document:
        yield from _vcr_items(source, document)
    else:
        raise FormatError("a JSON document of no known format (no 'format', 'log' or "
                          "'interactions' key)")


def _direction(sent: bool) -> Literal["received", "sent"]:
    return "sent" if sent else "received"


def _field(mapping: Any, key: str, where: str) -> Any:
    if not isinstance(mapping, Mapping) or key not in mapping:
        raise FormatError(f"{where}: missing {key!r}")
    return mapping[key]


def _native_exchange(source: str, document: Mapping[str, Any]) -> HttpExchange:
    request, response = _field(document, "request", "cassette"), _field(document, "response",
                                                                           "cassette")
    query = request.get("query")
    body = response.get("body")
    content_type = str(response.get("content_type", "application/json"))
    return HttpExchange(
        source, str(_field(request, "method", "request")).upper(),
        str(_field(request, "path", "request")), int(_field(response, "status", "response")),
        content_type, body, json_body=not isinstance(body, str) or "json" in content_type,
        query=tuple((str(k), str(v)) for k, v in query.items()) if isinstance(query, dict)
        else None, query_complete=False)


def _native_frame(source: str, document: Mapping[str, Any]) -> WsFrame:
    frame = str(_field(document, "frame", "cassette"))
    return WsFrame(source, _direction(document.get("direction") == "sent"), frame)


# -- VCR.py ------------------------------------------------------------------------------


def read_vcr(source: str, text: str) -> Iterator[Item]:
    """A vcrpy cassette (YAML; JSON-serialised cassettes go through read_json_document)."""
    import yaml

    try:
        document = yaml.safe_load(text)
    except yaml.YAMLError as error:
        raise FormatError(f"not YAML: {error}") from None
    if not isinstance(document, dict) or "interactions" not in document:
        raise FormatError("not a VCR cassette (no 'interactions')")
    yield from _vcr_items(source, document)


def _header(headers: Any, name: str) -> str:
    for key, value in (headers or {}).items() if isinstance(headers, Mapping) else ():
        if str(key).lower() == name:
            return str(value[0] if isinstance(value, list) and value else value)
    return ""


def _text(value: Any) -> str | None:
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    return None if value is None else str(value)


def _vcr_items(source: str, document: Mapping[str, Any]) -> Iterator[HttpExchange]:
    interactions = document.get("interactions")
    if not isinstance(interactions, list):
        raise FormatError("'interactions' is not a list")
    for index, interaction in enumerate(interactions):
        where = f"{source}#{index}"
        request = _field(interaction, "request", where)
        response = _field(interaction, "response", where)
        status = _field(response, "status", where)
        code = status.get("code") if isinstance(status, Mapping) else status
        content_type = _header(response.get("headers"), "content-type")
        body_field = response.get("body")
        text = _text(body_field.get("string") if isinstance(body_field, Mapping) else body_field)
        body, is_json = parsed_body(text, content_type)
        request_text = _text(request.get("body"))
        yield HttpExchange(
            where, str(_field(request, "method", where)).upper(),
            str(_field(request, "uri", where)), int(str(code)), content_type, body, is_json,
            request_body=(request_text or "").encode("utf-8"))


# -- HAR ---------------------------------------------------------------------------------


def read_har(source: str, document: Mapping[str, Any]) -> Iterator[Item]:
    """HTTP exchanges on the API's paths, and the websocket messages Chrome keeps."""
    entries = document["log"].get("entries")
    if not isinstance(entries, list):
        raise FormatError("a HAR file without log.entries")
    for index, entry in enumerate(entries):
        where = f"{source}#{index}"
        request = _field(entry, "request", where)
        url = str(_field(request, "url", where))
        for number, message in enumerate(entry.get("_webSocketMessages") or []):
            if message.get("opcode", 1) == 1:
                yield WsFrame(f"{where}.ws{number}", _direction(message.get("type") == "send"),
                              str(message.get("data", "")))
        exchange = _har_exchange(where, entry, request, url)
        if exchange is not None:
            yield exchange


def _har_exchange(where: str, entry: Mapping[str, Any], request: Mapping[str, Any],
                  url: str) -> HttpExchange | None:
    response = _field(entry, "response", where)
    status = int(response.get("status") or 0)
    path = url.split("?", 1)[0].split("://", 1)[-1].partition("/")[2]
    if status in (0, 101) or not ("/" + path).startswith(HAR_API_PREFIXES):
        # Never answered, a websocket upgrade (its frames are items of their own), or not an
        # API request (the page, its scripts, other hosts).
        return None
    content = response.get("content") or {}
    text = content.get("text")
    if text is not None and content.get("encoding") == "base64":
        text = base64.b64decode(text).decode("utf-8", errors="replace")
    content_type = str(content.get("mimeType", ""))
    body, is_json = parsed_body(text, content_type)
    post = request.get("postData") or {}
    return HttpExchange(where, str(_field(request, "method", where)).upper(), url, status,
                        content_type, body, is_json,
                        request_body=str(post.get("text") or "").encode("utf-8"))


# -- websocket frames as JSON lines ------------------------------------------------------


def read_json_lines(source: str, text: str) -> Iterator[Item]:
    """One frame per line: a received frame's JSON, an outgoing frame's text (``tic``,
    ``smd+265598+{...}``), or ``{"direction": ..., "frame": "..."}``."""
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            yield _frame_of_line(f"{source}:{number}", line.strip())


def _frame_of_line(where: str, line: str) -> WsFrame:
    try:
        value = json.loads(line)
    except ValueError:
        return WsFrame(where, "sent", line)
    if isinstance(value, dict) and isinstance(value.get("frame"), str):
        return WsFrame(where, _direction(value.get("direction") == "sent"), value["frame"])
    return WsFrame(where, "received", line)

"""Contains some shared types for properties, and the one place a response body is decoded"""

import json
import math
from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar
from urllib.parse import quote

import httpx
from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


class InvalidPathParameter(ValueError):
    """A path parameter that cannot be sent as one path segment (it is empty)."""


def path_segment(name: str, value: object) -> str:
    """`value` as exactly one path segment, whatever it holds.

    Every reserved character is percent-encoded, and so are the dots of a segment made only of
    dots: ``.`` and ``..`` would otherwise be removed by URL normalisation and send the request
    to another endpoint (``cancel_order(account, "..")`` to ``DELETE /iserver/account/...``).
    An empty value would also change the path's shape, so it is refused before anything is sent.
    """
    text = str(value)
    if not text:
        raise InvalidPathParameter(f"path parameter {name!r} is empty")
    if text.strip(".") == "":
        return "%2E" * len(text)
    return quote(text, safe="")


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def _finite_float(text: str) -> float:
    value = float(text)
    if math.isinf(value):
        raise ValueError(f"number {text[:40]!r} is out of range")
    return value


# Built once: json.loads with arguments would build a decoder on every call.
_DECODER = json.JSONDecoder(parse_constant=_refuse_constant, parse_float=_finite_float)


def loads_json(content: bytes | str) -> Any:
    """Decode a JSON body strictly: NaN, Infinity and numbers out of a float's range are
    refused, and a body nested too deeply for the parser raises ValueError, not RecursionError,
    so every decoding failure is one exception type (UnicodeDecodeError is a ValueError)."""
    text = (
        content
        if isinstance(content, str)
        else content.decode(json.detect_encoding(content))
    )
    try:
        return _DECODER.decode(text)
    except RecursionError:
        raise ValueError("JSON nested too deeply to decode") from None


def decode_json(response: httpx.Response) -> Any:
    """The JSON body of `response`, decoded by `loads_json` (every generated parser uses it)."""
    return loads_json(response.content)


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "InvalidPathParameter",
    "RequestFiles",
    "Response",
    "Unset",
    "decode_json",
    "loads_json",
    "path_segment",
]

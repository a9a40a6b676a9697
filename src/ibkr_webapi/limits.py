"""Limits on what a server may make the client hold or wait for, and the one bounded reader.

Every download of the package (a REST response through the facade, a Flex envelope or report)
reads its body through `BoundedBody`: the body is decompressed here, chunk by chunk, never
past the limit (a 2 MB gzip bomb stops at the limit, not at 4 GB), and the call's deadline is
checked after every chunk (a server trickling one byte a second cannot hold a call longer
than its deadline).

=========================  ======================================================  =========
setting (variable)         what it bounds                                          default
=========================  ======================================================  =========
max_response_size          decoded bytes of one REST response                       16 MiB
(IBKR_MAX_RESPONSE_SIZE)
max_flex_report_size       decoded bytes of one Flex report written to disk         512 MiB
(IBKR_MAX_FLEX_REPORT_SIZE)
max_frame_size             bytes of one incoming websocket frame (larger ones are   1 MiB
(IBKR_MAX_FRAME_SIZE)      dropped and counted, the stream goes on)
=========================  ======================================================  =========

Exceeding one raises the caller's typed error naming the limit (`ResponseTooLargeError` for
the facade, ``FlexLimitError`` for Flex), whose ``limit`` attribute is the setting's name.

>>> body = BoundedBody("max_response_size", 10, encoding="identity")
>>> body.feed(b"0123456789")
b'0123456789'
>>> body.feed(b"!")
Traceback (most recent call last):
...
ibkr_webapi.limits.BodyLimitExceeded: the body exceeds max_response_size (10 bytes)
"""

from __future__ import annotations

import contextvars
import math
import time
import zlib
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import httpx

MiB = 1 << 20


@dataclass(frozen=True)
class Limits:
    """The size limits, with defaults that hold every real IBKR answer seen so far
    (`ibkr_webapi.settings.Settings.from_env` reads them from the variables above).

    >>> Limits().max_response_size
    16777216
    """

    max_response_size: int = 16 * MiB
    max_flex_report_size: int = 512 * MiB
    max_frame_size: int = 1 * MiB

    def __post_init__(self) -> None:
        for name in ("max_response_size", "max_flex_report_size", "max_frame_size"):
            if getattr(self, name) < 1:
                raise ValueError(f"{name} must be a positive number of bytes")


# ------------------------------------------------------------------------------ the deadline

@dataclass(frozen=True)
class Deadline:
    """An absolute end on `clock`; one per facade call, covering connect, pacing waits,
    retries and body reads.

    >>> Deadline.after(5.0, clock=lambda: 100.0).remaining()
    5.0
    """

    at: float
    clock: Callable[[], float] = time.monotonic

    @classmethod
    def after(cls, seconds: float, clock: Callable[[], float] = time.monotonic) -> Deadline:
        return cls(clock() + seconds, clock)

    def remaining(self) -> float:
        return self.at - self.clock()

    def passed(self) -> bool:
        return self.remaining() <= 0


_CALL_DEADLINE: contextvars.ContextVar[Deadline | None] = contextvars.ContextVar(
    "ibkr_call_deadline", default=None)


def current_deadline() -> Deadline | None:
    """The deadline of the facade call running in this thread or task, if any."""
    return _CALL_DEADLINE.get()


@contextmanager
def call_deadline(deadline: Deadline) -> Iterator[Deadline]:
    """Make `deadline` the current one for everything the call sends (the transport reads it)."""
    token = _CALL_DEADLINE.set(deadline)
    try:
        yield deadline
    finally:
        _CALL_DEADLINE.reset(token)


def finite_seconds(value: float | None, ceiling: float) -> float | None:
    """A server-given wait made safe: None when absent, negative or not a number; at most
    `ceiling` (``Retry-After: inf`` or ``1e12`` would otherwise overflow every sleep after it).

    >>> finite_seconds(float("inf"), 900.0), finite_seconds(12.0, 900.0), finite_seconds(-1, 9)
    (900.0, 12.0, None)
    """
    if value is None or math.isnan(value) or value < 0:
        return None
    return min(value, ceiling)


# ------------------------------------------------------------------------------ the reader

class BodyError(Exception):
    """Why `BoundedBody` stopped reading; callers turn it into their own typed error."""


class BodyLimitExceeded(BodyError):
    """The decoded body grew past a size limit; `limit` names the setting."""

    def __init__(self, limit: str, size: int) -> None:
        super().__init__(f"the body exceeds {limit} ({size} bytes)")
        self.limit = limit
        self.size = size


class BodyDeadlineExceeded(BodyError):
    """The call's deadline passed while the body was still arriving."""


class BodyUndecodable(BodyError):
    """The body's Content-Encoding is unknown, or its compressed data is corrupt."""


PIECE = 1 << 20
"""The most decoded bytes `BoundedBody.pieces` hands over at once."""

_WBITS = {"gzip": 16 + zlib.MAX_WBITS, "x-gzip": 16 + zlib.MAX_WBITS, "deflate": zlib.MAX_WBITS}


class BoundedBody:
    """Decodes a body's raw chunks (``identity``, ``gzip`` or ``deflate``), refusing to
    produce more than `size` bytes and, with a `deadline`, to go on after it."""

    def __init__(self, limit: str, size: int, *, encoding: str = "identity",
                 deadline: Deadline | None = None) -> None:
        self.limit, self.size, self.deadline = limit, size, deadline
        self.received = 0
        self._encoding = encoding.strip().lower() or "identity"
        self._zlib = None
        if self._encoding in _WBITS:
            self._zlib = zlib.decompressobj(_WBITS[self._encoding])
        elif self._encoding != "identity":
            raise BodyUndecodable(f"unsupported Content-Encoding {encoding[:40]!r}")

    def feed(self, raw: bytes) -> bytes:
        """The decoded bytes of `raw`; raises a `BodyError` subclass when a bound is hit."""
        return b"".join(self.pieces(raw))

    def pieces(self, raw: bytes) -> Iterator[bytes]:
        """The decoded bytes of `raw` in pieces of at most `PIECE` bytes, so a writer to disk
        never holds more than one piece, however well `raw` compresses."""
        if self.deadline is not None and self.deadline.passed():
            raise BodyDeadlineExceeded(f"the deadline passed after {self.received} bytes")
        if self._zlib is None:
            yield self._counted(raw)
            return
        data = raw
        while True:
            yield self._counted(self._inflate(data, min(self.size - self.received, PIECE)))
            data = self._zlib.unconsumed_tail
            if not data:
                return

    def _counted(self, data: bytes) -> bytes:
        self.received += len(data)
        if self.received > self.size:
            raise BodyLimitExceeded(self.limit, self.size)
        return data

    def _inflate(self, raw: bytes, room: int) -> bytes:
        assert self._zlib is not None
        try:
            # Never more than one byte past the room, whatever the compression ratio.
            data = self._zlib.decompress(raw, room + 1)
        except zlib.error as error:
            if self._encoding == "deflate" and self.received == 0 and not self._zlib.eof:
                self._zlib = zlib.decompressobj(-zlib.MAX_WBITS)  # raw deflate, as httpx does
                self._encoding = "raw-deflate"
                return self._inflate(raw, room)
            raise BodyUndecodable(f"corrupt {self._encoding} data: {error}") from None
        return data

    def finish(self) -> bytes:
        """What the decompressor still holds (within the limit)."""
        if self._zlib is None:
            return b""
        data = self._zlib.flush(self.size - self.received + 1)
        self.received += len(data)
        if self.received > self.size:
            raise BodyLimitExceeded(self.limit, self.size)
        return data

    def read_all(self, chunks: Iterator[bytes]) -> bytes:
        """Every chunk decoded and joined, within the bounds."""
        parts = [self.feed(chunk) for chunk in chunks]
        parts.append(self.finish())
        return b"".join(parts)


def response_body(response: httpx.Response, limit: str, size: int,
                  deadline: Deadline | None) -> BoundedBody:
    """The bounded reader for `response`'s body, decoding its Content-Encoding. A response
    built with its content (``httpx.MockTransport``) holds it decoded already."""
    encoding = ("identity" if response.is_stream_consumed
                else response.headers.get("content-encoding", "identity"))
    return BoundedBody(limit, size, encoding=encoding, deadline=deadline)


def raw_chunks(response: httpx.Response) -> Iterator[bytes]:
    """The body's bytes as they came (still encoded), for `response_body` to decode."""
    return iter([response.content]) if response.is_stream_consumed else response.iter_raw()


async def araw_chunks(response: httpx.Response) -> AsyncIterator[bytes]:
    """The asyncio twin of `raw_chunks`."""
    if response.is_stream_consumed:
        yield response.content
        return
    async for chunk in response.aiter_raw():
        yield chunk

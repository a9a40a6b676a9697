"""What the hostile tests share: the bounds check, a raw socket server, hostile bodies."""

from __future__ import annotations

import gc
import socket
import threading
import time
import tracemalloc
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import httpx
from hostile_attacks import ATTACKS

MiB = 1 << 20
RESULTS: dict[str, tuple[str, float, float]] = {}
"""attack -> (outcome, peak MiB, seconds), printed at the end of the run (see conftest)."""


@dataclass
class Measured:
    outcome: str = "ok"
    peak_mib: float = 0.0
    seconds: float = 0.0
    error: BaseException | None = None


@contextmanager
def attack(name: str, expected: type[BaseException] | tuple[type[BaseException], ...] | None
           = None) -> Iterator[Measured]:
    """``with attack(name, ErrorType):`` the block must raise `expected` (or nothing, when
    None), with traced memory (tracemalloc) and wall time within the attack's row of the
    matrix."""
    row = ATTACKS[name]
    measured = Measured()
    gc.collect()
    tracemalloc.start()
    started = time.perf_counter()
    raised: BaseException | None = None
    try:
        yield measured
    except Exception as error:
        raised = error
    finally:
        measured.seconds = time.perf_counter() - started
        measured.peak_mib = tracemalloc.get_traced_memory()[1] / MiB
        tracemalloc.stop()
    measured.outcome = "ok" if raised is None else type(raised).__name__
    measured.error = raised
    RESULTS[name] = (measured.outcome, measured.peak_mib, measured.seconds)
    if expected is None and raised is not None:
        raise raised
    if expected is not None and not isinstance(raised, expected):
        raise AssertionError(f"{name}: expected {expected}, got {raised!r}") from raised
    assert measured.peak_mib <= row.max_mib, (
        f"{name}: peak {measured.peak_mib:.1f} MiB > {row.max_mib} MiB")
    assert measured.seconds <= row.max_seconds, (
        f"{name}: {measured.seconds:.1f} s > {row.max_seconds} s")


# --------------------------------------------------------------------------- hostile bodies

def gzip_bomb(expanded: int) -> bytes:
    """A gzip body of `expanded` zero bytes (about a thousandth of that on the wire)."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    block = bytes(MiB)
    parts = [compressor.compress(block) for _ in range(expanded // MiB)]
    parts.append(compressor.flush())
    return b"".join(parts)


def deep_json(depth: int = 100_000) -> bytes:
    return b"[" * depth + b"]" * depth


class ChunkStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body served chunk by chunk, optionally failing after some chunks."""

    def __init__(self, chunks: list[bytes], fail_after: int | None = None) -> None:
        self._chunks = chunks
        self._fail_after = fail_after

    def __iter__(self) -> Iterator[bytes]:
        for index, chunk in enumerate(self._chunks):
            if self._fail_after is not None and index >= self._fail_after:
                raise httpx.RemoteProtocolError("peer closed connection without sending "
                                                "complete message body")
            yield chunk

    async def __aiter__(self):  # type: ignore[no-untyped-def]
        for chunk in self.__iter__():
            yield chunk


# --------------------------------------------------------------------------- a raw server

@dataclass
class RawServer:
    """A TCP server on localhost whose `serve(connection)` writes whatever it likes: a body
    that trickles in a byte at a time, a connection cut mid-body."""

    serve: Callable[[socket.socket], None]
    _socket: socket.socket = field(init=False)
    _threads: list[threading.Thread] = field(default_factory=list)
    _stop: threading.Event = field(default_factory=threading.Event)

    def __post_init__(self) -> None:
        self._socket = socket.create_server(("127.0.0.1", 0))
        self._socket.settimeout(0.2)
        thread = threading.Thread(target=self._accept, daemon=True)
        thread.start()
        self._threads.append(thread)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._socket.getsockname()[1]}"

    @property
    def stopped(self) -> threading.Event:
        return self._stop

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                connection, _ = self._socket.accept()
            except OSError:
                continue
            thread = threading.Thread(target=self._handle, args=(connection,), daemon=True)
            thread.start()
            self._threads.append(thread)

    def _handle(self, connection: socket.socket) -> None:
        with connection:
            try:
                _read_request(connection)
                self.serve(connection)
            except OSError:
                pass

    def close(self) -> None:
        self._stop.set()
        self._socket.close()


def _read_request(connection: socket.socket) -> bytes:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = connection.recv(65536)
        if not chunk:
            break
        data += chunk
    return data


def trickle(stop: threading.Event, content_type: str = "application/json",
            every: float = 0.1, for_seconds: float = 30.0) -> Callable[[socket.socket], None]:
    """Headers at once, then one byte of body every `every` seconds for `for_seconds`."""
    total = int(for_seconds / every) + 2

    def serve(connection: socket.socket) -> None:
        connection.sendall(f"HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\n"
                           f"Content-Length: {total}\r\n\r\n[".encode())
        for _ in range(total - 2):
            if stop.wait(every):
                return
            connection.sendall(b" ")
        connection.sendall(b"]")

    return serve

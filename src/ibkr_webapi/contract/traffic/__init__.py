"""Recorded traffic in every format `ibkr-webapi contract check` reads, as one item stream.

Formats, recognised by content first and by extension second:

- this project's cassettes (``ibkr-webapi-cassette/1`` REST exchanges and
  ``ibkr-webapi-ws-frame/1`` websocket frames, contract_tests/cassettes/README.md);
- VCR.py YAML cassettes (vcrpy, pytest-recording);
- HAR files (browsers, mitmproxy, Charles), websocket messages of Chrome's HAR included;
- websocket frames as JSON lines (``.jsonl``, ``.ndjson``): one frame per line;
- Flex reports (``.xml``, ``.csv``).

A folder is read recursively, in name order; files of other types in it are skipped. A file
that cannot be read becomes an `Unreadable` item, never an exception.

Example:
    >>> import json, pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "frames.jsonl").write_text('{"topic": "system", "hb": 1}\\n')
    >>> [type(item).__name__ for item in read_paths([folder])]
    ['WsFrame']
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from ibkr_webapi.contract.traffic.formats import read_file
from ibkr_webapi.contract.traffic.items import (
    FlexFile,
    HttpExchange,
    Item,
    Unreadable,
    WsFrame,
)

__all__ = ["FlexFile", "HttpExchange", "Item", "Unreadable", "WsFrame", "read_paths"]

KNOWN_SUFFIXES = frozenset({".json", ".yaml", ".yml", ".har", ".jsonl", ".ndjson", ".xml",
                            ".csv"})


def read_paths(paths: Iterable[Path]) -> Iterator[Item]:
    """Every item of every file named or found in a named folder."""
    for path in paths:
        if path.is_dir():
            for file in sorted(p for p in path.rglob("*") if p.is_file()):
                if file.suffix.lower() in KNOWN_SUFFIXES:
                    yield from read_file(file)
        elif path.is_file():
            yield from read_file(path)
        else:
            yield Unreadable(str(path), "no such file or folder")

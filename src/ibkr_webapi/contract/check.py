"""Check recorded traffic (files and folders, every supported format) against the contract.

Example:
    >>> import json, pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> cassette = {"format": "ibkr-webapi-cassette/1",
    ...             "request": {"method": "POST", "path": "/iserver/auth/status"},
    ...             "response": {"status": 200, "body": {"authenticated": "yes"}}}
    >>> _ = (folder / "status.json").write_text(json.dumps(cassette))
    >>> [(row.operation, row.kind, row.json_path) for item in check_paths([folder])
    ...  for row in item.rows if row.kind == "violation"]
    [('get_brokerage_session_status', 'violation', '$.authenticated')]
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from ibkr_webapi.contract.exchange_check import ExchangeChecker
from ibkr_webapi.contract.flex_check import check_flex
from ibkr_webapi.contract.frame_check import FrameChecker
from ibkr_webapi.contract.results import Checked, Row
from ibkr_webapi.contract.traffic import FlexFile, HttpExchange, Unreadable, WsFrame, read_paths


class TrafficChecker:
    """Checks items of every kind; the HTTP and websocket checkers are built on first use."""

    def __init__(self) -> None:
        self._exchanges: ExchangeChecker | None = None
        self._frames: FrameChecker | None = None

    def check(self, item: HttpExchange | WsFrame | FlexFile | Unreadable) -> Checked:
        if isinstance(item, HttpExchange):
            self._exchanges = self._exchanges or ExchangeChecker()
            return self._exchanges.check(item)
        if isinstance(item, WsFrame):
            self._frames = self._frames or FrameChecker()
            return self._frames.check(item)
        if isinstance(item, FlexFile):
            return check_flex(item)
        row = Row("(unreadable)", item.source, item.source, "file", "unreadable", "", item.reason)
        return Checked(row.operation, item.source, item.source, (row,))


def check_paths(paths: Iterable[Path]) -> list[Checked]:
    """Every item of every path, checked, in reading order."""
    checker = TrafficChecker()
    return [checker.check(item) for item in read_paths(paths)]

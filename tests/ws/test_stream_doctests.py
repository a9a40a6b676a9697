"""The runnable examples in the docstrings of the stream client and mock websocket modules."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = [
    "ibkr_webapi.ws.feeds",
    "ibkr_webapi.ws.resilience",
    "ibkr_webapi.ws.stream",
    "ibkr_webapi.ws.stream_errors",
    "ibkr_webapi.ws.subscriptions",
    "ibkr_webapi.ws.sync",
    "ibkr_webapi.mock.websocket",
    "ibkr_webapi.mock.ws_account_frames",
    "ibkr_webapi.mock.ws_controls",
    "ibkr_webapi.mock.ws_market_frames",
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    results = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert results.attempted > 0, f"{name} has no runnable example"
    assert results.failed == 0

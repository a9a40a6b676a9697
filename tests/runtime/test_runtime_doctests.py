"""The runnable examples in the runtime's docstrings stay true."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = [
    "ibkr_webapi.client",
    "ibkr_webapi.errors",
    "ibkr_webapi.masking",
    "ibkr_webapi.orders",
    "ibkr_webapi.pacing",
    "ibkr_webapi.retries",
    "ibkr_webapi.routes",
    "ibkr_webapi.settings",
    "ibkr_webapi.targets",
    "ibkr_webapi.transport",
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
    assert result.attempted > 0

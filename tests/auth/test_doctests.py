"""The runnable examples in the docstrings of every public module stay true."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = [
    "ibkr_auth",
    "ibkr_auth.base_string",
    "ibkr_auth.clock",
    "ibkr_auth.config",
    "ibkr_auth.crypto",
    "ibkr_auth.errors",
    "ibkr_auth.flex_token",
    "ibkr_auth.gateway",
    "ibkr_auth.keys",
    "ibkr_auth.redaction",
    "ibkr_auth.secret",
    "ibkr_auth.single_flight",
    "ibkr_auth.third_party",
    "ibkr_auth.token_requests",
    "ibkr_auth.websocket",
    "ibkr_webapi.session_keeper",
    "ibkr_webapi.mock.oauth_verifier",
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
    assert result.attempted > 0

"""The docstring examples of the trading-domain modules run and hold."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = [f"ibkr_webapi.mock.world.{name}" for name in (
    "accounts", "analyst", "book", "costs", "lists", "orders", "pricing", "questions",
    "seeding", "trading", "trading_views", "valuation", "what_if")] + [
    f"ibkr_webapi.mock.handlers.{name}" for name in (
        "accounts", "alerts", "fa_allocation", "order_monitoring", "orders", "portfolio",
        "portfolio_analyst", "watchlists")] + ["ibkr_webapi.mock.flex_report"]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name))
    assert result.attempted > 0 and result.failed == 0

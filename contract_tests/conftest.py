"""Shared fixtures of the contract suite: the effective spec and its validator."""

from __future__ import annotations

from typing import Any

import pytest

from contract_support import load_spec
from ibkr_webapi.contract.validation import SpecValidator


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    return load_spec()


@pytest.fixture(scope="session")
def validator(spec: dict[str, Any]) -> SpecValidator:
    return SpecValidator(spec)

"""Shared fixtures of the contract suite: the effective spec and where the captures live."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from ibkr_webapi.contract.validation import SpecValidator

ROOT = Path(__file__).resolve().parent.parent
EFFECTIVE_SPEC = ROOT / "generated" / "openapi.json"
CAPTURES = Path(os.environ.get("IBKR_CAPTURES", ROOT.parent / "shared" / "captures"))


def load_spec() -> dict[str, Any]:
    return json.loads(EFFECTIVE_SPEC.read_text(encoding="utf-8"))


def captures_dir() -> Path:
    """The recorded captures; their absence is a broken checkout, not a reason to skip."""
    rest = CAPTURES / "rest"
    if not rest.is_dir():
        raise RuntimeError(f"captures not found at {rest}: put ../shared beside the project")
    return rest


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    return load_spec()


@pytest.fixture(scope="session")
def validator(spec: dict[str, Any]) -> SpecValidator:
    return SpecValidator(spec)

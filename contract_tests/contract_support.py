"""Paths and loaders shared by the contract suite (a module of its own: every test folder
has a conftest.py, so importing helpers "from conftest" would pick whichever loaded first)."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
EFFECTIVE_SPEC = ROOT / "generated" / "openapi.json"
CAPTURES = Path(os.environ.get("IBKR_CAPTURES", ROOT.parent / "shared" / "captures"))


def load_spec() -> dict[str, Any]:
    spec: dict[str, Any] = json.loads(EFFECTIVE_SPEC.read_text(encoding="utf-8"))
    return spec


def captures_dir() -> Path:
    """The recorded captures; their absence is a broken checkout, not a reason to skip."""
    rest = CAPTURES / "rest"
    if not rest.is_dir():
        raise RuntimeError(f"captures not found at {rest}: put ../shared beside the project")
    return rest

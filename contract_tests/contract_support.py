"""Paths and loaders shared by the contract suite (a module of its own: every test folder
has a conftest.py, so importing helpers "from conftest" would pick whichever loaded first)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
EFFECTIVE_SPEC = ROOT / "generated" / "openapi.json"
# Everything the suite replays is committed here (tools/import_captures.py brings new material).
CASSETTES = ROOT / "contract_tests" / "cassettes"
FLEX_SAMPLES = ROOT / "contract_tests" / "flex" / "samples"
FACTS = ROOT / "contract_tests" / "facts"


def load_spec() -> dict[str, Any]:
    spec: dict[str, Any] = json.loads(EFFECTIVE_SPEC.read_text(encoding="utf-8"))
    return spec


def captures_dir() -> Path:
    """The recorded REST cassettes; their absence is a broken checkout, not a reason to skip."""
    rest = CASSETTES / "rest"
    if not any(rest.glob("*.json")):
        raise RuntimeError(f"no cassettes at {rest}: run tools/import_captures.py and commit")
    return rest

"""The README's "write your first bot" section runs against the mock exactly as written."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HEADING = "## Write your first bot"
README = ROOT / "README.md"


def first_bot_snippet() -> str:
    text = README.read_text(encoding="utf-8")
    assert HEADING in text, f"README.md has no {HEADING!r} section"
    section = text.split(HEADING, 1)[1].split("\n## ", 1)[0]
    found = re.search(r"```python\n(.*?)```", section, re.DOTALL)
    assert found, "README.md: the first-bot section has no python code block"
    return found.group(1)


def test_the_first_bot_runs_against_the_mock(monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("IBKR_TARGET", "mock")
    namespace: dict[str, object] = {}
    exec(compile(first_bot_snippet(), "README.md (first bot)", "exec"), namespace)
    printed = capsys.readouterr().out
    assert "AAPL" in printed
    assert re.search(r"placed order \d+ ", printed)

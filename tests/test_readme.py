"""The README's mock-server example runs as written and prints what its comments say."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

README = Path(__file__).resolve().parents[1] / "README.md"


def python_block(heading: str) -> str:
    section = README.read_text(encoding="utf-8").split(heading, 1)[1].split("\n## ", 1)[0]
    found = re.search(r"```python\n(.*?)```", section, re.DOTALL)
    assert found, f"README.md: {heading!r} has no python code block"
    return found.group(1)


def test_the_mock_server_example(capsys: pytest.CaptureFixture[str]) -> None:
    exec(compile(python_block("## The mock server"), "README.md (mock)", "exec"), {})
    assert capsys.readouterr().out.split() == ["U1234567", "2"]

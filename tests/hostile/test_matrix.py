"""The matrix in hostile_attacks.py and the tests agree: every row has a test, every test a row."""

from __future__ import annotations

import re
from pathlib import Path

from hostile_attacks import ATTACKS

HERE = Path(__file__).parent


def test_every_attack_has_a_test_and_every_test_a_row() -> None:
    sources = "\n".join(path.read_text() for path in HERE.glob("test_*.py"))
    named = set(re.findall(r'"([a-z0-9_]+)"', sources)) & set(ATTACKS)
    assert set(ATTACKS) - named == set()
    used = set(re.findall(r'attack\("([a-z0-9_]+)"', sources))
    assert used - set(ATTACKS) == set()


def test_the_matrix_parses() -> None:
    assert len(ATTACKS) >= 40
    assert all(row.max_mib > 0 and row.max_seconds > 0 for row in ATTACKS.values())

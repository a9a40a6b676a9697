"""The repository stands alone: nothing in it reads the workplace's folder of shared material
beside it, except the import tool and the documentation checker's optional --doc (both for
maintainers)."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ALLOWED = {"tools/import_captures.py", "tools/doc_coverage.py"}
SKIPPED_DIRS = {".git", ".nox", "node_modules", ".venv", "__pycache__", ".mypy_cache",
                ".ruff_cache", ".pytest_cache", "reports", "site", "dist", "build"}  # fmt: skip
READERS = {".py", ".toml", ".cfg", ".ini", ".yaml", ".yml", ".json", ".sh", ""}
# A path to the sibling folder, written as text or joined with pathlib.
SHARED = re.compile(r"\.\./shared\b|parent\s*/\s*[\"']shared[\"']|[\"']shared[\"']\s*/")


def repository_files() -> list[Path]:
    files = []
    for path in ROOT.rglob("*"):
        parts = set(path.relative_to(ROOT).parts)
        if path.is_file() and not parts & SKIPPED_DIRS and path.suffix in READERS:
            files.append(path)
    return files


def test_no_file_reaches_outside_the_repository() -> None:
    offenders = [
        str(path.relative_to(ROOT))
        for path in repository_files()
        if str(path.relative_to(ROOT)) not in ALLOWED
        and SHARED.search(path.read_text(encoding="utf-8", errors="replace"))
    ]
    assert offenders == []


def test_the_check_would_catch_a_reader() -> None:
    name = '"' + 'shared"'  # spelt in pieces, so this file is not an offender itself
    assert SHARED.search(f"SAMPLES = ROOT.parent / {name} / 'flex-samples'")
    assert SHARED.search("python tools/x.py --from " + ".." + "/shared/captures")
    assert not SHARED.search("shared by threads and tasks")

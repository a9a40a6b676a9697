"""Regenerate into a scratch folder and fail, printing the diff, if generated/ differs.

CI runs it (`nox -s check_generated`): generated/ must always be what the spec, the overlays
and the templates produce, never a hand edit and never stale.
"""

from __future__ import annotations

import difflib
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import ROOT, generate


def files_under(root: Path) -> dict[str, bytes]:
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        # caches (__pycache__, .mypy_cache) are not generator output and are git-ignored
        if path.is_file()
        and not any(part.startswith((".", "__pycache__")) for part in path.relative_to(root).parts)
    }


def differences(committed: Path, fresh: Path) -> list[str]:
    """A unified diff (or a one-line note for binary or missing files) per differing file."""
    old, new = files_under(committed), files_under(fresh)
    report = []
    for name in sorted(old.keys() | new.keys()):
        if old.get(name) == new.get(name):
            continue
        before = old.get(name, b"").decode("utf-8", "replace").splitlines(keepends=True)
        after = new.get(name, b"").decode("utf-8", "replace").splitlines(keepends=True)
        label = "generated/" + name
        report.append("".join(difflib.unified_diff(before, after, label, label + " (fresh)")))
    return report


def main() -> int:
    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch) / "generated"
        generate(fresh)
        report = differences(ROOT / "generated", fresh)
    if report:
        print("".join(report))
        print(f"generated/ is stale in {len(report)} file(s): run `nox -s generate` and commit.")
        return 1
    print("generated/ matches a fresh generation.")
    return 0


if __name__ == "__main__":
    sys.exit(main())

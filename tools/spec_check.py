"""Check the effective spec, or a section file being written, before it is wired in.

    python tools/spec_check.py                                   # the whole effective spec
    python tools/spec_check.py --section spec/openapi/alerts.yaml \\
        --overlay-draft overlay/drafts/alerts.yaml --codegen    # one section, with the generator

It runs openapi-spec-validator, validates every example against its schema, validates every
capture in contract_tests/cassettes/rest whose operation the checked paths serve, and with --codegen
runs openapi-python-client (--fail-on-warning) into a scratch folder. Exit status 1 on any problem.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "tools"), str(ROOT / "src")]

from openapi_spec_validator import validate  # noqa: E402

from generate import EVIDENCE_ROOT, effective_spec  # noqa: E402
from ibkr_webapi.codegen.generator import run_openapi_python_client  # noqa: E402
from ibkr_webapi.contract.captures import check_capture, iter_captures  # noqa: E402
from ibkr_webapi.contract.examples import iter_examples  # noqa: E402
from ibkr_webapi.contract.validation import SpecValidator, find_operation  # noqa: E402


def section_paths(sections: list[Path]) -> set[str] | None:
    if not sections:
        return None
    from bundle import load_yaml

    return {path for section in sections for path in (load_yaml(section).get("paths") or {})}


def example_problems(validator: SpecValidator) -> list[str]:
    found = []
    for example in iter_examples(validator.spec):
        for problem in validator.problems(example.schema_pointer, example.value):
            found.append(f"example {example.where}: {problem}")
    return found


def capture_problems(validator: SpecValidator, paths: set[str] | None) -> tuple[int, list[str]]:
    checked, found = 0, []
    for capture in iter_captures(EVIDENCE_ROOT / "rest"):
        operation = find_operation(validator.spec, capture.method, capture.path)
        if paths is not None and (operation is None or operation.path not in paths):
            continue
        checked += 1
        found += [f"capture {problem}" for problem in check_capture(validator, capture)]
    return checked, found


def codegen_problems(spec: dict[str, Any]) -> list[str]:
    with tempfile.TemporaryDirectory() as scratch:
        spec_path = Path(scratch) / "openapi.json"
        spec_path.write_text(json.dumps(spec), encoding="utf-8")
        try:
            run_openapi_python_client(spec_path, Path(scratch) / "ibkr_client")
        except Exception as exc:  # the generator printed its own report above
            return [f"codegen: openapi-python-client failed ({exc})"]
    return []


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--section", type=Path, action="append", default=[])
    parser.add_argument("--overlay-draft", type=Path, action="append", default=[])
    parser.add_argument("--codegen", action="store_true")
    args = parser.parse_args()
    spec = effective_spec(args.section, args.overlay_draft)
    validate(spec)
    validator = SpecValidator(spec)
    problems = example_problems(validator)
    checked, found = capture_problems(validator, section_paths(args.section))
    problems += found
    if args.codegen:
        problems += codegen_problems(spec)
    print("\n".join(problems))
    operations = sum(1 for item in spec["paths"].values() for key in item if key != "parameters")
    print(f"{operations} operations, {checked} captures checked, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

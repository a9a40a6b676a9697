"""The main job, `nox -s demo`: recorded IBKR sessions replayed through the generated client.

Every recorded response of the operations the spec covers (../shared/captures/rest) becomes a
VCR cassette; each is replayed through its generated function with the network blocked, and
the parsed, typed model is printed. No credentials, no network.

Run it with `python -m ibkr_webapi.demo [--captures DIR]`.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ibkr_webapi.contract.cassettes import CassetteSource, sources_from_captures, write_cassettes
from ibkr_webapi.contract.replay import replay
from ibkr_webapi.contract.validation import SpecValidator, iter_operations

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_CAPTURES = ROOT.parent / "shared" / "captures" / "rest"
SPEC = ROOT / "generated" / "openapi.json"
VALUE_WIDTH = 60


def describe(model: Any) -> list[tuple[str, str]]:
    """(field, value) rows of a parsed model, a list of models, or an error body."""
    if isinstance(model, list):
        return [(f"[{index}]", _short(item)) for index, item in enumerate(model)] or [("[]", "")]
    if hasattr(model, "to_dict"):
        return [(key, _short(value)) for key, value in model.to_dict().items()] or [("{}", "")]
    return [("value", _short(model))]


def _short(value: Any) -> str:
    if hasattr(value, "to_dict"):
        value = value.to_dict()
    text = value if isinstance(value, str) else json.dumps(value, default=str)
    return text if len(text) <= VALUE_WIDTH else text[: VALUE_WIDTH - 3] + "..."


def print_table(title: str, rows: Iterable[tuple[str, str]]) -> None:
    rows = list(rows)
    width = max((len(key) for key, _ in rows), default=0)
    print(f"\n{title}")
    print("-" * len(title))
    for key, value in rows:
        print(f"  {key:<{width}}  {value}")


def run(captures: Path) -> int:
    spec = json.loads(SPEC.read_text(encoding="utf-8"))
    validator = SpecValidator(spec)
    operations = {op.operation_id: op for op in iter_operations(spec)}
    sources: list[CassetteSource] = sources_from_captures(spec, captures)
    with tempfile.TemporaryDirectory() as scratch:
        write_cassettes(sources, Path(scratch))
        for source in sources:
            operation = operations[source.operation_id]
            cassette = Path(scratch) / f"{source.name}.yaml"
            parsed = replay(cassette, validator, operation, source.concrete_path)
            title = f"{source.method} {source.concrete_path} -> {source.status} "
            title += f"{type(parsed).__name__} ({source.name})"
            print_table(title, describe(parsed))
    print(f"\nReplayed {len(sources)} recorded responses through the generated client.")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--captures", type=Path, default=DEFAULT_CAPTURES)
    return run(parser.parse_args().captures)


if __name__ == "__main__":
    raise SystemExit(main())

"""Import recorded traffic, Flex samples and IBKR's reference into the repository.

    python tools/import_captures.py [--from ../shared] [--check]

The repository stands alone: the contract suite replays cassettes committed under
contract_tests/, never the folder new recordings arrive in. Maintainers run this tool when new
material arrives there and commit what it writes:

- `captures/rest/*.json` and `captures/ws/*.json` become cassettes in the project's format
  (contract_tests/cassettes/README.md), one file per recorded exchange, same file name;
- `captures/OBSERVED-DEVIATIONS.md` is copied beside them (overlay actions cite it);
- `flex-samples/` (XML and `csv/`, with their PROVENANCE.md) are copied byte for byte into
  contract_tests/flex/samples/;
- `reference/` (IBKR's published OpenAPI document and its later operation index) becomes facts
  in contract_tests/facts/reference/: each operation's method, path and the response
  properties it names.

Idempotent: a second run writes nothing. It reports each file as new, changed or unchanged; a
REST capture the effective spec refuses is imported all the same (the recording is the truth and
the contract suite then says what to fix) and listed as rejected with the reasons, and the exit
status is 1. A capture of a path the spec has no operation for (a 404 page of a mistyped path,
or an endpoint the contract lacks) is listed as unmatched: the contract suite keeps an explicit
list of those it accepts. `--check` writes nothing and exits 1 if anything would change.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from reference_facts import reference_facts  # noqa: E402  (tools/, next to this file)

from ibkr_webapi.contract.captures import Capture, check_capture  # noqa: E402
from ibkr_webapi.contract.validation import SpecValidator, find_operation  # noqa: E402

# Where each kind of material lands, relative to the repository root.
CASSETTES = Path("contract_tests/cassettes")
FLEX_SAMPLES = Path("contract_tests/flex/samples")
FACTS = Path("contract_tests/facts/reference")
EFFECTIVE_SPEC = ROOT / "generated" / "openapi.json"
FORMAT = "ibkr-webapi-cassette/1"
WS_FORMAT = "ibkr-webapi-ws-frame/1"
# Flags a capture may carry about its own reliability; kept verbatim as caveats.
CAVEATS = (
    "path_uncertain",
    "reconstructed_from_table",
    "body_wrapper_reconstructed",
    "body_format",
)


def provenance(raw: dict[str, Any], origin: str) -> dict[str, Any]:
    source = raw.get("source") or {}
    return {
        "repo": source.get("repo", ""),
        "file": source.get("file_or_issue", ""),
        "commit": source.get("commit_or_url", ""),
        "confidence": raw.get("confidence", "recorded"),
        "imported_from": origin,
    }


def content_type(body: Any) -> str:
    if isinstance(body, str):
        return "text/html" if body.lstrip().startswith("<") else "text/plain"
    return "application/json"


def rest_cassette(raw: dict[str, Any], origin: str) -> dict[str, Any]:
    """The project's cassette for one capture of the `captures/rest` format."""
    request: dict[str, Any] = {
        "method": raw["method"].upper(),
        "path": raw.get("concrete_path") or raw["path"],
        "operation_path": raw["path"],
    }
    if raw.get("query"):
        request["query"] = raw["query"]
    body = raw.get("body")
    cassette: dict[str, Any] = {
        "format": FORMAT,
        "request": request,
        "response": {
            "status": int(raw["status"]),
            "content_type": content_type(body),
            "body": body,
        },
        "provenance": provenance(raw, origin),
        "notes": raw.get("notes", ""),
    }
    caveats = {name: raw[name] for name in CAVEATS if name in raw}
    if caveats:
        cassette["caveats"] = caveats
    return cassette


def ws_cassette(raw: dict[str, Any], origin: str) -> dict[str, Any]:
    """The project's record of one websocket frame: the text exactly as the server sent it."""
    message = raw["message"]
    return {
        "format": WS_FORMAT,
        "topic": raw["topic"],
        "direction": "received",
        "frame": message if isinstance(message, str) else json.dumps(message),
        "provenance": provenance(raw, origin),
        "notes": raw.get("notes", ""),
    }


def dump(document: Any) -> bytes:
    return (json.dumps(document, indent=1, ensure_ascii=False, sort_keys=False) + "\n").encode()


@dataclass
class Report:
    new: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    unchanged: int = 0
    rejected: list[str] = field(default_factory=list)
    unmatched: list[str] = field(default_factory=list)

    def record(self, root: Path, target: Path, content: bytes, *, write: bool) -> None:
        label = str(target)
        target = root / target
        if not target.exists():
            self.new.append(label)
        elif target.read_bytes() != content:
            self.changed.append(label)
        else:
            self.unchanged += 1
            return
        if write:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(content)

    def print(self) -> None:
        for kind in ("new", "changed", "unmatched", "rejected"):
            for item in getattr(self, kind):
                print(f"{kind:>9}  {item}")
        print(
            f"{len(self.new)} new, {len(self.changed)} changed, {self.unchanged} unchanged, "
            f"{len(self.unmatched)} unmatched, {len(self.rejected)} rejected"
        )


def planned_files(source: Path) -> Iterator[tuple[Path, bytes]]:
    """Every file the import writes (relative to the repository root), with its content, from a
    folder shaped like ../shared."""
    captures = source / "captures"
    for path in sorted((captures / "rest").glob("*.json")):
        raw = json.loads(path.read_text(encoding="utf-8"))
        yield CASSETTES / "rest" / path.name, dump(rest_cassette(raw, f"rest/{path.name}"))
    for path in sorted((captures / "ws").glob("*.json")):
        raw = json.loads(path.read_text(encoding="utf-8"))
        yield CASSETTES / "ws" / path.name, dump(ws_cassette(raw, f"ws/{path.name}"))
    deviations = captures / "OBSERVED-DEVIATIONS.md"
    if deviations.is_file():
        yield CASSETTES / deviations.name, deviations.read_bytes()
    samples = source / "flex-samples"
    for path in sorted([*samples.glob("*.xml"), *samples.glob("csv/*"), *samples.glob("*.md")]):
        yield FLEX_SAMPLES / path.relative_to(samples), path.read_bytes()
    reference = source / "reference"
    for path in sorted(reference.glob("ibkr-openapi-*.json")):
        facts = reference_facts(json.loads(path.read_text(encoding="utf-8")))
        yield FACTS / f"{path.stem}-facts.json", dump(facts)
    for path in sorted([*reference.glob("*.txt"), *reference.glob("*.md")]):
        yield FACTS / path.name, path.read_bytes()


def check_captures(
    validator: SpecValidator, files: list[tuple[Path, bytes]], report: Report
) -> None:
    for target, content in files:
        if target.parent != CASSETTES / "rest":
            continue
        capture = Capture.from_cassette(target.name, json.loads(content))
        if find_operation(validator.spec, capture.method, capture.path) is None:
            report.unmatched.append(f"{target.name}: {capture.method} {capture.path}")
            continue
        report.rejected += [str(problem) for problem in check_capture(validator, capture)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--from", dest="source", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--to", dest="root", type=Path, default=ROOT, help="repository root")
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 on changes")
    args = parser.parse_args(argv)
    if not (args.source / "captures" / "rest").is_dir():
        parser.error(f"{args.source} has no captures/rest folder")
    files = list(planned_files(args.source))
    report = Report()
    for target, content in files:
        report.record(args.root, target, content, write=not args.check)
    spec = json.loads(EFFECTIVE_SPEC.read_text(encoding="utf-8"))
    check_captures(SpecValidator(spec), files, report)
    report.print()
    stale = args.check and (report.new or report.changed)
    return 1 if report.rejected or stale else 0


if __name__ == "__main__":
    sys.exit(main())

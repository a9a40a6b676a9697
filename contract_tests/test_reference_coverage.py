"""Every response property IBKR's reference (2.29, facts in facts/reference/) names is named by
our spec too, on the operations both have, unless reference_exceptions.yaml says why not.

Matching: the operations are paired by method and path shape; a property is a JSON path from
the response root (`$.a[*].b`). Our spec names a path when a path of ours equals it, or is it
with `*` where the reference writes a map key as if it were a property (`$.acctProps.*` names
the reference's `$.acctProps.U1234567`). Only success (2xx) responses count: the errors are the
two error bodies every operation declares.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import yaml

from contract_support import FACTS, ROOT, load_spec
from harness.drift_report import DriftReport, Rate
from ibkr_webapi.contract.validation import path_shape

REFERENCE = FACTS / "reference" / "ibkr-openapi-2.29-facts.json"
EXCEPTIONS = ROOT / "contract_tests" / "reference_exceptions.yaml"
STEP = re.compile(r"\[\*\]|\.[^.\[]+")


RECURSION = 3  # a recursive schema (scanner locations) is followed this many levels deep


def named_paths(
    spec: dict[str, Any], schema: Any, prefix: str = "$", seen: tuple[str, ...] = ()
) -> Iterator[str]:
    """Every JSON path our schema names, maps (additionalProperties) as `.*`."""
    if isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
        if seen.count(schema["$ref"]) >= RECURSION:
            return
        seen = (*seen, schema["$ref"])
        target: Any = spec
        for token in schema["$ref"][2:].split("/"):
            target = target[token]
        schema = target
    if not isinstance(schema, dict):
        return
    for key in ("allOf", "anyOf", "oneOf"):
        for part in schema.get(key) or []:
            yield from named_paths(spec, part, prefix, seen)
    for name, child in (schema.get("properties") or {}).items():
        yield f"{prefix}.{name}"
        yield from named_paths(spec, child, f"{prefix}.{name}", seen)
    for child in (schema.get("patternProperties") or {}).values():
        yield f"{prefix}.*"
        yield from named_paths(spec, child, f"{prefix}.*", seen)
    if isinstance(schema.get("additionalProperties"), dict) and schema["additionalProperties"]:
        yield f"{prefix}.*"
        yield from named_paths(spec, schema["additionalProperties"], f"{prefix}.*", seen)
    if isinstance(schema.get("items"), dict):
        yield from named_paths(spec, schema["items"], f"{prefix}[*]", seen)


def names(ours: str, theirs: str) -> bool:
    a, b = STEP.findall(ours[1:]), STEP.findall(theirs[1:])
    if len(a) != len(b):
        return False
    return all(x == y or (x == ".*" and y != "[*]") for x, y in zip(a, b, strict=True))


def our_paths(spec: dict[str, Any], operation: dict[str, Any]) -> set[str]:
    paths: set[str] = set()
    for status, response in (operation.get("responses") or {}).items():
        if status.startswith("2"):
            if "$ref" in response:
                response = spec["components"]["responses"][response["$ref"].split("/")[-1]]
            for media in (response.get("content") or {}).values():
                paths.update(named_paths(spec, media.get("schema")))
    return paths


def unnamed(totals: list[int] | None = None) -> dict[str, list[str]]:
    """Reference property paths our spec does not name, by our operationId (`totals` gets the
    number of reference paths checked)."""
    spec = load_spec()
    ours = {
        (method.upper(), path_shape(path)): operation
        for path, item in spec["paths"].items()
        for method, operation in item.items()
        if isinstance(operation, dict) and "operationId" in operation
    }
    missing: dict[str, list[str]] = {}
    for reference in json.loads(REFERENCE.read_text(encoding="utf-8"))["operations"]:
        operation = ours.get((reference["method"], path_shape(reference["path"])))
        if operation is None:
            continue
        named = our_paths(spec, operation)
        theirs = {
            p for status, media in reference["responses"].items() if status.startswith("2")
            for paths in media.values() for p in paths
        }
        gaps = sorted(p for p in theirs if p not in named and not any(names(o, p) for o in named))
        if totals is not None:
            totals.append(len(theirs))
        if gaps:
            missing[operation["operationId"]] = gaps
    return missing


def exceptions() -> dict[str, set[str]]:
    entries = yaml.safe_load(EXCEPTIONS.read_text(encoding="utf-8")) or []
    decided: dict[str, set[str]] = {}
    for entry in entries:
        assert entry.get("decision") and entry.get("evidence"), entry
        decided.setdefault(entry["operation"], set()).update(entry["paths"])
    return decided


def test_every_reference_property_is_named_or_decided(drift_report: DriftReport) -> None:
    decided, totals = exceptions(), []
    missing = unnamed(totals)
    gaps = sum(len(paths) for paths in missing.values())
    drift_report.rates["reference"] = Rate(
        "reference", sum(totals) - gaps, sum(totals), "reference properties named"
    )
    undecided = {
        operation: [p for p in paths if p not in decided.get(operation, set())]
        for operation, paths in missing.items()
    }
    undecided = {operation: paths for operation, paths in undecided.items() if paths}
    assert not undecided, json.dumps(undecided, indent=1)


def test_every_exception_is_still_needed() -> None:
    missing = unnamed()
    stale = {
        operation: sorted(paths - set(missing.get(operation, [])))
        for operation, paths in exceptions().items()
    }
    assert not any(stale.values()), stale

"""Which operations each observed deviation (overlay/observed.yaml) touches.

An overlay action targets either a path (then it touches that path's operations, or the one
method it names) or a component (a schema, a response...). A component deviation touches every
operation whose request or responses reach that component through ``$ref``s, however deep, so
an operation page lists every widening a user of that operation can meet, not only the ones
written against its path.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import jsonpath
import yaml

from docs_common import ROOT, DocsError

OBSERVED = ROOT / "overlay" / "observed.yaml"
METHODS = ("get", "put", "post", "delete", "patch")


@dataclass
class Deviation:
    """One overlay action and the operations it touches."""

    number: int
    description: str
    target: str
    evidence: tuple[str, ...]
    operations: set[str] = field(default_factory=set)
    components: set[str] = field(default_factory=set)
    """``#/components/...`` refs the action widens (websocket payloads are matched on these)."""

    @property
    def anchor(self) -> str:
        return f"deviation-{self.number}"


def _pointer_parts(match: Any) -> list[str]:
    return [str(part) for part in match.parts]


class RefGraph:
    """Which components each node of the spec reaches through $ref."""

    def __init__(self, spec: Mapping[str, Any]) -> None:
        self.spec = spec
        self.reach = cache(self._reach)

    def component(self, ref: str) -> Any:
        node: Any = self.spec
        for part in ref.removeprefix("#/").split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        return node

    def _reach(self, ref: str) -> frozenset[str]:
        found = {ref}
        for inner in _refs(self.component(ref)):
            if inner not in found:
                found.add(inner)
                found |= self.reach(inner)
        return frozenset(found)

    def of_operation(self, definition: Any) -> set[str]:
        found: set[str] = set()
        for ref in _refs(definition):
            found |= self.reach(ref)
        return found


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/"):
            yield ref
        for value in node.values():
            yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def _operations(spec: Mapping[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in spec["paths"].items():
        for method in METHODS:
            if method in item:
                yield path, method, item[method]


def _component_refs(parts: list[str], action: Mapping[str, Any]) -> set[str]:
    if parts[:1] != ["components"] or len(parts) < 2:
        return set()
    names = [parts[2]] if len(parts) >= 3 else list(action.get("update", {}))
    return {f"#/components/{parts[1]}/{name}" for name in names}


def _touched(parts: list[str], action: Mapping[str, Any], spec: Mapping[str, Any],
             graph: RefGraph) -> set[str]:
    """operationIds touched by one matched node of an action's target."""
    if parts == ["paths"]:  # new paths: the update's keys
        return {op["operationId"] for path, _, op in _operations(spec)
                if path in action.get("update", {})}
    if parts[:1] == ["paths"] and len(parts) >= 2:
        item = spec["paths"].get(parts[1], {})
        methods = [parts[2]] if len(parts) >= 3 and parts[2] in METHODS else list(METHODS)
        methods += [key for key in action.get("update", {}) if key in METHODS]
        return {item[m]["operationId"] for m in methods if m in item}
    refs = _component_refs(parts, action)
    if refs:
        return {op["operationId"] for _, _, op in _operations(spec)
                if refs & graph.of_operation(op)}
    return set()


def read_deviations(spec: Mapping[str, Any], overlay: Path = OBSERVED) -> list[Deviation]:
    """Every action of the observed overlay, with the operations of `spec` it touches."""
    document = yaml.safe_load(overlay.read_text(encoding="utf-8"))
    graph = RefGraph(spec)
    deviations = []
    for number, action in enumerate(document.get("actions", []), start=1):
        deviation = Deviation(number, action.get("description", ""), action["target"],
                              tuple(action.get("x-evidence", ())))
        matches = list(jsonpath.finditer(action["target"], spec))
        for match in matches:
            deviation.operations |= _touched(_pointer_parts(match), action, spec, graph)
            deviation.components |= _component_refs(_pointer_parts(match), action)
        if action.get("remove") and not matches:
            # A removal leaves nothing to match in the effective spec: read its path instead.
            deviation.operations |= _removed_path_operations(action["target"], spec)
        deviations.append(deviation)
    if not deviations:
        raise DocsError(f"{overlay}: no actions; the deviations page would be empty")
    return deviations


def _removed_path_operations(target: str, spec: Mapping[str, Any]) -> set[str]:
    for path, _method, op in _operations(spec):
        if f"['{path}']" in target:
            return {op["operationId"]}
    return set()


def by_operation(deviations: list[Deviation]) -> dict[str, list[Deviation]]:
    found: dict[str, list[Deviation]] = {}
    for deviation in deviations:
        for operation_id in deviation.operations:
            found.setdefault(operation_id, []).append(deviation)
    return found

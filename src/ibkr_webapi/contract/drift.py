"""Drift: what a valid response does that the contract does not describe.

The effective spec is tolerant (tools/tolerance.py): enums open, optional fields nullable, extra
properties allowed. This module walks a body beside its schema and reports what tolerance lets
through: a property the contract does not name (`new_field`), a property marked
`x-ibkr-always-sent` that is absent (`missing_field`), a value outside the documented values
kept in `x-ibkr-known-values` (`new_enum_value`). Where the schema offers alternatives (anyOf,
oneOf), the walk follows the one the body matches with the fewest findings.

The same walk, with an observer, counts how often each property is present where its object
is (tools/always_sent.py marks the always-sent ones from the recordings).

Example:
    >>> spec = {"components": {"schemas": {"A": {"type": "object", "properties": {
    ...     "side": {"type": "string", "x-ibkr-known-values": ["B", "S"]},
    ...     "id": {"type": "integer", "x-ibkr-always-sent": True}}}}}}
    >>> walker = DriftWalker(SpecValidator(spec))
    >>> for d in walker.drift("/components/schemas/A", {"side": "X", "conId": 1}):
    ...     print(d.kind, d.path)
    new_enum_value $.side
    new_field $.conId
    missing_field $.id
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, Literal

from ibkr_webapi.contract.validation import SpecValidator, escape_pointer, resolve_pointer

KNOWN_VALUES = "x-ibkr-known-values"
OPEN_ENUM = "x-ibkr-open-enum"
ALWAYS_SENT = "x-ibkr-always-sent"
DriftKind = Literal["new_field", "missing_field", "new_enum_value"]
IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


@dataclass(frozen=True)
class Drift:
    """One drift: its kind (new_field, missing_field, new_enum_value), JSON path and reason."""

    kind: DriftKind
    path: str
    message: str


@dataclass
class ObjectView:
    """The properties an object schema names (allOf parts merged), each with its pointer."""

    properties: dict[str, str] = field(default_factory=dict)
    always_sent: set[str] = field(default_factory=set)
    required: set[str] = field(default_factory=set)
    additional: str | None = None  # the pointer of a typed additionalProperties (a map)
    patterns: list[tuple[re.Pattern[str], str]] = field(default_factory=list)

    def pointer_of(self, key: str) -> str | None:
        if key in self.properties:
            return self.properties[key]
        for pattern, pointer in self.patterns:
            if pattern.search(key):
                return pointer
        return self.additional

    @property
    def names_keys(self) -> bool:
        """True when an unknown key is news (the schema names its properties)."""
        return bool(self.properties)


# Called with each object schema's view and the object met there (the always-sent census).
Observer = Callable[[ObjectView, dict[str, Any]], None]


def child_path(path: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    if IDENTIFIER.fullmatch(key):
        return f"{path}.{key}"
    return f"{path}[{key!r}]"


class DriftWalker:
    """Walks bodies beside the schemas of one spec document."""

    def __init__(self, validator: SpecValidator, observer: Observer | None = None) -> None:
        self.validator = validator
        self.observer = observer
        self._views: dict[str, ObjectView] = {}

    def drift(self, pointer: str, instance: Any, path: str = "$") -> list[Drift]:
        """Every drift of `instance` against the schema at `pointer`."""
        return list(self._walk(pointer, instance, path))

    def _schema(self, pointer: str) -> tuple[Any, str]:
        node = resolve_pointer(self.validator.spec, pointer)
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            pointer = node["$ref"].split("#", 1)[1]
            node = resolve_pointer(self.validator.spec, pointer)
        return node, pointer

    def _walk(self, pointer: str, instance: Any, path: str) -> Iterator[Drift]:
        schema, pointer = self._schema(pointer)
        if not isinstance(schema, dict):
            return
        yield from self._enum_drift(schema, instance, path)
        for key in ("anyOf", "oneOf"):
            if isinstance(schema.get(key), list):
                yield from self._best_branch(f"{pointer}/{key}", len(schema[key]), instance, path)
        if isinstance(instance, dict):
            yield from self._object_drift(self.view(pointer), instance, path)
        elif isinstance(instance, list) and isinstance(schema.get("items"), dict):
            for index, item in enumerate(instance):
                yield from self._walk(f"{pointer}/items", item, child_path(path, index))
        elif isinstance(schema.get("allOf"), list):
            for index in range(len(schema["allOf"])):
                yield from self._walk(f"{pointer}/allOf/{index}", instance, path)

    def _enum_drift(self, schema: dict[str, Any], instance: Any, path: str) -> Iterator[Drift]:
        known = schema.get(KNOWN_VALUES)
        if OPEN_ENUM in schema:
            known = self._schema(f"/components/schemas/{escape_pointer(schema[OPEN_ENUM])}")[0]
            known = known.get("enum")
        if isinstance(known, list) and instance is not None and instance not in known:
            message = f"{instance!r} is not a documented value ({', '.join(map(str, known))})"
            yield Drift("new_enum_value", path, message)

    def _best_branch(self, base: str, count: int, instance: Any, path: str) -> Iterator[Drift]:
        """The drift of the branch the instance matches with the fewest findings."""
        ranked = []
        for index in range(count):
            branch = f"{base}/{index}"
            invalid = not self.validator.validator(branch).is_valid(instance)
            found, observed = self._buffered(branch, instance, path)
            ranked.append((invalid, len(found), index, found, observed))
        best = min(ranked, key=lambda entry: entry[:3])
        if self.observer is not None:
            for view, seen in best[4]:  # only the chosen branch's objects reach the observer
                self.observer(view, seen)
        yield from best[3]

    def _buffered(
        self, pointer: str, instance: Any, path: str
    ) -> tuple[list[Drift], list[tuple[ObjectView, dict[str, Any]]]]:
        """Walk one branch, holding back what the observer would see until it is chosen."""
        observer, observed = self.observer, []
        if observer is not None:
            self.observer = lambda view, seen: observed.append((view, seen))
        try:
            return list(self._walk(pointer, instance, path)), observed
        finally:
            self.observer = observer

    def _object_drift(
        self, view: ObjectView, instance: dict[str, Any], path: str
    ) -> Iterator[Drift]:
        if self.observer is not None:
            self.observer(view, instance)
        for key, value in instance.items():
            pointer = view.pointer_of(key)
            if pointer is not None:
                yield from self._walk(pointer, value, child_path(path, key))
            elif view.names_keys:
                message = f"{key!r} is not named by the contract"
                yield Drift("new_field", child_path(path, key), message)
        for name in sorted(view.always_sent - set(instance)):
            message = f"{name!r} is always sent (x-ibkr-always-sent) but is absent"
            yield Drift("missing_field", child_path(path, name), message)

    def view(self, pointer: str) -> ObjectView:
        """The merged properties of the object schema at `pointer` (cached)."""
        if pointer not in self._views:
            self._views[pointer] = view = ObjectView()
            self._merge(view, pointer)
        return self._views[pointer]

    def _merge(self, view: ObjectView, pointer: str) -> None:
        schema, pointer = self._schema(pointer)
        if not isinstance(schema, dict):
            return
        for name, child in (schema.get("properties") or {}).items():
            view.properties[name] = f"{pointer}/properties/{escape_pointer(name)}"
            if isinstance(child, dict) and child.get(ALWAYS_SENT):
                view.always_sent.add(name)
        view.required.update(schema.get("required") or [])
        for pattern in schema.get("patternProperties") or {}:
            where = f"{pointer}/patternProperties/{escape_pointer(pattern)}"
            view.patterns.append((re.compile(pattern), where))
        if isinstance(schema.get("additionalProperties"), dict) and schema["additionalProperties"]:
            view.additional = f"{pointer}/additionalProperties"
        for index in range(len(schema.get("allOf") or [])):
            self._merge(view, f"{pointer}/allOf/{index}")

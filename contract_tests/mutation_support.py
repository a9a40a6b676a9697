"""Mutations of recorded bodies for the mutation tests (test_mutations.py).

A `Case` is one cassette's JSON body with its operation. `sites(case)` lists, once, every place
a mutation can apply: each property met in an object of the body, with the view of its object
schema (ibkr_webapi.contract.drift) and what its schema allows. A mutation is a site plus a
family; `apply` returns a mutated deep copy of the body and leaves the recording alone.
"""

from __future__ import annotations

import copy
import importlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import httpx

from contract_support import captures_dir, load_spec
from ibkr_webapi.contract.captures import iter_captures
from ibkr_webapi.contract.cassettes import sources_from_examples
from ibkr_webapi.contract.drift import KNOWN_VALUES, OPEN_ENUM, DriftWalker, ObjectView
from ibkr_webapi.contract.findings import installed_contract
from ibkr_webapi.contract.validation import find_operation, resolve_pointer, response_schema_pointer

SPEC = load_spec()
UNKNOWN_KEY = "zzNeverSentByIbkr"
UNKNOWN_ENUM_VALUE = "ZZ_NEVER_DOCUMENTED"


@dataclass(frozen=True, eq=False)  # hashed by identity: sites() caches per case
class Case:
    """One recorded JSON body, its operation, status and response schema pointer."""

    name: str
    operation_id: str
    tag: str
    status: int
    body: Any
    pointer: str


@dataclass(frozen=True, eq=False)
class Site:
    """One property of one object in a body: its path of keys/indexes, and its schema."""

    location: tuple[str | int, ...]
    key: str
    view: ObjectView = field(repr=False)
    schema_pointer: str | None

    def parent(self, body: Any) -> dict[str, Any]:
        node = body
        for step in self.location:
            node = node[step]
        return node  # type: ignore[no-any-return]


JSON = "application/json"


@cache
def cases(with_examples: bool = False) -> tuple[Case, ...]:
    """Every recorded 2xx JSON body (and, asked, every documentation example) as a case."""
    found = []
    recorded = [
        (c.name, find_operation(SPEC, c.method, c.path), c.status, c.body)
        for c in iter_captures(captures_dir()) if not c.is_html
    ]
    documented = [
        (s.name, find_operation(SPEC, s.method, s.concrete_path), s.status, s.body)
        for s in sources_from_examples(SPEC)
    ]
    for name, operation, status, body in recorded + (documented if with_examples else []):
        if operation is None or not 200 <= status < 300 or body in (None, {}, [], ""):
            continue
        pointer = response_schema_pointer(installed_contract().validator, operation, status, JSON)
        if pointer is not None:
            found.append(Case(name, operation.operation_id, operation.tag, status, body, pointer))
    return tuple(found)


def _locate(body: Any) -> dict[int, tuple[str | int, ...]]:
    """The key path of every dict in `body`, by the dict's identity."""
    where: dict[int, tuple[str | int, ...]] = {}

    def visit(node: Any, location: tuple[str | int, ...]) -> None:
        if isinstance(node, dict):
            where[id(node)] = location
            for key, value in node.items():
                visit(value, (*location, key))
        elif isinstance(node, list):
            for index, value in enumerate(node):
                visit(value, (*location, index))

    visit(body, ())
    return where


@cache
def sites(case: Case) -> tuple[Site, ...]:
    """Every property of every object the drift walk meets in the body, with its schema."""
    met: list[tuple[ObjectView, dict[str, Any]]] = []
    walker = DriftWalker(installed_contract().validator, observer=lambda v, o: met.append((v, o)))
    body = copy.deepcopy(case.body)
    walker.drift(case.pointer, body)
    where = _locate(body)
    found: dict[tuple[tuple[str | int, ...], str], Site] = {}
    for view, instance in met:
        if not view.properties or id(instance) not in where:
            continue
        for key in instance:
            location = where[id(instance)]
            found.setdefault((location, key), Site(location, key, view, view.pointer_of(key)))
    return tuple(found.values())


def schema_at(pointer: str | None) -> dict[str, Any]:
    node: Any = resolve_pointer(SPEC, pointer) if pointer else {}
    while isinstance(node, dict) and "$ref" in node:
        node = resolve_pointer(SPEC, node["$ref"].lstrip("#"))
    return node if isinstance(node, dict) else {}


def branches(schema: dict[str, Any]) -> list[dict[str, Any]]:
    """The schema and, through anyOf/oneOf, each alternative (refs followed)."""
    found = [schema]
    for key in ("anyOf", "oneOf"):
        for part in schema.get(key) or []:
            if isinstance(part, dict) and "$ref" in part:
                found.append(schema_at(part["$ref"].lstrip("#")))
            elif isinstance(part, dict):
                found.append(part)
    return found


def is_enum(site: Site) -> bool:
    alternatives = branches(schema_at(site.schema_pointer))
    return any(KNOWN_VALUES in b or OPEN_ENUM in b for b in alternatives)


def list_or_object(pointer: str | None) -> bool:
    """True where the contract takes a one-item list for an object (overlay/observed.yaml)."""
    node = resolve_pointer(SPEC, pointer) if pointer else {}
    node = schema_at(node["$ref"].lstrip("#")) if "$ref" in node else node
    parts = [p for key in ("anyOf", "oneOf") for p in node.get(key) or []]
    refs = {json.dumps(p, sort_keys=True) for p in parts if p.get("type") != "array"}
    items = [p.get("items") for p in parts if p.get("type") == "array"]
    return any(json.dumps(item, sort_keys=True) in refs for item in items)


def renamed(key: str, view: ObjectView) -> str:
    """`conid` -> `conId`: one letter's case flipped, as renames in the wild look."""
    for index in range(len(key) // 2, len(key)):
        if key[index].isalpha():
            candidate = key[:index] + key[index].swapcase() + key[index + 1 :]
            if candidate not in view.properties:
                return candidate
    return key + "_renamed"


def other_type(value: Any) -> Any:
    """The same leaf as another JSON type: a string becomes a number, anything else a string."""
    return 12345 if isinstance(value, str) else f"{value}!"


Mutator = Callable[[Site, dict[str, Any]], None]


def _null(site: Site, parent: dict[str, Any]) -> None:
    parent[site.key] = None


def _unknown_enum(site: Site, parent: dict[str, Any]) -> None:
    parent[site.key] = UNKNOWN_ENUM_VALUE


def _unknown_key(site: Site, parent: dict[str, Any]) -> None:
    parent[UNKNOWN_KEY] = "x"


def swap_list_and_object(value: Any) -> Any:
    """An object becomes a one-item list; a list of objects becomes its first object."""
    return value[0] if isinstance(value, list) else [value]


def _wrap(site: Site, parent: dict[str, Any]) -> None:
    parent[site.key] = swap_list_and_object(parent[site.key])


def _rename(site: Site, parent: dict[str, Any]) -> None:
    parent[renamed(site.key, site.view)] = parent.pop(site.key)


def _drop(site: Site, parent: dict[str, Any]) -> None:
    del parent[site.key]


def _retype(site: Site, parent: dict[str, Any]) -> None:
    parent[site.key] = other_type(parent[site.key])


def _applies(family: str, site: Site, value: Any) -> bool:
    never_null = schema_at(site.schema_pointer).get("x-ibkr-never-null")
    rules: dict[str, Callable[[], bool]] = {
        "null an optional field": lambda: site.key not in site.view.required and not never_null
        and "const" not in schema_at(site.schema_pointer),
        "unknown enum value": lambda: isinstance(value, str) and is_enum(site),
        "unknown key": lambda: site.view.additional is None
        and UNKNOWN_KEY not in site.view.properties,
        "object <-> one-item list": lambda: is_object_or_objects(value)
        and list_or_object(site.schema_pointer),
        "rename a field": lambda: site.key in site.view.properties,
        "drop an always-sent field": lambda: site.key in site.view.always_sent,
        "change a leaf's type": lambda: isinstance(value, str | int | float | bool)
        and site.schema_pointer is not None,
    }
    return rules[family]()


MUTATORS: dict[str, Mutator] = {
    "null an optional field": _null,
    "unknown enum value": _unknown_enum,
    "unknown key": _unknown_key,
    "object <-> one-item list": _wrap,
    "rename a field": _rename,
    "drop an always-sent field": _drop,
    "change a leaf's type": _retype,
}
ROBUSTNESS = ("null an optional field", "unknown enum value", "unknown key",
              "object <-> one-item list")
DRIFT = ("rename a field", "drop an always-sent field", "change a leaf's type")


def is_object_or_objects(value: Any) -> bool:
    return isinstance(value, dict) or (
        isinstance(value, list) and bool(value) and all(isinstance(v, dict) for v in value)
    )


ROOT_KEY = ""  # the site of the whole body (a response that is an object or a list of them)


def targets(case: Case, family: str) -> list[Site]:
    """The sites of `case` where a mutation of `family` applies."""
    found = [s for s in sites(case) if _applies(family, s, s.parent(case.body)[s.key])]
    wraps_root = family == "object <-> one-item list" and is_object_or_objects(case.body)
    if wraps_root and list_or_object(case.pointer):
        found.append(Site((), ROOT_KEY, ObjectView(), case.pointer))
    return found


def apply(case: Case, family: str, site: Site) -> Any:
    body = copy.deepcopy(case.body)
    if site.key == ROOT_KEY and not site.location:
        return swap_list_and_object(body)
    MUTATORS[family](site, site.parent(body))
    return body


def parse_with_generated_client(case: Case, body: Any) -> Any:
    """What the generated function of the operation makes of `body` (raises if it cannot)."""
    from ibkr_client import Client

    module = importlib.import_module(f"ibkr_client.api.{case.tag}.{case.operation_id}")
    response = httpx.Response(case.status, json=body)
    with Client(base_url="https://localhost:5000/v1/api") as client:
        return module._parse_response(client=client, response=response)


def shape(case: Case) -> str:
    """The response schema of the case, dereferenced one level, as canonical JSON."""
    return json.dumps(schema_at(case.pointer), sort_keys=True)

"""The spec has every operation of IBKR's published reference (version 2.29), as the committed
facts record them (contract_tests/facts/reference/ibkr-openapi-2.29-facts.json, see the
PROVENANCE.md beside it).

Operations compare by method and normalised path template: parameter names may differ
(IBKR writes ``{accountId}`` where the documentation writes ``{acctId}``), so every
``{...}`` becomes ``{}``. The reference writes Client Portal paths without the ``/v1/api``
prefix of their server and the Account Management paths in full (``/gw/api/v1/...``), as this
spec does, so the paths compare as they are.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Iterable, Mapping
from typing import Any

from contract_support import FACTS

REFERENCE = FACTS / "reference" / "ibkr-openapi-2.29-facts.json"
HTTP_METHODS = ("get", "put", "post", "delete", "patch")

ALLOWED_MISSING: dict[tuple[str, str], str] = {
    # Every operation of the 2.29 reference is in the spec. An operation may be listed here
    # only with a comment saying why the contract leaves it out, e.g.
    # ("GET", "/ws"): "the websocket, specified in spec/asyncapi.yaml, not as a REST operation",
}


def normalised(path: str) -> str:
    """The path template with parameter names erased.

    >>> normalised("/gw/api/v1/accounts/{accountId}/tasks")
    '/gw/api/v1/accounts/{}/tasks'
    """
    return re.sub(r"\{[^}/]+\}", "{}", path)


def spec_operations(spec: Mapping[str, Any]) -> set[tuple[str, str]]:
    return {(method.upper(), normalised(path))
            for path, item in spec["paths"].items()
            for method in HTTP_METHODS if method in item}


def reference_operations() -> list[tuple[str, str]]:
    facts = json.loads(REFERENCE.read_text(encoding="utf-8"))
    return [(op["method"].upper(), normalised(op["path"])) for op in facts["operations"]]


def missing_from(spec: Mapping[str, Any], reference: Iterable[tuple[str, str]]) -> list[str]:
    ours = spec_operations(spec)
    return sorted(f"{method} {path}" for method, path in reference
                  if (method, path) not in ours and (method, path) not in ALLOWED_MISSING)


def test_the_facts_are_the_2_29_reference() -> None:
    facts = json.loads(REFERENCE.read_text(encoding="utf-8"))
    assert facts["version"] == "2.29.0"
    assert len(reference_operations()) >= 160


def test_the_spec_has_every_operation_of_the_reference(spec: dict[str, Any]) -> None:
    assert missing_from(spec, reference_operations()) == []


def test_the_allow_list_holds_only_operations_of_the_reference() -> None:
    assert set(ALLOWED_MISSING) <= set(reference_operations())


def test_a_missing_operation_is_named(spec: dict[str, Any]) -> None:
    broken = copy.deepcopy(spec)
    del broken["paths"]["/gw/api/v1/accounts/{accountId}/tasks"]["patch"]
    assert missing_from(broken, reference_operations()) == [
        "PATCH /gw/api/v1/accounts/{}/tasks"]


def test_parameter_names_do_not_matter(spec: dict[str, Any]) -> None:
    renamed = copy.deepcopy(spec)
    item = renamed["paths"].pop("/gw/api/v1/accounts/{accountId}/tasks")
    renamed["paths"]["/gw/api/v1/accounts/{account}/tasks"] = item
    assert missing_from(renamed, reference_operations()) == []

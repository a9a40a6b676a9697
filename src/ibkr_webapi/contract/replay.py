"""Replay a cassette through the generated function that serves its operation.

The arguments a call needs are derived from the spec and the function's signature: path
parameters from the recorded concrete path, required query parameters and bodies from the
documentation's request example or from placeholder values of the declared type. What the
server answers comes from the cassette, so the arguments only have to be well-typed.

Example:
    >>> normalise("accountId"), normalise("account_id")
    ('accountid', 'accountid')
"""

from __future__ import annotations

import enum
import importlib
import inspect
import re
import types
import typing
from pathlib import Path
from typing import Any

import vcr

from ibkr_webapi.contract.validation import Operation, SpecValidator

BASE_URL = "https://localhost:5000/v1/api"
DUMMIES: dict[type, Any] = {str: "TEST", int: 1, float: 1.0, bool: True}


def normalise(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def generated_module(operation: Operation) -> types.ModuleType:
    tag = operation.definition["tags"][0]
    return importlib.import_module(f"ibkr_client.api.{tag}.{operation.operation_id}")


def _concrete_types(annotation: Any) -> list[Any]:
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        return [t for t in typing.get_args(annotation) if t.__name__ not in ("Unset", "NoneType")]
    return [annotation]


def dummy_value(annotation: Any, example: Any = None) -> Any:
    """A value of the annotated type: the example when given, else a placeholder."""
    for kind in _concrete_types(annotation):
        origin = typing.get_origin(kind)
        if origin is list:
            (inner,) = typing.get_args(kind) or (str,)
            items = example if isinstance(example, list) else [None]
            return [dummy_value(inner, item) for item in items]
        if isinstance(kind, type) and issubclass(kind, enum.Enum):
            return kind(example) if example is not None else next(iter(kind))
        if hasattr(kind, "from_dict"):
            return kind.from_dict(example if isinstance(example, dict) else {})
        if kind in DUMMIES:
            return _convert(kind, example)
    return example


def _convert(kind: type, example: Any) -> Any:
    if isinstance(example, kind):
        return example
    try:
        return kind(example)  # a recorded path segment such as "1234" for an integer id
    except (TypeError, ValueError):
        return DUMMIES[kind]


def path_arguments(operation: Operation, concrete_path: str) -> dict[str, str]:
    names = re.findall(r"\{([^}]*)\}", operation.path)
    pattern = re.sub(r"\\\{[^}]*\\\}", "([^/]+)", re.escape(operation.path))
    match = re.fullmatch(pattern, concrete_path)
    if match is None:
        raise ValueError(f"{concrete_path} does not match {operation.path}")
    return {normalise(name): value for name, value in zip(names, match.groups(), strict=True)}


def request_example(validator: SpecValidator, operation: Operation) -> Any:
    body, _ = validator.deref(operation.definition.get("requestBody", {}))
    for media in (body.get("content") or {}).values():
        for example in (media.get("examples") or {}).values():
            return example.get("value")
    return None


def call_arguments(
    validator: SpecValidator, operation: Operation, function: Any, concrete_path: str
) -> dict[str, Any]:
    """Keyword arguments for `function` that reproduce a call to `concrete_path`."""
    from_path = path_arguments(operation, concrete_path)
    hints = typing.get_type_hints(function)
    arguments: dict[str, Any] = {}
    for name, parameter in inspect.signature(function).parameters.items():
        if name == "client" or parameter.default is not inspect.Parameter.empty:
            continue
        if normalise(name) in from_path:
            arguments[name] = dummy_value(hints[name], from_path[normalise(name)])
        elif name == "body":
            arguments[name] = dummy_value(hints[name], request_example(validator, operation))
        else:
            arguments[name] = dummy_value(hints[name])
    return arguments


def _cassette(path: Path) -> Any:
    # record_mode "none": a request the cassette does not hold raises instead of going out.
    return vcr.use_cassette(str(path), record_mode="none", match_on=["method", "path"])


def replay(
    cassette: Path, validator: SpecValidator, operation: Operation, concrete_path: str
) -> Any:
    """Call the generated sync function inside the cassette; return its parsed result."""
    from ibkr_client import Client

    module = generated_module(operation)
    arguments = call_arguments(validator, operation, module.sync_detailed, concrete_path)
    with _cassette(cassette), Client(base_url=BASE_URL) as client:
        return module.sync_detailed(client=client, **arguments).parsed


async def replay_async(
    cassette: Path, validator: SpecValidator, operation: Operation, concrete_path: str
) -> Any:
    """The asyncio twin of `replay`."""
    from ibkr_client import Client

    module = generated_module(operation)
    arguments = call_arguments(validator, operation, module.asyncio_detailed, concrete_path)
    with _cassette(cassette):
        async with Client(base_url=BASE_URL) as client:
            return (await module.asyncio_detailed(client=client, **arguments)).parsed

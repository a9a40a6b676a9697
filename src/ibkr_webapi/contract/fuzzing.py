"""Schemathesis against an IBKR server reached through any httpx client.

Every request goes through the client you pass, so its auth plugin (OAuth 1.0a signing, the
Gateway session) applies exactly as it does for users; the in-process mock is just a client
whose transport is the ASGI app. Generation is positive, seeded and bounded, so a run is
deterministic. Documented request examples and the server's real ids (`Known`) are mixed into
the generated data, so the happy paths are reached, not only the validation errors. Each
operation is called at its own server's path (a Flex operation on the Flex Web Service's).

The server-error rule: a 5xx the operation does NOT declare fails the run (schemathesis'
``not_a_server_error``); a 5xx it declares (exact code or ``5XX``) is documented behaviour,
not a crash, and is checked like any other declared answer (status, content type, schema).
The spec only declares a 5xx the documentation describes or a recording shows (overlay
actions cite their evidence), so this rule never hides an unexplained server failure.

Example:
    >>> ok = {"200": {"description": "ok"}}
    >>> schema = load_schema({"openapi": "3.1.0", "info": {"title": "t", "version": "1"},
    ...     "paths": {"/t": {"get": {"operationId": "t", "responses": ok}}}})
    >>> [operation.label for operation in operations(schema)]
    ['GET /t']
"""

from __future__ import annotations

import copy
import itertools
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import httpx
import schemathesis
from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.core.transport import Response
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from ibkr_webapi.contract.scrub import ACCOUNT_SHAPE


def undeclared_server_error(ctx: Any, response: Response, case: Any) -> bool | None:
    """`not_a_server_error` for every 5xx except those the operation declares (see the
    module docstring for why a declared, evidenced 5xx passes)."""
    if declares_status(case.operation, response.status_code):
        return None
    return not_a_server_error(ctx, response, case)


def declares_status(operation: Any, status: int) -> bool:
    """Whether the operation lists `status` among its responses, exactly or as a range
    (``5XX``); ``default`` does not count: it declares no particular failure."""
    declared = {str(code).upper() for code in operation.responses.status_codes}
    return str(status) in declared or f"{str(status)[0]}XX" in declared


CHECKS = (
    undeclared_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    response_headers_conformance,
)
SEED = 20240805
Sender = Callable[[Any], httpx.Response]
"""Sends a schemathesis `Case` and returns the server's answer."""


@dataclass(frozen=True)
class Known:
    """Real values of the server under test, mixed into generated requests.

    `accounts[0]` fills ``accountId``-like parameters, and the documentation's placeholder
    accounts in request examples (U1234567, U2345678...) become `accounts` in order.
    `parameters` fixes other parameters by name (e.g. ``{"conid": "265598"}``), and `pools`
    gives the accounts to use under a given key of a request body.
    """

    accounts: Sequence[str] = ()
    parameters: Mapping[str, Any] = field(default_factory=dict)
    pools: Mapping[str, Sequence[str]] = field(default_factory=dict)

    def for_names(self, names: Sequence[str]) -> dict[str, Any]:
        found = {name: self.parameters[name] for name in names if name in self.parameters}
        for name in names:
            if self.accounts and re.fullmatch(r"(?i)acc(oun)?tid", name):
                found[name] = self.accounts[0]
        return found

    def in_example(self, example: Any) -> Any:
        """A documented example with its placeholder accounts replaced by real ones: under a
        key of `pools` (e.g. the sub-accounts of an allocation group) from that pool, anywhere
        else from `accounts`, each distinct placeholder getting the next real account."""
        mapping: dict[str, str] = {}
        cycles = {key: itertools.cycle(pool) for key, pool in self.pools.items() if pool}
        default = itertools.cycle(self.accounts) if self.accounts else None

        def walk(value: Any, pool: Iterator[str] | None) -> Any:
            if isinstance(value, str) and pool is not None:
                return ACCOUNT_SHAPE.sub(
                    lambda m: mapping.setdefault(m.group(0), next(pool)), value)
            if isinstance(value, list):
                return [walk(item, pool) for item in value]
            if isinstance(value, dict):
                return {k: walk(v, cycles.get(k, pool)) for k, v in value.items()}
            return value

        return walk(copy.deepcopy(example), default)


def load_schema(spec: Mapping[str, Any]) -> Any:
    """A schemathesis schema of `spec` (a private copy: schemathesis annotates it)."""
    return schemathesis.openapi.from_dict(copy.deepcopy(dict(spec)))


def operations(schema: Any) -> Iterator[Any]:
    """Every API operation of a schemathesis schema."""
    for result in schema.get_all_operations():
        yield result.ok()


def request_examples(operation: Any) -> list[Any]:
    """The documented request bodies of an operation (JSON), in document order."""
    body = operation.definition.raw.get("requestBody") or {}
    media = (body.get("content") or {}).get("application/json") or {}
    return [example["value"] for example in (media.get("examples") or {}).values()
            if "value" in example]


@contextmanager
def known_values(schema: Any, known: Known) -> Iterator[None]:
    """While active, generation draws, beside random data, the server's ids and the
    documented request bodies."""

    def either(value: Any, alternative: Any) -> st.SearchStrategy[Any]:
        return st.sampled_from([value, alternative]) if alternative != value else st.just(value)

    def path_parameters(context: Any, value: dict[str, Any] | None) -> st.SearchStrategy[Any]:
        names = [parameter.name for parameter in context.operation.path_parameters]
        return either(value, {**(value or {}), **known.for_names(names)})

    def query(context: Any, value: dict[str, Any] | None) -> st.SearchStrategy[Any]:
        names = [parameter.name for parameter in context.operation.query]
        return either(value, {**(value or {}), **known.for_names(names)})

    def body(context: Any, value: Any) -> st.SearchStrategy[Any]:
        # Documented bodies first: Hypothesis favours the first choice (and False for a
        # boolean), so a generated ``{"confirmed": false}`` would otherwise win every time.
        documented = [known.in_example(v) for v in request_examples(context.operation)]
        return st.sampled_from([*documented, value])

    hooks = {"flatmap_path_parameters": path_parameters, "flatmap_query": query,
             "flatmap_body": body}
    for name, hook in hooks.items():
        schema.hooks.register_hook_with_name(hook, name)
    try:
        yield
    finally:
        for hook in hooks.values():
            schema.hooks.unregister(hook)


def base_path(operation: Any) -> str:
    """The path prefix of the operation's server: the operation's own ``servers``, else its
    path item's (the Flex Web Service), else the document's."""
    document = operation.schema.raw_schema
    path_item = document.get("paths", {}).get(operation.path, {})
    servers = (operation.definition.raw.get("servers") or path_item.get("servers")
               or document.get("servers") or [{"url": ""}])
    return str(urlsplit(servers[0]["url"]).path).rstrip("/")


@dataclass
class HttpxSender:
    """Sends cases through `client` (its auth plugin signs them); `origin` is scheme+host."""

    client: httpx.Client
    origin: str

    def __call__(self, case: Any) -> httpx.Response:
        kwargs = case.as_transport_kwargs(base_url=self.origin + base_path(case.operation))
        content = kwargs.get("data")
        return self.client.request(
            kwargs["method"],
            kwargs["url"],
            params=kwargs.get("params") or None,
            headers=kwargs.get("headers"),
            json=kwargs.get("json"),
            content=content if isinstance(content, (bytes, str)) else None,
            data=content if isinstance(content, dict) else None,
        )


def fuzz_settings(max_examples: int) -> settings:
    """Deterministic and bounded: derandomized, no example database, no shrinking."""
    return settings(
        max_examples=max_examples,
        derandomize=True,
        database=None,
        deadline=None,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
        report_multiple_bugs=False,
    )


def fuzz_operation(operation: Any, send: Sender, *, max_examples: int) -> int:
    """Run the checks on `max_examples` positive cases of one operation; return the count.

    Raises schemathesis' `FailureGroup` (named operation, check and JSON path) on the first
    non-conforming response.
    """
    sent = 0

    @seed(SEED)
    @fuzz_settings(max_examples)
    @given(case=operation.as_strategy(generation_mode=GenerationMode.POSITIVE))
    def run(case: Any) -> None:
        nonlocal sent
        sent += 1
        case.validate_response(send(case), checks=list(CHECKS))

    run()
    return sent


@dataclass(frozen=True)
class Step:
    """One call of a stateful run: the operation, the link that led to it (None for a first
    call) and the status the server answered."""

    operation_id: str
    link: str | None
    status: int


def run_flow(schema: Any, operation_ids: Sequence[str], send: Sender, *, scenarios: int,
             steps: int) -> list[Step]:
    """Stateful schemathesis over the OpenAPI links between `operation_ids`; every response
    is checked. Returns every step taken, so callers can assert the links were followed."""
    from hypothesis.stateful import run_state_machine_as_test

    taken: list[Step] = []
    flow_schema = schema.include(operation_id=list(operation_ids))
    base = flow_schema.as_state_machine()
    start = next(op for op in operations(flow_schema)
                 if op.definition.raw["operationId"] == operation_ids[0])
    extra = {} if start.label in base._root_labels else {"_start": _root_rule(start)}

    class Flow(base):  # type: ignore[valid-type, misc]
        root_rules = base.root_rules | {rule.__name__ for rule in extra.values()}
        locals().update({rule.__name__: rule for rule in extra.values()})

        def step(self, input: Any) -> Any:
            output = super().step(input)
            link = input.transition.id if input.transition is not None else None
            operation_id = input.case.operation.definition.raw["operationId"]
            taken.append(Step(operation_id, link, output.response.status_code))
            return output

        def call(self, case: Any, **kwargs: Any) -> Any:
            return Response.from_any(send(case))  # the scenario recorder needs its own type

        def validate_response(self, response: Any, case: Any, **kwargs: Any) -> None:
            case.validate_response(response, checks=list(CHECKS))

    flow_settings = settings(fuzz_settings(scenarios), stateful_step_count=steps)
    run_state_machine_as_test(Flow, settings=flow_settings)
    return taken


def _root_rule(operation: Any) -> Any:
    """A rule starting scenarios at `operation`. Schemathesis picks its own entry points by
    heuristics that pass over operations with path parameters it cannot produce (such as
    ``place_orders`` on ``/iserver/account/{accountId}/orders``); a flow must start at its
    first operation, so that rule is added explicitly, built as schemathesis builds its own
    (pinned schemathesis 4.32.5)."""
    from hypothesis.stateful import Bundle
    from schemathesis.generation.stateful.state_machine import StepInput
    from schemathesis.specs.openapi.stateful import (
        _step_case_strategy,
        is_root_allowed,
        transition,
    )

    name = "FLOW_START__" + re.sub(r"\W", "_", operation.label)
    cases = _step_case_strategy(operation, [GenerationMode.POSITIVE], feedback=_no_feedback())
    rule = transition(
        name=name,
        target=Bundle("catch_all"),
        precondition=is_root_allowed(operation.label),
        input=cases.map(StepInput.initial),
    )
    rule.__name__ = name
    return rule


def _no_feedback() -> Any:
    from schemathesis.generation.feedback import NO_FEEDBACK

    return NO_FEEDBACK

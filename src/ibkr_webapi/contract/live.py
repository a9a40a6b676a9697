"""Live mode: the spec's read-only operations against a real IBKR server, validated.

Credentials come from the environment: ``IBKR_GATEWAY_URL`` (with ``IBKR_GATEWAY_CA_BUNDLE``)
for the Client Portal Gateway, or the ``IBKR_OAUTH_*`` variables for OAuth 1.0a (see
``ibkr_auth.config``). Only read-only operations run unless writes are explicitly allowed,
and writes are refused on anything but a paper account (ids starting with DU or DF).

Example:
    >>> live_target_from_env({}) is None
    True
    >>> try:
    ...     guard_writes("U1234567", allow_writes=True)
    ... except LiveWriteRefused as refused:
    ...     print(refused)
    U... is not a paper account: writes run only on paper accounts (DU..., DF...)
    >>> from ibkr_webapi.spec import operation
    >>> is_read_only(operation("get_portfolio_accounts")), is_read_only(operation("place_orders"))
    (True, False)
"""

from __future__ import annotations

import copy
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import httpx

from ibkr_webapi.contract.fuzzing import Known
from ibkr_webapi.contract.validation import (
    Operation as SpecOperation,
)
from ibkr_webapi.contract.validation import (
    SpecValidator,
    declared_statuses,
    find_operation,
    response_schema_pointer,
)
from ibkr_webapi.spec import Operation

NO_CREDENTIALS = (
    "live mode needs credentials: set IBKR_GATEWAY_URL (and IBKR_GATEWAY_CA_BUNDLE) for the "
    "Client Portal Gateway, or IBKR_OAUTH_CONSUMER_KEY and the other IBKR_OAUTH_* variables "
    "for OAuth 1.0a; none is set, so the live part does not run"
)
READ_ONLY_POSTS = frozenset({
    "get_brokerage_session_status", "tickle", "search_contracts_via_post", "get_contract_rules",
    "get_allocation_group", "get_consolidated_portfolio_allocation", "get_account_performance",
    "get_transaction_history", "get_account_performance_all_periods", "run_scanner",
    "run_hmds_scanner",
})
"""POSTs that only read: IBKR uses POST for queries with bodies."""
NOT_LIVE_TAGS = frozenset({"oauth", "flex"})
"""Token requests are the auth plugin's job; Flex has its own server, token and workflow."""
STATE_CHANGING_GETS = frozenset({"unsubscribe_all_market_data"})
"""GETs that change the session: they would cancel the user's own subscriptions."""
PAPER_PREFIXES = ("DU", "DF")
WELL_KNOWN_CONID = "265598"
"""AAPL on NASDAQ: exists on every IBKR server, for operations that need a contract."""
GLOBAL_INTERVAL = 0.1
TIMEOUT = 30.0
"""IBKR's global limit: 10 requests per second."""


class LiveWriteRefused(PermissionError):
    """A state-changing live request refused: writes not allowed, or not a paper account."""


def is_paper(account: str) -> bool:
    return account.upper().startswith(PAPER_PREFIXES)


def guard_writes(account: str, *, allow_writes: bool) -> None:
    """Raise `LiveWriteRefused` unless writes are allowed and `account` is a paper account."""
    masked = account[:1] + "..."  # never the account number itself in a message
    if not allow_writes:
        raise LiveWriteRefused(
            "this flow changes account state: pass --allow-writes to run it (paper accounts only)")
    if not is_paper(account):
        raise LiveWriteRefused(
            f"{masked} is not a paper account: writes run only on paper accounts (DU..., DF...)")


def is_read_only(op: Operation) -> bool:
    """Whether an operation only reads (and so may run live without --allow-writes)."""
    if op.tag in NOT_LIVE_TAGS or op.operation_id in STATE_CHANGING_GETS:
        return False
    return op.method == "GET" or op.operation_id in READ_ONLY_POSTS


@dataclass(frozen=True)
class LiveTarget:
    """A real server: what kind it is and how to build a client whose auth plugin reaches it."""

    kind: str
    make_client: Callable[[], httpx.Client]


def live_target_from_env(environ: Mapping[str, str]) -> LiveTarget | None:
    """The configured server, or None when no credentials are set (live mode then skips)."""
    from ibkr_auth import GatewaySession, OAuth1aAuth

    if environ.get("IBKR_OAUTH_CONSUMER_KEY"):
        oauth = OAuth1aAuth.from_env(environ)
        return LiveTarget("oauth", lambda: httpx.Client(
            base_url=oauth.base_url, auth=oauth, timeout=TIMEOUT))
    if environ.get("IBKR_GATEWAY_URL"):
        gateway = GatewaySession(environ=environ)  # raises if no TLS choice is configured
        return LiveTarget("gateway", lambda: gateway.client(timeout=TIMEOUT))
    return None


@dataclass(frozen=True)
class LiveRequest:
    """One concrete request for one operation."""

    operation_id: str
    method: str
    path: str
    params: Mapping[str, str]
    body: Any


def _example(parameter: Mapping[str, Any]) -> Any:
    if "example" in parameter:
        return parameter["example"]
    for example in (parameter.get("examples") or {}).values():
        return example.get("value")
    schema = parameter.get("schema") or {}
    for key in ("default", "const"):
        if key in schema:
            return schema[key]
    if schema.get("enum"):
        return schema["enum"][0]
    return (schema.get("examples") or [None])[0]


def _value_for(parameter: Mapping[str, Any], known: Known) -> Any:
    name = parameter["name"]
    fixed = known.for_names([name])
    if name in fixed:
        return fixed[name]
    if name.lower() in ("conid", "conids"):
        return WELL_KNOWN_CONID
    return _example(parameter)


def plan_request(validator: SpecValidator, op: Operation, known: Known) -> LiveRequest | str:
    """The request to send for `op`, or the reason none can be built (a missing example)."""
    path, params = op.path, {}
    for raw in op.definition.get("parameters", []):
        parameter, _ = validator.deref(raw)
        value = _value_for(parameter, known)
        if value is None:
            if parameter.get("required") or parameter["in"] == "path":
                return f"no value for the {parameter['in']} parameter {parameter['name']}"
            continue
        if parameter["in"] == "path":
            path = path.replace("{" + parameter["name"] + "}", str(value))
        elif parameter["in"] == "query":
            params[parameter["name"]] = ",".join(map(str, value)) if isinstance(
                value, list) else str(value)
    body = _request_body(validator, op, known)
    if body is _MISSING:
        return "the request body is required and the spec has no example of it"
    return LiveRequest(op.operation_id, op.method, path, params, body)


_MISSING = object()


def _request_body(validator: SpecValidator, op: Operation, known: Known) -> Any:
    request_body, _ = validator.deref(op.definition.get("requestBody") or {})
    media = (request_body.get("content") or {}).get("application/json") or {}
    for example in (media.get("examples") or {}).values():
        return known.in_example(copy.deepcopy(example.get("value")))
    return _MISSING if request_body.get("required") else None


def response_problems(
    validator: SpecValidator, op: Operation, response: httpx.Response
) -> list[str]:
    """Every way a live response disagrees with the spec, each naming a JSON path."""
    spec_op: SpecOperation | None = find_operation(validator.spec, op.method, op.path)
    if spec_op is None:
        return [f"{op.operation_id}: not in the spec"]
    media_type = response.headers.get("content-type", "").split(";")[0].strip()
    pointer = response_schema_pointer(validator, spec_op, response.status_code, media_type)
    if pointer is None:
        declared = ", ".join(declared_statuses(spec_op))
        return [f"{op.operation_id}: status {response.status_code} {media_type or '(no type)'} "
                f"is not declared (declared: {declared})"]
    try:
        body = response.json()
    except ValueError:
        return [f"{op.operation_id}: the body is not JSON"]
    return [f"{op.operation_id}: {problem}" for problem in validator.problems(pointer, body)]


class Pacer:
    """Keeps live requests within IBKR's global and per-operation limits."""

    def __init__(self, clock: Any = time.monotonic, sleep: Any = time.sleep) -> None:
        self._clock, self._sleep = clock, sleep
        self._last: dict[str, float] = {}

    def wait(self, op: Operation) -> None:
        limit = op.rate_limit
        own = float(limit["per_seconds"]) / float(limit["requests"]) if limit else 0.0
        now = self._clock()
        due = max(self._last.get("*", -1e9) + GLOBAL_INTERVAL,
                  self._last.get(op.operation_id, -1e9) + own)
        if due > now:
            self._sleep(due - now)
        self._last["*"] = self._last[op.operation_id] = max(due, now)


def send(client: httpx.Client, request: LiveRequest) -> httpx.Response:
    return client.request(
        request.method, request.path, params=dict(request.params) or None,
        json=request.body if request.body is not None else None,
    )



def discover_known(client: httpx.Client) -> Known:
    """The server's accounts, read as a user would (GET /iserver/accounts)."""
    answer = client.get("/iserver/accounts")
    answer.raise_for_status()
    accounts = [str(account) for account in answer.json().get("accounts", [])]
    return Known(accounts=accounts, parameters={"conid": WELL_KNOWN_CONID})


@dataclass(frozen=True)
class LiveResult:
    """What one operation did live: the response (None when no request could be planned),
    and every problem found."""

    operation_id: str
    response: httpx.Response | None
    problems: list[str]


def run_operation(
    client: httpx.Client, validator: SpecValidator, op: Operation, known: Known, pacer: Pacer
) -> LiveResult:
    """Plan, pace, send and validate one read-only operation."""
    if not is_read_only(op):
        raise LiveWriteRefused(f"{op.operation_id} changes state; it never runs as read-only")
    plan = plan_request(validator, op, known)
    if isinstance(plan, str):
        return LiveResult(op.operation_id, None, [f"{op.operation_id}: not run: {plan}"])
    pacer.wait(op)
    response = send(client, plan)
    return LiveResult(op.operation_id, response, response_problems(validator, op, response))

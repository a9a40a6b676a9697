"""`ibkr-webapi contract record`: record a real IBKR server's answers, scrubbed, as cassettes.

Runs the contract's read-only operations against the server configured in the environment
(IBKR_GATEWAY_URL, or the IBKR_OAUTH_* variables; see `ibkr_webapi.contract.live`), paced by
IBKR's limits, and writes one cassette per operation, either in this project's format
(``--format cassette``, contract_tests/cassettes/README.md) or as a VCR.py YAML cassette
(``--format vcr``). Every recording goes through one `Scrubber` before anything is written:
account ids, tokens, cookies, signatures, names and addresses become placeholders.

Example (the project format, from a scrubbed interaction):
    >>> import httpx
    >>> from ibkr_webapi.contract.recording import interaction_of
    >>> request = httpx.Request("GET", "https://api.ibkr.com/v1/api/portfolio/U7654321/meta")
    >>> response = httpx.Response(200, json={"accountTitle": "Jo Doe"}, request=request)
    >>> cassette = native_cassette(interaction_of(response), "get_portfolio_meta",
    ...                            "/portfolio/{accountId}/meta", Scrubber(), server="oauth")
    >>> cassette["request"]["path"], cassette["response"]["body"]
    ('/portfolio/U0000001/meta', {'accountTitle': 'Scrubbed Name 1'})
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal
from urllib.parse import parse_qsl, urlsplit

from ibkr_webapi.contract.live import (
    NO_CREDENTIALS,
    LiveTarget,
    Pacer,
    discover_known,
    is_read_only,
    live_target_from_env,
    run_operation,
)
from ibkr_webapi.contract.recording import interaction_of, write_cassette
from ibkr_webapi.contract.scrub import Scrubber
from ibkr_webapi.contract.traffic.items import parsed_body
from ibkr_webapi.contract.validation import SpecValidator
from ibkr_webapi.spec import effective_spec, iter_operations

Format = Literal["cassette", "vcr"]
FORMAT_NAME = "ibkr-webapi-cassette/1"
API_PREFIX = "/v1/api"


def native_cassette(interaction: Mapping[str, Any], operation_id: str, template: str,
                    scrubber: Scrubber, *, server: str) -> dict[str, Any]:
    """One exchange in this project's cassette format, scrubbed (the interaction is scrubbed
    as a VCR cassette first, so both formats share one scrubber pass)."""
    (scrubbed,) = scrubber.cassette({"version": 1, "interactions": [interaction]})[
        "interactions"]
    request, response = scrubbed["request"], scrubbed["response"]
    url = urlsplit(request["uri"])
    content_type = _first(response["headers"], "content-type").split(";")[0].strip()
    body, _ = parsed_body(response["body"].get("string"), content_type)
    recorded: dict[str, Any] = {"method": request["method"],
                                "path": url.path.removeprefix(API_PREFIX),
                                "operation_path": template}
    if url.query:
        recorded["query"] = dict(parse_qsl(url.query, keep_blank_values=True))
    return {
        "format": FORMAT_NAME,
        "request": recorded,
        "response": {"status": response["status"]["code"],
                     "content_type": content_type or "application/json", "body": body},
        "provenance": {"repo": "", "file": "", "commit": "",
                       "confidence": "recorded",
                       "recorded": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
                       "recorded_by": "ibkr-webapi contract record", "server": server},
        "notes": f"{operation_id}: recorded live and scrubbed by ibkr-webapi contract record.",
    }


def _first(headers: Mapping[str, Sequence[str]], name: str) -> str:
    for key, values in headers.items():
        if key.lower() == name and values:
            return str(values[0])
    return ""


def record_from_env(out: Path, environ: Mapping[str, str], *, operations: Sequence[str] = (),
                    fmt: Format = "cassette", echo: Callable[[str], None] = print) -> int:
    """`record` against the server the environment configures; 2 when it configures none."""
    target = live_target_from_env(environ)
    if target is None:
        echo(NO_CREDENTIALS)
        return 2
    return record(out, target, operations=operations, fmt=fmt, echo=echo)


def record(out: Path, target: LiveTarget, *, operations: Sequence[str] = (),
           fmt: Format = "cassette", echo: Callable[[str], None] = print) -> int:
    """Record every read-only operation (or only `operations`) into `out`; 0 when every
    response conforms, 1 when one disagrees with the contract."""
    validator, scrubber, pacer = SpecValidator(dict(effective_spec())), Scrubber(), Pacer()
    failed = False
    with target.make_client() as client:
        known = discover_known(client)
        for op in iter_operations():
            if not is_read_only(op) or (operations and op.operation_id not in operations):
                continue
            result = run_operation(client, validator, op, known, pacer)
            if result.response is not None:
                interaction = interaction_of(result.response)
                if fmt == "vcr":
                    write_cassette(out / f"live_{op.operation_id}.yaml", [interaction], scrubber)
                else:
                    cassette = native_cassette(interaction, op.operation_id, op.path, scrubber,
                                               server=target.kind)
                    _write_json(out / f"live_{op.operation_id}.json", cassette)
            failed |= bool(result.problems)
            echo(f"{op.operation_id} " + ("ok" if not result.problems
                                          else "; ".join(result.problems)))
    return 1 if failed else 0


def _write_json(path: Path, document: Mapping[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")

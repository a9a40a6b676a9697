"""The harness's own rules, on tiny specs: a 5xx fails the run only when the operation does
not declare it, and each operation is called at its own server's path."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from schemathesis.core.failures import FailureGroup

from ibkr_webapi.contract.fuzzing import (
    HttpxSender,
    base_path,
    fuzz_operation,
    load_schema,
    operations,
)

ERROR_BODY = {"type": "object", "properties": {"error": {"type": "string"}},
              "required": ["error"]}


def one_operation(responses: dict[str, Any], **path_item: Any) -> Any:
    spec = {"openapi": "3.1.0", "info": {"title": "t", "version": "1"},
            "servers": [{"url": "https://gateway.test/v1/api"}],
            "paths": {"/order": {**path_item, "get": {"operationId": "order",
                                                      "responses": responses}}}}
    return next(operations(load_schema(spec)))


def answering(status: int) -> HttpxSender:
    """A server answering every request with `status` and an IBKR error body."""
    def answer(request: httpx.Request) -> httpx.Response:
        # Streamed like a network answer, so that the client sets `elapsed`.
        body = httpx.ByteStream(json.dumps({"error": "Order 1 is not found"}).encode())
        return httpx.Response(status, headers={"content-type": "application/json"}, stream=body)

    return HttpxSender(httpx.Client(transport=httpx.MockTransport(answer)),
                       "https://gateway.test")


def json_error(description: str) -> dict[str, Any]:
    return {"description": description,
            "content": {"application/json": {"schema": ERROR_BODY}}}


def test_a_declared_5xx_is_documented_behaviour_not_a_crash() -> None:
    operation = one_operation({"200": {"description": "ok"}, "503": json_error("unknown")})

    assert fuzz_operation(operation, answering(503), max_examples=1) == 1


def test_an_undeclared_5xx_fails_the_run() -> None:
    operation = one_operation({"200": {"description": "ok"}, "500": json_error("other")})

    with pytest.raises(FailureGroup, match="Server error"):
        fuzz_operation(operation, answering(503), max_examples=1)


def test_a_5xx_range_declares_every_5xx_but_default_declares_none() -> None:
    ranged = one_operation({"200": {"description": "ok"}, "5XX": json_error("any")})
    fuzz_operation(ranged, answering(503), max_examples=1)

    default = one_operation({"200": {"description": "ok"}, "default": json_error("any")})
    with pytest.raises(FailureGroup, match="Server error"):
        fuzz_operation(default, answering(503), max_examples=1)


def test_an_operation_is_called_at_its_own_servers_path() -> None:
    flex = {"servers": [{"url": "https://flex.test/AccountManagement/FlexWebService"}]}

    assert base_path(one_operation({"200": {"description": "ok"}}, **flex)) == (
        "/AccountManagement/FlexWebService")
    assert base_path(one_operation({"200": {"description": "ok"}})) == "/v1/api"

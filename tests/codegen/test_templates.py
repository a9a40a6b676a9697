"""The custom generator templates, tested through a client generated from a fixture spec.

Covers the three known gaps of openapi-python-client that ibkr_webapi/codegen/templates
closes: arrays in the query string are comma-joined, unknown enum values are kept, and an
undocumented status or an unparsable body raises a typed error instead of returning None.
"""

from __future__ import annotations

import importlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import httpx
import pytest
import yaml

from ibkr_webapi.codegen.generator import run_openapi_python_client


@pytest.fixture(scope="module")
def fixture_client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    scratch = tmp_path_factory.mktemp("codegen")
    spec = yaml.safe_load((Path(__file__).parent / "template_fixture.yaml").read_text())
    spec_path = scratch / "openapi.json"
    spec_path.write_text(json.dumps(spec))
    package = scratch / "template_fixture_client"
    run_openapi_python_client(spec_path, package)
    (package.parent / "__init__.py").touch()
    sys.path.insert(0, str(scratch))
    yield "template_fixture_client"
    sys.path.remove(str(scratch))


def load(package: str, name: str) -> ModuleType:
    # The generator names the package after the config (ibkr_client); import by folder instead.
    return importlib.import_module(f"{package}.{name}")


def client_answering(package: str, status: int, body: bytes, seen: list[httpx.Request]):
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(status, content=body, headers={"content-type": "application/json"})

    client_module = load(package, "client")
    return client_module.Client(
        base_url="https://mock.test", httpx_args={"transport": httpx.MockTransport(handler)}
    )


def test_array_query_parameters_are_comma_joined(fixture_client: str) -> None:
    api = load(fixture_client, "api.fixture.get_quotes")
    seen: list[httpx.Request] = []
    client = client_answering(fixture_client, 200, b"[]", seen)
    api.sync(client=client, conids=[265598, 8314], fields=["31", "84"])
    assert seen[0].url.query == b"conids=265598%2C8314&fields=31%2C84"
    assert seen[0].url.params.get_list("conids") == ["265598,8314"]


def test_an_omitted_optional_array_is_not_sent(fixture_client: str) -> None:
    api = load(fixture_client, "api.fixture.get_quotes")
    seen: list[httpx.Request] = []
    api.sync(client=client_answering(fixture_client, 200, b"[]", seen), conids=[1])
    assert dict(seen[0].url.params) == {"conids": "1"}


def test_unknown_enum_values_are_kept(fixture_client: str) -> None:
    api = load(fixture_client, "api.fixture.get_quotes")
    body = json.dumps([{"conid": 1, "side": "SSHORT", "level": 7}, {"conid": 2, "side": "BUY"}])
    quotes = api.sync(client=client_answering(fixture_client, 200, body.encode(), []), conids=[1])
    assert quotes[0].side.value == "SSHORT" and not quotes[0].side.is_known
    assert quotes[0].level == 7 and not quotes[0].level.is_known
    assert quotes[1].side.is_known and quotes[1].side.name == "BUY"
    assert quotes[0].to_dict()["side"] == "SSHORT"


def test_an_undocumented_status_raises_a_typed_error(fixture_client: str) -> None:
    api = load(fixture_client, "api.fixture.get_quotes")
    errors = load(fixture_client, "errors")
    client = client_answering(fixture_client, 418, b'{"error":"teapot"}', [])
    with pytest.raises(errors.UnexpectedStatus) as caught:
        api.sync(client=client, conids=[1])
    assert caught.value.operation == "get_quotes"
    assert caught.value.status_code == 418
    assert "get_quotes: HTTP 418" in str(caught.value) and "teapot" in str(caught.value)


async def test_an_html_body_on_a_declared_status_raises_a_typed_error(fixture_client: str) -> None:
    api = load(fixture_client, "api.fixture.get_quotes")
    errors = load(fixture_client, "errors")
    client = client_answering(fixture_client, 200, b"<html><body>down</body></html>", [])
    with pytest.raises(errors.UnexpectedResponse) as caught:
        await api.asyncio(client=client, conids=[1])
    assert caught.value.operation == "get_quotes" and caught.value.status_code == 200
    assert isinstance(caught.value.cause, ValueError)


def test_error_messages_quote_only_the_start_of_the_body(fixture_client: str) -> None:
    api = load(fixture_client, "api.fixture.get_quotes")
    errors = load(fixture_client, "errors")
    client = client_answering(fixture_client, 502, b"x" * 5000, [])
    with pytest.raises(errors.UnexpectedStatus) as caught:
        api.sync(client=client, conids=[1])
    assert len(str(caught.value)) < 400 and len(caught.value.content) == 5000

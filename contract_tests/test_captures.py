"""Part 2: recorded responses validate against the effective spec and replay through the
generated client (sync and async), with the network blocked by VCR's record_mode="none"."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from contract_support import captures_dir, load_spec
from ibkr_webapi.contract.captures import check_capture, iter_captures
from ibkr_webapi.contract.cassettes import (
    CassetteSource,
    sources_from_captures,
    sources_from_examples,
    write_cassettes,
)
from ibkr_webapi.contract.replay import replay, replay_async
from ibkr_webapi.contract.validation import SpecValidator, find_operation, iter_operations

SPEC = load_spec()
SERVED = [c for c in iter_captures(captures_dir()) if find_operation(SPEC, c.method, c.path)]
SOURCES = sources_from_captures(SPEC, captures_dir()) + sources_from_examples(SPEC)


@pytest.fixture(scope="module")
def cassettes(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("cassettes")
    write_cassettes(SOURCES, directory)
    return directory


@pytest.mark.parametrize("capture", SERVED, ids=[c.name for c in SERVED])
def test_capture_matches_the_effective_spec(capture, validator: SpecValidator) -> None:
    problems = check_capture(validator, capture)
    assert not problems, "\n".join(map(str, problems))


def operation_of(source: CassetteSource):
    return next(op for op in iter_operations(SPEC) if op.operation_id == source.operation_id)


@pytest.mark.parametrize("source", SOURCES, ids=[s.name for s in SOURCES])
def test_cassette_replays_through_the_generated_client(
    source: CassetteSource, cassettes: Path, validator: SpecValidator
) -> None:
    parsed = replay(
        cassettes / f"{source.name}.yaml", validator, operation_of(source), source.concrete_path
    )
    assert parsed is not None


@pytest.mark.parametrize("source", SOURCES, ids=[s.name for s in SOURCES])
async def test_cassette_replays_through_the_async_client(
    source: CassetteSource, cassettes: Path, validator: SpecValidator
) -> None:
    operation = operation_of(source)
    parsed = await replay_async(
        cassettes / f"{source.name}.yaml", validator, operation, source.concrete_path
    )
    assert parsed is not None


# Captures of requests that are not API operations: the spec rightly has no operation for them.
NOT_OPERATIONS = {
    "GET_iserver_marketdata_conid_unsubscribe__1.json": "retired path; 404 text/html page",
    "GET_iserver_portfolio2_accountId_positions__1.json": "mistyped path; 404",
}


def test_every_capture_has_an_operation_or_a_reason() -> None:
    unserved = {c.name for c in iter_captures(captures_dir()) if c not in SERVED}
    assert unserved == set(NOT_OPERATIONS), sorted(unserved ^ set(NOT_OPERATIONS))


def test_a_broken_field_type_names_the_capture_operation_and_field() -> None:
    broken = copy.deepcopy(SPEC)
    broken["components"]["schemas"]["AuthStatus"]["properties"]["authenticated"]["type"] = "string"
    capture = next(c for c in SERVED if c.name == "GET_iserver_auth_status__1.json")
    (problem,) = check_capture(SpecValidator(broken), capture)
    assert problem.capture == "GET_iserver_auth_status__1.json"
    assert "get_brokerage_session_status_via_get" in problem.operation
    assert problem.json_path == "$.authenticated"
    assert "is not of type 'string'" in problem.message

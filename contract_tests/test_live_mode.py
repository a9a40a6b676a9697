"""Part 6: live mode (opt-in, ``--live``) runs every read-only operation against the server
configured in the environment and validates each response; ``--record`` writes scrubbed
cassettes. Without ``--live`` or without credentials the live tests skip with the reason."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from ibkr_webapi.contract.fuzzing import Known
from ibkr_webapi.contract.live import (
    NO_CREDENTIALS,
    Pacer,
    discover_known,
    guard_writes,
    is_read_only,
    live_target_from_env,
    run_operation,
)
from ibkr_webapi.contract.recording import interaction_of, write_cassette
from ibkr_webapi.contract.scrub import Scrubber
from ibkr_webapi.contract.validation import SpecValidator
from ibkr_webapi.spec import iter_operations, operation

READ_ONLY = [op.operation_id for op in iter_operations() if is_read_only(op)]


@dataclass
class LiveSession:
    client: httpx.Client
    known: Known
    pacer: Pacer
    scrubber: Scrubber
    record_dir: Path | None


@pytest.fixture(scope="module")
def live(pytestconfig: pytest.Config) -> Iterator[LiveSession]:
    if not pytestconfig.getoption("--live"):
        pytest.skip("live mode is opt-in: nox -s contract -- --live (paper account credentials "
                    "in the environment)")
    target = live_target_from_env(os.environ)
    if target is None:
        pytest.skip(NO_CREDENTIALS)
    record_dir = pytestconfig.getoption("--record-dir") if pytestconfig.getoption(
        "--record") else None
    with target.make_client() as client:
        yield LiveSession(client, discover_known(client), Pacer(), Scrubber(), record_dir)


@pytest.mark.parametrize("operation_id", READ_ONLY)
def test_live_read_only_operation_conforms(
    operation_id: str, live: LiveSession, validator: SpecValidator
) -> None:
    result = run_operation(live.client, validator, operation(operation_id), live.known,
                           live.pacer)
    if result.response is not None and live.record_dir is not None:
        write_cassette(live.record_dir / f"live_{operation_id}.yaml",
                       [interaction_of(result.response)], live.scrubber)
    assert not result.problems, "\n".join(result.problems)


def test_live_watchlist_flow_needs_allow_writes_and_a_paper_account(
    live: LiveSession, pytestconfig: pytest.Config
) -> None:
    account = live.known.accounts[0]
    guard_writes(account, allow_writes=bool(pytestconfig.getoption("--allow-writes")))
    body = {"id": "9900123", "name": "ibkr-webapi contract", "rows": [{"C": 265598}]}
    created = live.client.post("/iserver/watchlist", json=body)
    assert created.status_code == 200, created.text
    fetched = live.client.get("/iserver/watchlist", params={"id": body["id"]})
    deleted = live.client.delete("/iserver/watchlist", params={"id": body["id"]})
    assert (fetched.status_code, deleted.status_code) == (200, 200)

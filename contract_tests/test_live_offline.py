"""Part 6 without a real server: the write guard, the environment, and the live loop and
recorder driven against the in-process mock (the same code a --live run uses)."""

from __future__ import annotations

import json

import pytest
import vcr
import yaml

from harness.mock_target import mock_target
from ibkr_auth.errors import GatewayConfigError
from ibkr_webapi.contract.live import (
    LiveWriteRefused,
    Pacer,
    guard_writes,
    is_read_only,
    live_target_from_env,
    run_operation,
)
from ibkr_webapi.contract.recording import interaction_of, write_cassette
from ibkr_webapi.contract.scrub import Scrubber
from ibkr_webapi.contract.validation import SpecValidator
from ibkr_webapi.spec import iter_operations, operation


def test_writes_need_the_flag() -> None:
    with pytest.raises(LiveWriteRefused, match="--allow-writes"):
        guard_writes("DU1234567", allow_writes=False)


def test_writes_never_run_on_a_live_account_and_the_message_hides_it() -> None:
    with pytest.raises(LiveWriteRefused, match="not a paper account") as refused:
        guard_writes("U1234567", allow_writes=True)
    assert "1234567" not in str(refused.value)


def test_writes_run_on_a_paper_account_with_the_flag() -> None:
    guard_writes("DU1234567", allow_writes=True)


def test_no_credentials_means_no_target() -> None:
    assert live_target_from_env({}) is None


def test_a_gateway_without_a_tls_choice_is_a_clear_error() -> None:
    with pytest.raises(GatewayConfigError, match="IBKR_GATEWAY_CA_BUNDLE"):
        live_target_from_env({"IBKR_GATEWAY_URL": "https://localhost:5000/v1/api"})


def test_no_state_changing_operation_is_read_only() -> None:
    changing = {"place_orders", "modify_order", "cancel_order", "create_watchlist",
                "delete_watchlist", "create_or_modify_alert", "delete_alert", "logout",
                "add_allocation_group", "delete_allocation_group", "unsubscribe_all_market_data"}
    assert not changing & {op.operation_id for op in iter_operations() if is_read_only(op)}


def test_a_state_changing_operation_is_refused_by_the_live_loop(
    validator: SpecValidator,
) -> None:
    with mock_target("gateway") as target, pytest.raises(LiveWriteRefused):
        run_operation(target.send.client, validator, operation("place_orders"), target.known,
                      Pacer())


@pytest.mark.parametrize("operation_id", ["get_portfolio_ledger", "get_brokerage_accounts"])
def test_the_live_loop_validates_and_records_scrubbed_cassettes(
    operation_id: str, validator: SpecValidator, tmp_path
) -> None:
    with mock_target("oauth") as target:
        result = run_operation(target.send.client, validator, operation(operation_id),
                               target.known, Pacer())
        assert result.response is not None and not result.problems, result.problems
        cassette = write_cassette(tmp_path / "c.yaml", [interaction_of(result.response)],
                                  Scrubber())
        accounts = target.known.accounts
    written = cassette.read_text()
    assert not [account for account in accounts if account in written]
    assert "oauth_signature" not in written  # the whole Authorization header is replaced
    (recorded,) = yaml.safe_load(written)["interactions"]
    with vcr.use_cassette(str(cassette), record_mode="none") as replayed:
        assert len(replayed.data) == 1
    assert json.loads(recorded["response"]["body"]["string"]) is not None

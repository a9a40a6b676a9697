"""The facade on OAuth 2.0: Client and AsyncClient unchanged, the Account Management and FA
model operations grouped by tag and sent to the host's root, their state in the mock."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest

from ibkr_client.models import (
    CancelInstructionRequest,
    CancelInstructionRequestInstructionType,
    DepositFundsInstruction,
    ListModelsRequest,
    SaveModelRequest,
    SaveModelRequestCashTargetsItem,
    SaveModelRequestPositionTargetsItem,
    TransferCashExternallyRequest,
    TransferCashExternallyRequestInstructionType,
)
from ibkr_webapi import AsyncClient, Client, Target
from ibkr_webapi.errors import ValidationError
from ibkr_webapi.mock.app import MockServer
from ibkr_webapi.mock.config import ManualClock, MockConfig
from ibkr_webapi.settings import Settings


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(1_750_000_000.0)


@pytest.fixture
def server(clock: ManualClock) -> Iterator[MockServer]:
    with MockServer(MockConfig(auth="oauth2", clock=clock, pacing=False)) as mock:
        yield mock


def quiet() -> Settings:
    return Settings(tickle_interval=None)


def deposit(account: str, client_id: int) -> TransferCashExternallyRequest:
    return TransferCashExternallyRequest(
        instruction=DepositFundsInstruction.from_dict({
            "accountId": account, "clientInstructionId": client_id, "amount": 250,
            "currency": "USD", "bankInstructionMethod": "WIRE"}),
        instruction_type=TransferCashExternallyRequestInstructionType.DEPOSIT)


def test_the_whole_session_opens_on_oauth2(server: MockServer) -> None:
    with Client(Target.in_process(server), settings=quiet()) as client:
        accounts = client.accounts.get_brokerage_accounts()
        status = client.account_management.get_account_status("U1234567")
    assert accounts.selected_account == "U1234567"
    assert status.status == "O"
    ids = [entry.operation_id for entry in server.requests]
    assert ids[:2] == ["create_oauth2_access_token", "create_sso_session"]
    assert "init_brokerage_session" in ids


def test_an_instruction_is_pending_then_processed_or_cancelled(server: MockServer,
                                                               clock: ManualClock) -> None:
    with Client(Target.in_process(server), settings=quiet()) as client:
        banking = client.account_management_banking
        first = banking.transfer_cash_externally(body=deposit("U1234567", 11))
        second = banking.transfer_cash_externally(body=deposit("U1234567", 12))
        assert first.instruction_result is not None and second.instruction_result is not None
        assert str(first.instruction_result.instruction_status) == "PENDING"
        cancel = CancelInstructionRequest.from_dict({
            "instructionType": CancelInstructionRequestInstructionType.CANCEL_INSTRUCTION.value,
            "instruction": {"clientInstructionId": 13, "reason": "changed my mind",
                            "instructionId": second.instruction_result.instruction_id}})
        banking.cancel_instruction(body=cancel)
        clock.advance(5)
        processed = banking.get_client_instruction_status(11).to_dict()
        cancelled = banking.get_client_instruction_status(12).to_dict()
    assert processed["instructionResult"]["instructionStatus"] == "PROCESSED"
    assert cancelled["instructionResult"]["instructionStatus"] == "REJECTED"


def test_a_stranger_account_is_a_typed_error(server: MockServer) -> None:
    with Client(Target.in_process(server), settings=quiet()) as client, \
            pytest.raises(ValidationError, match="not one of the client's accounts"):
        client.account_management_banking.transfer_cash_externally(body=deposit("U999", 1))


def test_a_model_saved_is_listed_async(server: MockServer) -> None:
    async def main() -> list[str]:
        async with AsyncClient(Target.in_process(server), settings=quiet()) as client:
            saved = await client.fa_models.save_model(body=SaveModelRequest(
                cash_targets=[SaveModelRequestCashTargetsItem(ccy="USD", target=50)],
                desc="half cash", is_static=True, model="Half",
                position_targets=[SaveModelRequestPositionTargetsItem(conid=265598, target=50)],
                req_id=7))
            assert saved.success
            listed = await client.fa_models.list_models(body=ListModelsRequest(req_id=8))
            return [str(model.model) for model in listed.models or []]

    assert asyncio.run(main()) == ["Half"]


def test_from_env_selects_oauth2_and_the_mock_mode(monkeypatch: pytest.MonkeyPatch) -> None:
    target = Target.from_env({"IBKR_TARGET": "mock", "IBKR_MOCK_AUTH": "oauth2"})
    try:
        assert target.mock is not None and target.mock.oauth2 is not None
    finally:
        target.mock.close()
    with pytest.raises(Exception, match="IBKR_OAUTH2_CLIENT_ID"):
        Target.from_env({"IBKR_TARGET": "oauth2"})

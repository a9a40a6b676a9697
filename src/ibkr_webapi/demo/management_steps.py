"""The demo's OAuth 2.0 steps: the tokens the plugin obtained, then Account Management and FA
model portfolios through the same `AsyncClient` (its operations at the host's root, /gw/api).

They change state (a deposit, a model), so they run against the mock only.
"""

from __future__ import annotations

from ibkr_client.models import (
    DepositFundsInstruction,
    ListModelsRequest,
    SaveModelRequest,
    SaveModelRequestCashTargetsItem,
    SaveModelRequestPositionTargetsItem,
    TransferCashExternallyRequest,
    TransferCashExternallyRequestInstructionType,
)
from ibkr_webapi.client import AsyncClient
from ibkr_webapi.demo.tables import heading, table
from ibkr_webapi.mock.app import MockServer

AAPL = 265598
DEPOSIT_CLIENT_ID = 7_013_045


def print_oauth2_handshake(server: MockServer) -> None:
    heading("OAuth 2.0")
    for entry in server.requests:
        if entry.operation_id == "create_oauth2_access_token":
            print(f"POST /oauth2/api/v1/token -> {entry.status}: private_key_jwt client "
                  "assertion (RS256, test-only key) verified, bearer access token issued")
        elif entry.operation_id == "create_sso_session":
            print(f"POST /gw/api/v1/sso-sessions -> {entry.status}: signed JWT body verified, "
                  "SSO session open; /v1/api requests carry its bearer token")


async def account_management(client: AsyncClient, account: str) -> None:
    heading(f"Account Management: {account}")
    status = await client.account_management.get_account_status(account)
    print(table(["account", "status", "description"],
                [[status.account_id, status.status, status.description]]))
    deposit = TransferCashExternallyRequest(
        instruction=DepositFundsInstruction.from_dict({
            "accountId": account, "clientInstructionId": DEPOSIT_CLIENT_ID, "amount": 1000,
            "currency": "USD", "bankInstructionMethod": "WIRE"}),
        instruction_type=TransferCashExternallyRequestInstructionType.DEPOSIT)
    submitted = await client.account_management_banking.transfer_cash_externally(body=deposit)
    result = submitted.instruction_result
    instruction_id = int(result.instruction_id) if result else 0
    print(f"deposit submitted: instruction {instruction_id}, "
          f"{result.instruction_status if result else '-'}")
    followed = await client.account_management_banking.get_client_instruction_status(
        DEPOSIT_CLIENT_ID)
    print(f"deposit status by client id: {followed.to_dict().get('instructionResult', {})}")


async def model_portfolio(client: AsyncClient) -> None:
    heading("FA model portfolio: save, then list")
    saved = await client.fa_models.save_model(body=SaveModelRequest(
        cash_targets=[SaveModelRequestCashTargetsItem(ccy="USD", target=40)],
        desc="Demo large caps", is_static=False, model="Demo-Model",
        position_targets=[SaveModelRequestPositionTargetsItem(conid=AAPL, target=60)],
        req_id=1))
    print(f"saved: {saved.success}")
    listed = await client.fa_models.list_models(body=ListModelsRequest(req_id=2))
    print(table(["model", "description", "static", "accounts"],
                [[m.model, m.desc, m.is_static, m.num_accounts] for m in listed.models or []]))

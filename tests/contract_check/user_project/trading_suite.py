"""A user's own test suite, as a team using the package would write it (a fixture project:
tests/contract_check/test_pytest_plugin.py copies it into a pytester folder as
test_trading_suite.py and runs it with --ibkr-contract)."""

import pytest

from ibkr_client.api.portfolio import get_portfolio_accounts
from ibkr_webapi import AsyncClient, Client, Target
from ibkr_webapi.errors import IbkrError


def test_the_bot_survives_a_broken_answer(ibkr_mock):
    # The server answers 200 with an error body where the contract declares a list of
    # accounts. The bot copes (its own test passes); the contract check reports it.
    ibkr_mock.inject("status", "get_portfolio_accounts", status=200)
    with Client(Target.in_process(ibkr_mock)) as client, pytest.raises(IbkrError):
        client.portfolio.get_portfolio_accounts()


def test_accounts_through_the_generated_client(ibkr_mock_client):
    assert get_portfolio_accounts.sync(client=ibkr_mock_client)


async def test_positions_through_the_async_client(ibkr_mock):
    async with AsyncClient(Target.in_process(ibkr_mock)) as client:
        account = (await client.portfolio.get_portfolio_accounts())[0].id
        assert await client.portfolio.get_portfolio_positions(account, 0) is not None


@pytest.mark.ibkr_contract(check=False)
def test_a_fault_injected_on_purpose_is_left_out(ibkr_mock):
    ibkr_mock.inject("status", "get_portfolio_accounts", status=200)
    with Client(Target.in_process(ibkr_mock)) as client, pytest.raises(IbkrError):
        client.portfolio.get_portfolio_accounts()

"""A test a user writes for their own bot, against the mock the pytest plugin provides.

Included verbatim by docs/pages/guides/contract-tests.md and run by `nox -s docs`.
"""

import pytest

from ibkr_client.api.portfolio import get_portfolio_accounts


@pytest.mark.ibkr_mock(auth="oauth", pacing=False)
def test_my_bot_lists_accounts(ibkr_mock_client):
    accounts = get_portfolio_accounts.sync(client=ibkr_mock_client)
    assert [account.id for account in accounts][:1] == ["U1234567"]

"""Opening a Gateway client initialises the brokerage session once, not once per component."""

from __future__ import annotations

from ibkr_webapi import AsyncClient, Client, Target
from ibkr_webapi.mock.app import MockServer
from ibkr_webapi.mock.config import MockConfig


def test_the_keepers_init_serves_the_plugin_too() -> None:
    with MockServer(MockConfig(pacing=False)) as server, Client(Target.in_process(server)) as c:
        c.accounts.get_brokerage_accounts()
        c.portfolio.get_portfolio_accounts()
        assert server.requests.count("init_brokerage_session") == 1


async def test_the_keepers_init_serves_the_plugin_too_async() -> None:
    with MockServer(MockConfig(pacing=False)) as server:
        async with AsyncClient(Target.in_process(server)) as client:
            await client.accounts.get_brokerage_accounts()
        assert server.requests.count("init_brokerage_session") == 1

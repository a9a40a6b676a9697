"""Bursts against the mock, which enforces the spec's limits with 429: the facade's pacing
keeps every request under them, from one thread, many threads, or many tasks."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable

from ibkr_webapi.client import AsyncClient, Client
from ibkr_webapi.mock.app import MockServer
from ibkr_webapi.mock.config import MockConfig
from ibkr_webapi.settings import Settings
from ibkr_webapi.targets import Target

NO_KEEPER = Settings(tickle_interval=None)


def assert_never_paced(server: MockServer) -> None:
    statuses = server.requests.statuses()
    assert statuses and 429 not in statuses
    assert set(statuses) == {200}


def test_a_mixed_burst_on_the_manual_clock(server: MockServer,
                                           make_client: Callable[..., Client]) -> None:
    with make_client(server) as client:
        account = client.portfolio.get_portfolio_accounts()[0].id
        assert isinstance(account, str)
        for _ in range(30):
            client.accounts.get_brokerage_accounts()
        for _ in range(3):
            client.portfolio.get_portfolio_accounts()
            client.order_monitoring.get_live_orders()
            client.fyi.get_fyi_unread_count()
            client.session.tickle()
            client.portfolio.get_portfolio_positions(account, 0)
    assert_never_paced(server)
    assert len(server.requests) > 45


def test_threads_on_the_real_clock() -> None:
    with MockServer(MockConfig(seed=2)) as server, Client(Target.in_process(server),
                                                          settings=NO_KEEPER) as client:
        def work(index: int) -> None:
            for _ in range(4):
                client.accounts.get_brokerage_accounts()
            if index % 2:
                client.fyi.get_fyi_unread_count()

        threads = [threading.Thread(target=work, args=(index,)) for index in range(6)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert server.requests.count("get_brokerage_accounts") == 24
        assert server.requests.count("get_fyi_unread_count") == 3
        assert_never_paced(server)


async def test_tasks_on_the_real_clock() -> None:
    server = MockServer(MockConfig(seed=3))
    try:
        async with AsyncClient(Target.in_process(server), settings=NO_KEEPER) as client:
            calls = [client.accounts.get_brokerage_accounts() for _ in range(18)]
            unread = [client.fyi.get_fyi_unread_count() for _ in range(2)]
            await asyncio.gather(*calls, *unread)
        assert server.requests.count("get_brokerage_accounts") == 18
        assert_never_paced(server)
    finally:
        await server.aclose()

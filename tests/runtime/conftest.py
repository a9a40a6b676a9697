"""Fixtures for the runtime facade's tests: a mock server and facade clients on a shared
manual clock, so pacing waits and retry backoffs advance time instead of taking it."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import pytest

from ibkr_webapi.client import AsyncClient, Client
from ibkr_webapi.mock.app import MockServer
from ibkr_webapi.mock.config import ManualClock, MockConfig
from ibkr_webapi.pacing import Limiter
from ibkr_webapi.settings import Settings, Timing
from ibkr_webapi.targets import Target
from runtime_support import quiet_settings


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def timing(clock: ManualClock) -> Timing:
    async def advance(seconds: float) -> None:
        clock.advance(max(0.0, seconds))

    return Timing(clock=clock, sleep=lambda seconds: clock.advance(max(0.0, seconds)),
                  async_sleep=advance)


@pytest.fixture
def make_server(clock: ManualClock) -> Iterator[Callable[..., MockServer]]:
    servers: list[MockServer] = []

    def make(**options: Any) -> MockServer:
        server = MockServer(MockConfig(clock=clock, **options))
        servers.append(server)
        return server

    yield make
    for server in servers:
        server.close()


@pytest.fixture
def server(make_server: Callable[..., MockServer]) -> MockServer:
    return make_server(seed=1)


@pytest.fixture
def make_client(timing: Timing) -> Iterator[Callable[..., Client]]:
    clients: list[Client] = []

    def make(server: MockServer, settings: Settings | None = None,
             limiter: Limiter | None = None, **options: Any) -> Client:
        client = Client(Target.in_process(server, **options),
                        settings=settings or quiet_settings(), limiter=limiter, timing=timing)
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.close()


@pytest.fixture
def client(server: MockServer, make_client: Callable[..., Client]) -> Iterator[Client]:
    with make_client(server) as opened:
        yield opened


@pytest.fixture
async def async_client(server: MockServer, timing: Timing) -> AsyncIterator[AsyncClient]:
    """Opened and closed by one task: the in-process transport (httpx-ws) enters an anyio
    cancel scope that only the entering task may exit, while pytest-asyncio runs a fixture's
    setup and teardown as two tasks."""
    client = AsyncClient(Target.in_process(server), settings=quiet_settings(), timing=timing)
    opened, finished = asyncio.Event(), asyncio.Event()

    async def hold_open() -> None:
        async with client:
            opened.set()
            await finished.wait()

    holder, waiter = asyncio.create_task(hold_open()), asyncio.create_task(opened.wait())
    await asyncio.wait([holder, waiter], return_when=asyncio.FIRST_COMPLETED)
    waiter.cancel()
    if holder.done():
        holder.result()  # opening failed: raise its error here
    yield client
    finished.set()
    await holder

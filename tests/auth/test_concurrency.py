"""One live session token renewal, however many threads or tasks need it at once."""

from __future__ import annotations

import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from auth_test_support import RESOURCE_URL, FakeClock, VerifierServer, make_auth
from ibkr_auth.errors import OAuthRequestError
from ibkr_webapi.mock.oauth_verifier import OAuthVerifier

WORKERS = 50


def fifty_concurrent_gets(client: httpx.Client) -> list[int]:
    barrier = threading.Barrier(WORKERS)

    def get(index: int) -> int:
        barrier.wait()
        return client.get("/iserver/marketdata/snapshot",
                          params={"conids": str(index), "fields": "31"}).status_code

    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        return list(pool.map(get, range(WORKERS)))


async def fifty_concurrent_gets_async(client: httpx.AsyncClient) -> list[int]:
    responses = await asyncio.gather(*(
        client.get("/iserver/marketdata/snapshot", params={"conids": str(i), "fields": "31"})
        for i in range(WORKERS)))
    return [response.status_code for response in responses]


@pytest.fixture
def slow_server(verifier: OAuthVerifier) -> VerifierServer:
    # The pause keeps the first renewal in flight while the other threads reach the lock.
    return VerifierServer(verifier, lst_pause=0.05)


def test_threads_share_the_first_token(slow_server: VerifierServer, clock: FakeClock,
                                       credentials: dict[str, object]) -> None:
    with slow_server.client(make_auth(credentials, clock), base_url=RESOURCE_URL) as client:
        statuses = fifty_concurrent_gets(client)
    assert statuses == [200] * WORKERS
    assert slow_server.lst_requests == 1


def test_threads_share_one_renewal_after_401s(slow_server: VerifierServer, clock: FakeClock,
                                              verifier: OAuthVerifier,
                                              credentials: dict[str, object]) -> None:
    with slow_server.client(make_auth(credentials, clock), base_url=RESOURCE_URL) as client:
        assert client.get("/portfolio/accounts").status_code == 200
        verifier.expire_live_session_tokens()
        statuses = fifty_concurrent_gets(client)
    assert statuses == [200] * WORKERS
    assert slow_server.lst_requests == 2


def test_threads_share_one_renewal_before_expiry(slow_server: VerifierServer,
                                                 clock: FakeClock,
                                                 credentials: dict[str, object]) -> None:
    with slow_server.client(make_auth(credentials, clock), base_url=RESOURCE_URL) as client:
        assert client.get("/portfolio/accounts").status_code == 200
        clock.advance(24 * 3600 - 10)
        statuses = fifty_concurrent_gets(client)
    assert statuses == [200] * WORKERS
    assert slow_server.lst_requests == 2
    assert slow_server.statuses[401] == 0


async def test_tasks_share_the_first_token(server: VerifierServer, clock: FakeClock,
                                           credentials: dict[str, object]) -> None:
    async with server.async_client(make_auth(credentials, clock), base_url=RESOURCE_URL) as c:
        statuses = await fifty_concurrent_gets_async(c)
    assert statuses == [200] * WORKERS
    assert server.lst_requests == 1


async def test_tasks_share_one_renewal_after_401s(server: VerifierServer, clock: FakeClock,
                                                  verifier: OAuthVerifier,
                                                  credentials: dict[str, object]) -> None:
    async with server.async_client(make_auth(credentials, clock), base_url=RESOURCE_URL) as c:
        assert (await c.get("/portfolio/accounts")).status_code == 200
        verifier.expire_live_session_tokens()
        statuses = await fifty_concurrent_gets_async(c)
    assert statuses == [200] * WORKERS
    assert server.lst_requests == 2


async def test_auth_survives_a_new_event_loop(server: VerifierServer, clock: FakeClock,
                                              credentials: dict[str, object]) -> None:
    """The asyncio lock belongs to one loop; a second loop (as in asyncio.run) gets its own."""
    auth = make_auth(credentials, clock)

    async def one_get() -> int:
        async with server.async_client(auth, base_url=RESOURCE_URL) as client:
            auth.invalidate()
            return (await client.get("/portfolio/accounts")).status_code

    assert await one_get() == 200
    other_loop_result = await asyncio.to_thread(asyncio.run, one_get())
    assert other_loop_result == 200
    assert server.lst_requests == 2


def test_a_failed_renewal_releases_the_lock(verifier: OAuthVerifier, clock: FakeClock,
                                            credentials: dict[str, object]) -> None:
    server = VerifierServer(verifier)
    failures = iter([True, True])

    def flaky(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/live_session_token") and next(failures, False):
            return httpx.Response(503, json={"error": "service unavailable"})
        return server.handle(request)

    auth = make_auth(credentials, clock)
    with httpx.Client(transport=httpx.MockTransport(flaky), auth=auth,
                      base_url=RESOURCE_URL) as client:
        for _ in range(2):
            with pytest.raises(OAuthRequestError, match="503"):
                client.get("/portfolio/accounts")
        assert client.get("/portfolio/accounts").status_code == 200

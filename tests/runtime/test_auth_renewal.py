"""After a 401 the auth plugin renews once (OAuth: a new live session token; Gateway: a new
brokerage session) and the request is sent once more; the facade never adds a second round."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from ibkr_webapi import errors
from ibkr_webapi.client import AsyncClient, Client
from ibkr_webapi.mock.app import MockServer
from ibkr_webapi.settings import Timing
from ibkr_webapi.targets import Target
from runtime_support import quiet_settings

LST = "get_live_session_token"
ACCOUNTS = "get_brokerage_accounts"


@pytest.fixture
def oauth_server(make_server: Callable[..., MockServer]) -> MockServer:
    return make_server(seed=4, auth="oauth")


def test_oauth_401_refreshes_the_live_session_token_and_retries_once(
        oauth_server: MockServer, make_client: Callable[..., Client]) -> None:
    with make_client(oauth_server) as client:
        assert oauth_server.requests.count(LST) == 1
        oauth_server.inject("expire_token", ACCOUNTS)
        assert client.accounts.get_brokerage_accounts().accounts
    assert oauth_server.requests.count(LST) == 2
    assert oauth_server.requests.statuses(ACCOUNTS) == [401, 200]


def test_oauth_401_that_persists_is_raised_after_one_refresh(
        oauth_server: MockServer, make_client: Callable[..., Client]) -> None:
    with make_client(oauth_server) as client:
        oauth_server.inject("expire_token", ACCOUNTS, times=None)
        with pytest.raises(errors.NotAuthenticatedError) as raised:
            client.accounts.get_brokerage_accounts()
    assert raised.value.status_code == 401
    assert oauth_server.requests.count(LST) == 2
    assert oauth_server.requests.statuses(ACCOUNTS) == [401, 401]


async def test_oauth_refresh_with_the_async_client(oauth_server: MockServer,
                                                   timing: Timing) -> None:
    async with AsyncClient(Target.in_process(oauth_server), settings=quiet_settings(),
                           timing=timing) as client:
        oauth_server.inject("expire_token", ACCOUNTS)
        assert (await client.accounts.get_brokerage_accounts()).accounts
    assert oauth_server.requests.count(LST) == 2


def test_gateway_401_reinitialises_the_brokerage_session_once(
        client: Client, server: MockServer) -> None:
    client.accounts.get_brokerage_accounts()
    opened = server.requests.count("init_brokerage_session")
    server.expire_brokerage_session()
    assert client.accounts.get_brokerage_accounts().accounts
    assert server.requests.count("init_brokerage_session") == opened + 1
    assert server.requests.statuses(ACCOUNTS) == [200, 401, 200]


def test_gateway_takes_back_a_competing_session(client: Client, server: MockServer) -> None:
    client.accounts.get_brokerage_accounts()
    server.start_competing_session()
    assert client.accounts.get_brokerage_accounts().accounts
    assert server.requests.statuses(ACCOUNTS) == [200, 401, 200]

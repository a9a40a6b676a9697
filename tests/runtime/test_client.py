"""The entry point: targets, grouping by tag, typed models, context managers, from_env."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest

from ibkr_client.models import BrokerageAccounts, PortfolioAccount
from ibkr_webapi.client import AsyncClient, Client
from ibkr_webapi.mock.app import MockServer
from ibkr_webapi.settings import ConfigurationError, Settings
from ibkr_webapi.targets import Target


def test_operations_are_grouped_by_tag_and_return_typed_models(client: Client) -> None:
    accounts = client.portfolio.get_portfolio_accounts()
    assert accounts and all(isinstance(account, PortfolioAccount) for account in accounts)
    assert isinstance(client.accounts.get_brokerage_accounts(), BrokerageAccounts)


def test_the_underlying_clients_stay_reachable(client: Client, server: MockServer) -> None:
    assert isinstance(client.http, httpx.Client)
    assert client.http.get("/iserver/accounts").status_code == 200
    assert client.generated.get_httpx_client() is client.http
    assert server.requests.count("get_brokerage_accounts") == 1


def test_entering_opens_the_brokerage_session_and_starts_the_keeper(
        server: MockServer, make_client: Callable[..., Client]) -> None:
    client = make_client(server, Settings(tickle_interval=3600))
    with client:
        assert client.session_keeper.running
        assert server.requests.count("tickle") == 1
        assert server.requests.count("init_brokerage_session") == 1
    assert not client.session_keeper.running
    assert client.http.is_closed


def test_no_keeper_thread_when_tickles_are_off(server: MockServer,
                                               make_client: Callable[..., Client]) -> None:
    with make_client(server, Settings(tickle_interval=None)) as client:
        assert not client.session_keeper.running


def test_opening_without_a_session_raises_a_typed_error(
        server: MockServer, make_client: Callable[..., Client]) -> None:
    from ibkr_webapi.errors import NotAuthenticatedError

    server.world.session.logout()
    with pytest.raises(NotAuthenticatedError) as raised:
        make_client(server).open()
    assert raised.value.operation == "tickle"


async def test_async_client(async_client: AsyncClient, server: MockServer) -> None:
    accounts = await async_client.portfolio.get_portfolio_accounts()
    assert all(isinstance(account, PortfolioAccount) for account in accounts)
    assert async_client.session_keeper.running is False  # tickles are off in these settings
    assert server.requests.count("tickle") == 1


async def test_async_client_keeper_runs_while_open(server: MockServer) -> None:
    client = AsyncClient(Target.in_process(server), settings=Settings(tickle_interval=3600))
    async with client:
        assert client.session_keeper.running
    assert not client.session_keeper.running


def test_from_env_builds_a_mock_target_and_reads_settings() -> None:
    environ = {"IBKR_TARGET": "mock", "IBKR_MOCK_SEED": "3", "IBKR_TIMEOUT": "7",
               "IBKR_RETRY_ATTEMPTS": "2", "IBKR_TICKLE_INTERVAL": "0"}
    client = Client.from_env(environ)
    try:
        assert client.target.name == "mock"
        assert client.target.mock is not None and client.target.mock.config.seed == 3
        assert client.settings.retry.attempts == 2
        assert client.settings.tickle_interval is None
        assert client.http.timeout.read == 7
        with client:
            assert client.portfolio.get_portfolio_accounts()
    finally:
        client.close()  # closes the mock it started too


@pytest.mark.parametrize(("variable", "value"), [
    ("IBKR_TARGET", "pigeon"), ("IBKR_TIMEOUT", "soon"), ("IBKR_RETRY_ATTEMPTS", "0"),
    ("IBKR_TICKLE_INTERVAL", "-1"), ("IBKR_MOCK_SEED", "x"),
])
def test_bad_environment_values_name_the_variable(variable: str, value: str) -> None:
    environ = {"IBKR_TARGET": "mock", variable: value}
    with pytest.raises(ConfigurationError, match=variable):
        Client.from_env(environ)


def test_gateway_and_oauth_targets_use_the_auth_plugins() -> None:
    from ibkr_auth import GatewaySession

    gateway = Target.gateway("https://127.0.0.1:5000/v1/api", verify=False)
    assert isinstance(gateway.auth, GatewaySession)
    client = Client(gateway)
    assert repr(client) == "Client(target='gateway', base_url='https://127.0.0.1:5000/v1/api')"
    client.close()

"""OAuth2Auth end to end against the mock in OAuth 2.0 mode: the token (private_key_jwt and
the client-secret methods), the SSO session, bearer tokens on /v1/api and /gw/api, renewal
before expiry and once after a 401, single flight across threads and tasks, a wrong key, a
replayed assertion, and the environment variables."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator

import httpx
import pytest

from ibkr_auth import OAuth2Auth
from ibkr_auth.errors import OAuthConfigError, OAuthRequestError
from ibkr_webapi.mock.app import MockServer
from ibkr_webapi.mock.config import ManualClock, MockConfig
from ibkr_webapi.mock.gates.oauth2 import (
    TEST_CLIENT_ID,
    TEST_CLIENT_KEY,
    TEST_CLIENT_SECRET,
    TEST_WRONG_KEY,
)

TOKEN, SSO = "create_oauth2_access_token", "create_sso_session"


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(1_750_000_000.0)


@pytest.fixture
def server(clock: ManualClock) -> Iterator[MockServer]:
    config = MockConfig(auth="oauth2", clock=clock, pacing=False, session_initialised=True,
                        oauth2_token_lifetime=600, session_timeout=86_400)
    with MockServer(config) as mock:
        yield mock


def plugin(server: MockServer, clock: ManualClock, **options: object) -> OAuth2Auth:
    arguments = {**server.oauth2_credentials(), **options}
    return OAuth2Auth(**arguments, base_url=server.base_url, clock=clock,  # type: ignore[arg-type]
                      environ={})


def client(server: MockServer, auth: OAuth2Auth) -> httpx.Client:
    return server.http_client(auth)


def test_token_then_sso_session_then_bearer_requests(server: MockServer,
                                                     clock: ManualClock) -> None:
    auth = plugin(server, clock)
    with client(server, auth) as http:
        assert http.get("/iserver/accounts").status_code == 200
        assert http.get(server_root(server) + "/gw/api/v1/echo/https").status_code == 200
    assert [entry.operation_id for entry in server.requests] == [
        TOKEN, SSO, "get_brokerage_accounts", "echo_https"]
    assert auth.session is not None and auth.session.trading_token is not None


def server_root(server: MockServer) -> str:
    return server.base_url.removesuffix("/v1/api")


def test_tokens_are_renewed_before_they_expire(server: MockServer, clock: ManualClock) -> None:
    auth = plugin(server, clock, renew_margin=60)
    with client(server, auth) as http:
        http.get("/iserver/accounts")
        clock.advance(500)  # within the lifetime (600 s), but past renew_at (540 s)...
        assert http.get("/iserver/accounts").status_code == 200
        clock.advance(30)
        http.get("/iserver/accounts")
    assert server.requests.count(TOKEN) == 1  # ...is not: 500 < 540
    clock.advance(20)  # now past renew_at
    with client(server, auth) as http:
        assert http.get("/iserver/accounts").status_code == 200
    assert server.requests.count(TOKEN) == 2 and server.requests.count(SSO) == 2
    assert [e.status for e in server.requests if e.operation_id != TOKEN].count(401) == 0


def test_a_401_renews_once_and_resends(server: MockServer, clock: ManualClock) -> None:
    auth = plugin(server, clock)
    with client(server, auth) as http:
        http.get("/iserver/accounts")
        server.expire_live_session_tokens()  # every OAuth 2.0 token stops working
        answer = http.get("/iserver/accounts")
    assert answer.status_code == 200
    statuses = [(e.operation_id, e.status) for e in server.requests]
    assert statuses[-4:] == [("get_brokerage_accounts", 401), (TOKEN, 200), (SSO, 200),
                             ("get_brokerage_accounts", 200)]


def test_an_order_is_not_resent_after_a_401(server: MockServer, clock: ManualClock) -> None:
    auth = plugin(server, clock)
    with client(server, auth) as http:
        http.get("/iserver/accounts")
        server.expire_live_session_tokens()
        answer = http.post("/iserver/account/U1234567/orders", json={"orders": []})
        assert answer.status_code == 401
        assert server.requests.count("place_orders") == 1
        assert http.get("/iserver/accounts").status_code == 200  # the next request renews


def test_a_wrong_key_is_refused_by_the_token_endpoint(server: MockServer,
                                                      clock: ManualClock) -> None:
    auth = plugin(server, clock, private_key=str(TEST_WRONG_KEY))
    with client(server, auth) as http, pytest.raises(OAuthRequestError) as caught:
        http.get("/iserver/accounts")
    assert caught.value.status_code == 401
    assert "does not verify" in str(caught.value)
    assert server.requests.count(SSO) == 0


def test_a_replayed_assertion_is_refused(server: MockServer, clock: ManualClock) -> None:
    ids = iter(["assertion-1", "sso-body-1", "assertion-1"])  # the third replays the first
    auth = plugin(server, clock, jti_factory=lambda: next(ids))
    with client(server, auth) as http:
        assert http.get("/iserver/accounts").status_code == 200
        auth.invalidate()
        with pytest.raises(OAuthRequestError, match="replay"):
            http.get("/iserver/accounts")


@pytest.mark.parametrize("method", ["client_secret_post", "client_secret_basic"])
def test_client_secret_methods(server: MockServer, clock: ManualClock, method: str) -> None:
    auth = OAuth2Auth(TEST_CLIENT_ID, client_secret=TEST_CLIENT_SECRET, method=method,  # type: ignore[arg-type]
                      base_url=server.base_url, clock=clock, environ={})
    with client(server, auth) as http:
        assert http.get(server_root(server) + "/gw/api/v1/echo/https").status_code == 200
        # Without an end user there is no SSO session: /v1/api refuses the access token.
        assert http.get("/iserver/accounts").status_code == 401
    assert server.requests.count(SSO) == 0


def test_a_wrong_client_secret_is_refused(server: MockServer, clock: ManualClock) -> None:
    auth = OAuth2Auth(TEST_CLIENT_ID, client_secret="not-the-secret", base_url=server.base_url,
                      clock=clock, environ={})
    with client(server, auth) as http, pytest.raises(OAuthRequestError, match="secret"):
        http.get(server_root(server) + "/gw/api/v1/echo/https")


def test_threads_share_one_renewal(server: MockServer, clock: ManualClock) -> None:
    auth = plugin(server, clock)
    barrier = threading.Barrier(8)
    statuses: list[int] = []

    def worker() -> None:
        with client(server, auth) as http:
            barrier.wait()
            statuses.append(http.get("/iserver/accounts").status_code)

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert statuses == [200] * 8
    assert server.requests.count(TOKEN) == 1 and server.requests.count(SSO) == 1


def test_tasks_share_one_renewal(server: MockServer, clock: ManualClock) -> None:
    auth = plugin(server, clock)

    async def main() -> list[int]:
        async with server.async_http_client(auth) as http:
            answers = await asyncio.gather(*(http.get("/iserver/accounts") for _ in range(8)))
        return [answer.status_code for answer in answers]

    assert asyncio.run(main()) == [200] * 8
    assert server.requests.count(TOKEN) == 1 and server.requests.count(SSO) == 1


def test_from_env_reads_the_documented_variables(server: MockServer, clock: ManualClock) -> None:
    auth = OAuth2Auth.from_env({
        "IBKR_OAUTH2_CLIENT_ID": TEST_CLIENT_ID,
        "IBKR_OAUTH2_PRIVATE_KEY_FILE": str(TEST_CLIENT_KEY),
        "IBKR_OAUTH2_USERNAME": "testonlyuser1",
        "IBKR_OAUTH2_IP": "192.0.2.10",
        "IBKR_OAUTH2_BASE_URL": server.base_url,
    }, clock=clock)
    assert auth.config.method == "private_key_jwt" and auth.config.ip == "192.0.2.10"
    assert auth.config.token_url == "https://localhost:5000/oauth2/api/v1/token"
    with client(server, auth) as http:
        assert http.get("/iserver/accounts").status_code == 200


@pytest.mark.parametrize(("environ", "message"), [
    ({}, "IBKR_OAUTH2_CLIENT_ID is not set"),
    ({"IBKR_OAUTH2_CLIENT_ID": "c"}, "no client credentials"),
    ({"IBKR_OAUTH2_CLIENT_ID": "c", "IBKR_OAUTH2_CLIENT_SECRET": "s",
      "IBKR_OAUTH2_AUTH_METHOD": "private_key_jwt"}, "needs a key"),
    ({"IBKR_OAUTH2_CLIENT_ID": "c", "IBKR_OAUTH2_CLIENT_SECRET": "s",
      "IBKR_OAUTH2_AUTH_METHOD": "carrier-pigeon"}, "must be one of"),
])
def test_configuration_errors_name_the_variable(environ: dict[str, str], message: str) -> None:
    with pytest.raises(OAuthConfigError, match=message):
        OAuth2Auth.from_env(environ)

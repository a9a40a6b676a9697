"""Full OAuth 1.0a flows through httpx against the independent verifier (sync and async):
request token, authorization, access token, live session token, then signed GETs with query
parameters and signed POSTs with bodies; renewal, Host header, nonces and timestamps."""

from __future__ import annotations

import itertools
import re
from typing import Any

import httpx
import pytest

from auth_test_support import (
    CONSUMER_KEY,
    KEYS,
    REALM,
    RESOURCE_URL,
    FakeClock,
    VerifierServer,
    first_party_credentials,
    make_auth,
    pem,
)
from ibkr_auth import OAuth1aAuth, ThirdPartyOAuth, parse_callback
from ibkr_auth.errors import (
    AccessTokenSecretError,
    LiveSessionTokenError,
    OAuthConfigError,
    OAuthRequestError,
)
from ibkr_webapi.mock.oauth_verifier import OAuthVerifier

SNAPSHOT_QUERY = {"conids": "265598,8314", "fields": "31,84,86"}


def third_party_access(server: VerifierServer, clock: FakeClock) -> dict[str, object]:
    flow = ThirdPartyOAuth(CONSUMER_KEY, KEYS / "private_signature.pem", realm=REALM, clock=clock)
    with httpx.Client(transport=httpx.MockTransport(server.handle)) as client:
        request_token = flow.fetch_request_token(client)
        verifier_code = server.verifier.authorize(request_token.reveal())
        token, verifier = parse_callback(
            f"http://localhost:20000/?oauth_token={request_token.reveal()}"
            f"&oauth_verifier={verifier_code}")
        access = flow.fetch_access_token(client, token, verifier)
    return {
        "consumer_key": CONSUMER_KEY,
        "access_token": access.token,
        "access_token_secret": access.secret,
        "signature_key": KEYS / "private_signature.pem",
        "encryption_key": KEYS / "private_encryption.pem",
        "dh_parameters": KEYS / "dhparam.pem",
        "realm": REALM,
    }


async def third_party_access_async(server: VerifierServer, clock: FakeClock) -> (
        dict[str, object]):
    flow = ThirdPartyOAuth(CONSUMER_KEY, pem("private_signature.pem"), realm=REALM, clock=clock)
    async with httpx.AsyncClient(transport=httpx.MockTransport(server.handle_async)) as client:
        request_token = await flow.afetch_request_token(client)
        verifier_code = server.verifier.authorize(request_token.reveal())
        access = await flow.afetch_access_token(client, request_token, verifier_code)
    return {
        "consumer_key": CONSUMER_KEY,
        "access_token": access.token,
        "access_token_secret": access.secret,
        "signature_key": pem("private_signature.pem"),
        "encryption_key": pem("private_encryption.pem"),
        "dh_parameters": pem("dhparam.pem"),
        "realm": REALM,
    }


def exercise(client: httpx.Client) -> list[httpx.Response]:
    return [
        client.get("/iserver/marketdata/snapshot", params=SNAPSHOT_QUERY),
        client.get("/iserver/secdef/search", params={"symbol": "BRK B", "name": "café & co"}),
        client.get("/portfolio/accounts", params=[("a", "2"), ("a", "1"), ("empty", "")]),
        client.post("/iserver/account/DU1234567/orders",
                    json={"orders": [{"conid": 265598, "side": "BUY", "quantity": 1}]}),
        client.post("/iserver/auth/ssodh/init", json={"publish": True, "compete": True}),
        client.post("/form", data={"x": "1 2", "y": "ä+/="}),
        client.delete("/iserver/account/DU1234567/order/1"),
    ]


async def exercise_async(client: httpx.AsyncClient) -> list[httpx.Response]:
    return [
        await client.get("/iserver/marketdata/snapshot", params=SNAPSHOT_QUERY),
        await client.get("/iserver/secdef/search", params={"symbol": "BRK B", "name": "café"}),
        await client.get("/portfolio/accounts", params=[("a", "2"), ("a", "1"), ("empty", "")]),
        await client.post("/iserver/account/DU1234567/orders", json={"orders": [{"conid": 1}]}),
        await client.post("/form", data={"x": "1 2", "y": "ä+/="}),
    ]


def assert_all_accepted(responses: list[httpx.Response], server: VerifierServer) -> None:
    assert [r.status_code for r in responses] == [200] * len(responses), [
        r.json() for r in responses]
    assert server.statuses[401] == 0


def test_third_party_flow_then_signed_requests(server: VerifierServer, clock: FakeClock) -> None:
    auth = make_auth(third_party_access(server, clock), clock)
    with server.client(auth, base_url=RESOURCE_URL) as client:
        responses = exercise(client)
    assert_all_accepted(responses, server)
    assert server.lst_requests == 1
    assert responses[0].json()["query"] == [["conids", "265598,8314"], ["fields", "31,84,86"]]
    assert responses[3].json()["body"] == (
        '{"orders":[{"conid":265598,"side":"BUY","quantity":1}]}')


async def test_third_party_flow_then_signed_requests_async(
    server: VerifierServer, clock: FakeClock
) -> None:
    auth = make_auth(await third_party_access_async(server, clock), clock)
    async with server.async_client(auth, base_url=RESOURCE_URL) as client:
        responses = await exercise_async(client)
    assert_all_accepted(responses, server)
    assert server.lst_requests == 1


def test_first_party_credentials(server: VerifierServer, clock: FakeClock,
                                 credentials: dict[str, object]) -> None:
    with server.client(make_auth(credentials, clock), base_url=RESOURCE_URL) as client:
        assert_all_accepted(exercise(client), server)


def test_environment_variables(server: VerifierServer, clock: FakeClock,
                               verifier: OAuthVerifier) -> None:
    token, secret = verifier.issue_access_token(CONSUMER_KEY)
    environ = {
        "IBKR_OAUTH_CONSUMER_KEY": CONSUMER_KEY,
        "IBKR_OAUTH_ACCESS_TOKEN": token,
        "IBKR_OAUTH_ACCESS_TOKEN_SECRET": secret,
        "IBKR_OAUTH_SIGNATURE_KEY_FILE": str(KEYS / "private_signature.pem"),
        "IBKR_OAUTH_ENCRYPTION_KEY": pem("private_encryption.pem"),
        "IBKR_OAUTH_DH_PARAMS_FILE": str(KEYS / "dhparam.pem"),
        "IBKR_OAUTH_REALM": REALM,
        "IBKR_OAUTH_BASE_URL": "https://api.ibkr.com/v1/api/",
    }
    auth = OAuth1aAuth.from_env(environ, clock=clock)
    assert auth.base_url == "https://api.ibkr.com/v1/api"
    with server.client(auth, base_url=RESOURCE_URL) as client:
        assert client.get("/portfolio/accounts").status_code == 200


@pytest.mark.parametrize("missing", [
    "IBKR_OAUTH_CONSUMER_KEY", "IBKR_OAUTH_ACCESS_TOKEN", "IBKR_OAUTH_ACCESS_TOKEN_SECRET",
    "IBKR_OAUTH_SIGNATURE_KEY_FILE", "IBKR_OAUTH_ENCRYPTION_KEY_FILE",
    "IBKR_OAUTH_DH_PARAMS_FILE",
])
def test_missing_environment_variable_is_named(missing: str, verifier: OAuthVerifier) -> None:
    token, secret = verifier.issue_access_token(CONSUMER_KEY)
    environ = {
        "IBKR_OAUTH_CONSUMER_KEY": CONSUMER_KEY,
        "IBKR_OAUTH_ACCESS_TOKEN": token,
        "IBKR_OAUTH_ACCESS_TOKEN_SECRET": secret,
        "IBKR_OAUTH_SIGNATURE_KEY_FILE": str(KEYS / "private_signature.pem"),
        "IBKR_OAUTH_ENCRYPTION_KEY_FILE": str(KEYS / "private_encryption.pem"),
        "IBKR_OAUTH_DH_PARAMS_FILE": str(KEYS / "dhparam.pem"),
    }
    del environ[missing]
    with pytest.raises(OAuthConfigError, match=missing) as caught:
        OAuth1aAuth.from_env(environ)
    for value in (token, secret):
        assert value not in str(caught.value)


def test_wrong_encryption_key_is_reported(credentials: dict[str, object]) -> None:
    wrong = {**credentials, "encryption_key": KEYS / "private_signature.pem"}
    with pytest.raises(AccessTokenSecretError, match="could not decrypt"):
        OAuth1aAuth(**wrong, environ={})  # type: ignore[arg-type]


def test_unknown_consumer_gets_ibkrs_error(server: VerifierServer, clock: FakeClock,
                                           credentials: dict[str, object]) -> None:
    auth = make_auth({**credentials, "consumer_key": "NOTREGIST"}, clock)
    with server.client(auth, base_url=RESOURCE_URL) as client, pytest.raises(
            OAuthRequestError) as caught:
        client.get("/portfolio/accounts")
    assert (caught.value.status_code, caught.value.server_error) == (401, "invalid consumer")


def test_live_session_token_signature_mismatch_raises(clock: FakeClock,
                                                      credentials: dict[str, object]) -> None:
    def liar(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={
            "diffie_hellman_response": "abcdef0123456789",
            "live_session_token_signature": "0" * 40,
            "live_session_token_expiration": 1_800_000_000_000,
        })

    auth = make_auth(credentials, clock)
    with httpx.Client(transport=httpx.MockTransport(liar), auth=auth) as client, pytest.raises(
            LiveSessionTokenError, match="signature mismatch"):
        client.get(RESOURCE_URL + "/portfolio/accounts")


@pytest.mark.parametrize("body", [
    {"diffie_hellman_response": "1", "live_session_token_signature": "0" * 40,
     "live_session_token_expiration": 1},
    {"live_session_token_signature": "0" * 40, "live_session_token_expiration": 1},
    {"diffie_hellman_response": "abcdef", "live_session_token_signature": "0" * 40},
])
def test_malformed_live_session_token_responses_raise(
    clock: FakeClock, credentials: dict[str, object], body: dict[str, Any]
) -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=body))
    with httpx.Client(transport=transport, auth=make_auth(credentials, clock)) as client, \
            pytest.raises((LiveSessionTokenError, OAuthRequestError)):
        client.get(RESOURCE_URL + "/portfolio/accounts")


def test_host_header_follows_the_url(server: VerifierServer, clock: FakeClock,
                                     credentials: dict[str, object]) -> None:
    """IBKR's examples hard-code "Host: api.ibkr.com"; requests to 1.api.ibkr.com must still
    carry their own host, which the server uses to rebuild the signed URL."""
    with server.client(make_auth(credentials, clock), base_url=RESOURCE_URL,
                       headers={"Host": "api.ibkr.com"}) as client:
        response = client.get("/portfolio/accounts")
    assert response.status_code == 200
    assert server.requests[-1].headers["Host"] == "1.api.ibkr.com"


def tamper(change: Any) -> dict[str, list[Any]]:
    """An event hook that alters resource requests after they were signed, differently on
    each call: the retry re-signs the altered request, which must not make it pass."""
    calls = itertools.count(2)

    def hook(request: httpx.Request) -> None:
        if "/oauth/" not in request.url.path:
            change(request, next(calls))
    return {"request": [hook]}


NEXT_METHOD = {"GET": "POST", "POST": "PUT", "PUT": "POST"}


@pytest.mark.parametrize("change", [
    lambda r, n: setattr(r, "url", r.url.copy_set_param("conids", str(n))),
    lambda r, n: setattr(r, "url", r.url.copy_with(path=f"/v1/api/iserver/account/{n}")),
    # The server rebuilds the URL from the Host header, which is what the host is on the wire.
    lambda r, n: r.headers.__setitem__("Host", f"{n}.api.ibkr.com"),
    lambda r, n: setattr(r, "method", NEXT_METHOD[r.method]),
], ids=["query-parameter", "path", "host", "method"])
def test_signature_covers_method_url_and_query(
    server: VerifierServer, clock: FakeClock, credentials: dict[str, object], change: Any
) -> None:
    with server.client(make_auth(credentials, clock), base_url=RESOURCE_URL,
                       event_hooks=tamper(change)) as client:
        response = client.get("/iserver/marketdata/snapshot", params=SNAPSHOT_QUERY)
    assert response.status_code == 401
    assert response.json() == {"error": "invalid signature", "statusCode": 401}
    # One token at first, one renewal after the first 401, then the second 401 is returned.
    assert server.lst_requests == 2


def test_form_body_is_signed(server: VerifierServer, clock: FakeClock,
                             credentials: dict[str, object]) -> None:
    def swap_body(request: httpx.Request, n: int) -> None:
        request.stream = httpx.ByteStream(f"x={n}".encode())
        request._content = f"x={n}".encode()
    with server.client(make_auth(credentials, clock), base_url=RESOURCE_URL,
                       event_hooks=tamper(swap_body)) as client:
        response = client.post("/form", data={"x": "1"})
    assert response.json()["error"] == "invalid signature"


def test_renews_before_expiry(server: VerifierServer, clock: FakeClock,
                              credentials: dict[str, object]) -> None:
    auth = make_auth(credentials, clock)
    with server.client(auth, base_url=RESOURCE_URL) as client:
        assert client.get("/portfolio/accounts").status_code == 200
        first = auth.live_session
        clock.advance(24 * 3600 - 299)  # inside the 300 s renewal margin
        assert client.get("/portfolio/accounts").status_code == 200
    assert server.lst_requests == 2
    assert server.statuses[401] == 0
    assert auth.live_session is not first


def test_renews_once_after_a_401(server: VerifierServer, clock: FakeClock,
                                 verifier: OAuthVerifier,
                                 credentials: dict[str, object]) -> None:
    with server.client(make_auth(credentials, clock), base_url=RESOURCE_URL) as client:
        assert client.get("/portfolio/accounts").status_code == 200
        verifier.expire_live_session_tokens()
        response = client.post("/iserver/auth/ssodh/init", json={"publish": True})
    assert response.status_code == 200
    assert server.lst_requests == 2
    assert server.statuses[401] == 1


@pytest.mark.parametrize(("method", "path"), [
    ("POST", "/iserver/account/DU1/orders"),
    ("POST", "/iserver/account/DU1/order/123"),
    ("DELETE", "/iserver/account/DU1/order/123"),
    ("POST", "/iserver/reply/a1b2c3"),
])
def test_orders_are_never_resent_after_a_401(
    server: VerifierServer, clock: FakeClock, verifier: OAuthVerifier,
    credentials: dict[str, object], method: str, path: str,
) -> None:
    with server.client(make_auth(credentials, clock), base_url=RESOURCE_URL) as client:
        assert client.get("/portfolio/accounts").status_code == 200
        verifier.expire_live_session_tokens()
        response = client.request(method, path, json={"orders": []})
        assert response.status_code == 401  # the caller decides whether to place it again
        assert client.get("/portfolio/accounts").status_code == 200  # renewed lazily
    assert server.calls["/v1/api" + path] == 1
    assert server.lst_requests == 2


async def test_renews_once_after_a_401_async(server: VerifierServer, clock: FakeClock,
                                             verifier: OAuthVerifier,
                                             credentials: dict[str, object]) -> None:
    async with server.async_client(make_auth(credentials, clock), base_url=RESOURCE_URL) as c:
        assert (await c.get("/portfolio/accounts")).status_code == 200
        verifier.expire_live_session_tokens()
        assert (await c.get("/portfolio/accounts")).status_code == 200
    assert server.lst_requests == 2


def test_invalidate_forces_a_new_token(server: VerifierServer, clock: FakeClock,
                                       credentials: dict[str, object]) -> None:
    auth = make_auth(credentials, clock)
    with server.client(auth, base_url=RESOURCE_URL) as client:
        client.get("/portfolio/accounts")
        auth.invalidate()
        client.get("/portfolio/accounts")
    assert server.lst_requests == 2


def oauth_fields(request: httpx.Request) -> dict[str, str]:
    return dict(re.findall(r'(\w+)="([^"]*)"', request.headers["Authorization"]))


def test_nonces_are_unique_128_bit_hex(server: VerifierServer, clock: FakeClock,
                                       credentials: dict[str, object]) -> None:
    with server.client(make_auth(credentials, clock), base_url=RESOURCE_URL) as client:
        for _ in range(200):
            client.get("/portfolio/accounts")
    nonces = [oauth_fields(request)["oauth_nonce"] for request in server.requests]
    assert len(set(nonces)) == len(nonces) == 201
    assert all(re.fullmatch(r"[0-9a-f]{32}", nonce) for nonce in nonces)


def test_timestamps_never_go_backwards(server: VerifierServer, clock: FakeClock,
                                       credentials: dict[str, object]) -> None:
    with server.client(make_auth(credentials, clock), base_url=RESOURCE_URL) as client:
        for step in (0, 5, -30, 10, -100, 200):
            clock.advance(step)
            assert client.get("/portfolio/accounts").status_code == 200
    stamps = [int(oauth_fields(request)["oauth_timestamp"]) for request in server.requests]
    assert stamps == sorted(stamps)
    assert stamps[-1] > stamps[0]


def test_websocket_handshake_carries_the_access_token(clock: FakeClock,
                                                      credentials: dict[str, object]) -> None:
    handshake = make_auth(credentials, clock).websocket_handshake({"session": "abc123def456"})
    assert handshake.url.reveal() == (
        f"wss://api.ibkr.com/v1/api/ws?oauth_token={credentials['access_token']}")
    assert handshake.headers() == {"Cookie": "api=abc123def456"}


def test_requests_need_their_own_fresh_flow_after_client_reuse(
    server: VerifierServer, clock: FakeClock, credentials: dict[str, object]
) -> None:
    """One auth object serves several clients, sync then async, with one token."""
    auth = make_auth(credentials, clock)
    with server.client(auth, base_url=RESOURCE_URL) as client:
        assert client.get("/portfolio/accounts").status_code == 200
    with server.client(auth, base_url=RESOURCE_URL) as client:
        assert client.get("/portfolio/accounts").status_code == 200
    assert server.lst_requests == 1


def test_first_party_helper_fixes_values_for_canaries(verifier: OAuthVerifier) -> None:
    fixed = first_party_credentials(verifier, CONSUMER_KEY, token="canarytoken",
                                    prepend=b"\x01" * 32)
    assert fixed["access_token"] == "canarytoken"

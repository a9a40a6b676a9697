"""Secrets never reach a repr, a log line or an exception message.

Every secret gets a recognisable canary value; full flows (third-party OAuth, live session
token, signed requests, a 401 renewal, Flex, Gateway, tickle, websocket handshake) run with
DEBUG logging on every logger, and errors are provoked on purpose. No canary may show up.
OAuth 2.0 runs against the mock: client assertion, SSO session, both bearer tokens, a 401
renewal, the client-secret method, a wrong key and a server that echoes the secret.
"""

from __future__ import annotations

import copy
import logging
import pickle
import traceback
from typing import Any

import httpx
import pytest

from auth_test_support import KEYS, REALM, RESOURCE_URL, FakeClock, VerifierServer, pem
from ibkr_auth import (
    FlexToken,
    GatewaySession,
    OAuth1aAuth,
    OAuth2Auth,
    Secret,
    ThirdPartyOAuth,
    load_private_key,
    oauth_handshake,
)
from ibkr_auth.errors import AuthError
from ibkr_webapi.mock.app import MockServer
from ibkr_webapi.mock.config import ManualClock, MockConfig
from ibkr_webapi.mock.gates.oauth2 import TEST_CLIENT_ID, TEST_WRONG_KEY
from ibkr_webapi.mock.oauth_verifier import Consumer, OAuthVerifier
from ibkr_webapi.session_keeper import SessionKeeper

CANARY_CONSUMER = "CANARYCK9"
CANARY_ACCESS_TOKEN = "canary0access0token0f00d"
CANARY_PREPEND = b"canary-prepend-0123456789abcdef!"
CANARY_FLEX_TOKEN = "987654321098765432109876"
CANARY_COOKIE = "canary-cookie-value-c00c1e"
CANARY_SESSION = "cafecafe5e55105e5510ca1a7cafe000"
CANARY_CLIENT_SECRET = "canary-oauth2-client-secret-5ec"


def oauth2_key_canaries() -> list[str]:
    """The OAuth 2.0 key's private exponent and a line of its PEM body."""
    key = load_private_key(KEYS / "oauth2_client_private.pem").reveal()
    return [str(key.d), pem("oauth2_client_private.pem").splitlines()[5]]


def private_key_canaries(name: str) -> list[str]:
    """The private exponent (what RsaKey's repr prints) and a line of the PEM body."""
    key = load_private_key(KEYS / name).reveal()
    return [str(key.d), pem(name).splitlines()[5]]


class Evidence:
    """Everything that must stay clean: reprs and error texts."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    def repr_of(self, *objects: Any) -> None:
        for item in objects:
            self.texts += [repr(item), str(item), f"{item}"]

    def error(self, error: BaseException) -> None:
        self.texts += [str(error), repr(error), "".join(traceback.format_exception(error))]


def run_oauth_flows(evidence: Evidence, canaries: list[str]) -> None:
    clock = FakeClock()
    verifier = OAuthVerifier([Consumer.from_directory(CANARY_CONSUMER, KEYS, realm=REALM)],
                             clock=clock)
    server = VerifierServer(verifier)
    flow = ThirdPartyOAuth(CANARY_CONSUMER, KEYS / "private_signature.pem", realm=REALM,
                           clock=clock)
    with httpx.Client(transport=httpx.MockTransport(server.handle)) as client:
        request_token = flow.fetch_request_token(client)
        verifier_code = verifier.authorize(request_token.reveal())
        access = flow.fetch_access_token(client, request_token, verifier_code)
    canaries += [request_token.reveal(), verifier_code, access.token.reveal(),
                 access.secret.reveal()]
    evidence.repr_of(flow, request_token, access)

    token, secret = verifier.issue_access_token(
        CANARY_CONSUMER, token=CANARY_ACCESS_TOKEN, prepend=CANARY_PREPEND)
    canaries.append(secret)
    auth = OAuth1aAuth(CANARY_CONSUMER, token, secret, KEYS / "private_signature.pem",
                       KEYS / "private_encryption.pem", KEYS / "dhparam.pem", REALM,
                       environ={}, clock=clock)
    with server.client(auth, base_url=RESOURCE_URL) as client:
        client.get("/iserver/marketdata/snapshot", params={"conids": "265598", "fields": "31"})
        client.post("/iserver/account/DU1234567/orders", json={"orders": []})
        verifier.expire_live_session_tokens()
        client.get("/portfolio/accounts")
    assert auth.live_session is not None
    canaries.append(auth.live_session.token.reveal())
    evidence.repr_of(auth, auth._config, auth.live_session, auth.access_token,
                     auth.websocket_handshake({"session": CANARY_SESSION}),
                     oauth_handshake(CANARY_SESSION, token))
    provoke_oauth_errors(evidence, token, secret)


def provoke_oauth_errors(evidence: Evidence, token: str, secret: str) -> None:
    def liar(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"diffie_hellman_response": "abcdef0123",
                                         "live_session_token_signature": "0" * 40,
                                         "live_session_token_expiration": 1_800_000_000_000})

    attempts: list[Any] = [
        lambda: OAuth1aAuth(CANARY_CONSUMER, token, secret, KEYS / "private_signature.pem",
                            KEYS / "private_signature.pem", KEYS / "dhparam.pem", environ={}),
        lambda: OAuth1aAuth.from_env({"IBKR_OAUTH_CONSUMER_KEY": CANARY_CONSUMER,
                                      "IBKR_OAUTH_ACCESS_TOKEN": token,
                                      "IBKR_OAUTH_ACCESS_TOKEN_SECRET": secret}),
        lambda: httpx.Client(transport=httpx.MockTransport(liar), auth=OAuth1aAuth(
            CANARY_CONSUMER, token, secret, KEYS / "private_signature.pem",
            KEYS / "private_encryption.pem", KEYS / "dhparam.pem", environ={},
        )).get(RESOURCE_URL + "/portfolio/accounts"),
        lambda: httpx.Client(
            transport=httpx.MockTransport(lambda r: httpx.Response(
                401, json={"error": "invalid consumer", "statusCode": 401})),
            auth=OAuth1aAuth(CANARY_CONSUMER, token, secret, KEYS / "private_signature.pem",
                             KEYS / "private_encryption.pem", KEYS / "dhparam.pem", environ={}),
        ).get(RESOURCE_URL + "/portfolio/accounts"),
    ]
    for attempt in attempts:
        with pytest.raises(AuthError) as caught:
            attempt()
        evidence.error(caught.value)


def run_flex_gateway_and_tickle(evidence: Evidence) -> None:
    flex = FlexToken(environ={"IBKR_FLEX_TOKEN": CANARY_FLEX_TOKEN})
    flex_server = httpx.MockTransport(lambda request: httpx.Response(200, text="<ok/>"))
    with httpx.Client(transport=flex_server, auth=flex) as client:
        client.get("https://ndcdyn.interactivebrokers.com/AccountManagement/FlexWebService/"
                   "SendRequest", params={"q": "800969", "v": "3"})

    def gateway(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/tickle"):
            return httpx.Response(200, json={
                "session": CANARY_SESSION, "iserver": {"authStatus": {"authenticated": False}}})
        return httpx.Response(200, json={"authenticated": True}, headers={
            "Set-Cookie": f"x-sess-uuid={CANARY_COOKIE}"})

    session = GatewaySession(verify=False, cookies={"api": CANARY_COOKIE})
    with session.client(transport=httpx.MockTransport(gateway)) as client:
        client.get("/iserver/accounts")
        outcome = SessionKeeper(client).tickle_once()
    evidence.repr_of(flex, session, outcome, session.websocket_handshake(
        {"session": CANARY_SESSION}), Secret(CANARY_FLEX_TOKEN))


def run_oauth2_flows(evidence: Evidence, canaries: list[str]) -> None:
    clock = ManualClock(1_750_000_000.0)
    config = MockConfig(auth="oauth2", clock=clock, pacing=False, session_initialised=True)
    with MockServer(config) as server:
        assert server.oauth2 is not None
        server.oauth2.client_secret = CANARY_CLIENT_SECRET
        auth = OAuth2Auth(**server.oauth2_credentials(), base_url=server.base_url, clock=clock,
                          environ={})
        secret_auth = OAuth2Auth(TEST_CLIENT_ID, client_secret=CANARY_CLIENT_SECRET,
                                 method="client_secret_basic", base_url=server.base_url,
                                 clock=clock, environ={})
        with server.http_client(auth) as http, server.http_client(secret_auth) as other:
            http.get("/iserver/accounts")
            assert auth.session is not None and auth.session.trading_token is not None
            canaries += [auth.session.access_token.reveal(),
                         auth.session.trading_token.reveal()]
            server.expire_live_session_tokens()
            http.get("/iserver/accounts")
            other.get(server.base_url.removesuffix("/v1/api") + "/gw/api/v1/echo/https")
        for session in (auth.session, secret_auth.session):
            assert session is not None
            canaries.append(session.access_token.reveal())
        evidence.repr_of(auth, secret_auth, auth.config, auth.session, secret_auth.config)
        wrong = OAuth2Auth(**{**server.oauth2_credentials(), "private_key": str(TEST_WRONG_KEY)},
                           base_url=server.base_url, clock=clock, environ={})
        with server.http_client(wrong) as http, pytest.raises(AuthError) as caught:
            http.get("/iserver/accounts")
        evidence.error(caught.value)

    def echo(request: httpx.Request) -> httpx.Response:
        return httpx.Response(400, json={"type": "/simple", "title": "Bad Request", "status": 400,
                                         "detail": f"bad secret {CANARY_CLIENT_SECRET}"})

    fresh = OAuth2Auth(TEST_CLIENT_ID, client_secret=CANARY_CLIENT_SECRET, environ={})
    with httpx.Client(transport=httpx.MockTransport(echo), auth=fresh) as client, \
            pytest.raises(AuthError) as caught:
        client.get("https://api.ibkr.com/gw/api/v1/echo/https")
    evidence.error(caught.value)


def test_no_secret_in_logs_reprs_or_errors(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    canaries = [CANARY_CONSUMER, CANARY_ACCESS_TOKEN, CANARY_PREPEND.hex(),
                CANARY_PREPEND.decode(), CANARY_FLEX_TOKEN,
                CANARY_COOKIE, CANARY_SESSION,
                *private_key_canaries("private_signature.pem"),
                *private_key_canaries("private_encryption.pem"),
                CANARY_CLIENT_SECRET, *oauth2_key_canaries()]
    evidence = Evidence()
    run_oauth_flows(evidence, canaries)
    run_oauth2_flows(evidence, canaries)
    run_flex_gateway_and_tickle(evidence)

    logs = caplog.text + "\n".join(str(record.__dict__) for record in caplog.records)
    assert "HTTP Request: GET https://ndcdyn" in logs  # httpx did log the Flex URL...
    assert "t=***" in logs  # ...with the token redacted
    assert "live session token obtained" in logs
    assert "OAuth 2.0 access token obtained" in logs
    everything = logs + "\n".join(evidence.texts)
    leaked = [canary for canary in canaries if canary in everything]
    assert leaked == []


def test_httpcore_header_logs_are_redacted(caplog: pytest.LogCaptureFixture) -> None:
    GatewaySession(verify=False)  # installs the filter
    caplog.set_level(logging.DEBUG)
    logging.getLogger("httpcore.http11").debug(
        "receive_response_headers.complete return_value=%s",
        (b"HTTP/1.1", 200, b"OK", [(b"Set-Cookie", b"api=unknown-to-us-42"),
                                   (b"Content-Type", b"application/json")]))
    assert "unknown-to-us-42" not in caplog.text
    assert "(b'Set-Cookie', b'***')" in caplog.text
    assert "application/json" in caplog.text


def test_secret_wrapper() -> None:
    secret = Secret("hunter22")
    assert repr(secret) == "Secret('***')"
    assert str(secret) == f"{secret}" == "***"
    assert f"{secret!r:>20}".strip() == "Secret('***')"
    assert secret == Secret("hunter22") and secret != Secret("hunter23")
    assert copy.deepcopy(secret) is secret and copy.copy(secret) is secret
    assert "hunter22" not in repr([secret, {"k": secret}])
    with pytest.raises(TypeError, match="cannot be pickled"):
        pickle.dumps({"token": secret})


def test_parsed_keys_are_held_as_secrets() -> None:
    key = load_private_key(KEYS / "private_signature.pem")
    assert repr(key) == "Secret('***')"
    assert str(key.reveal().d) not in repr(key)

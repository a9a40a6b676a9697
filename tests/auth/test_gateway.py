"""GatewaySession: the TLS choice, cookies, and the lazy brokerage session initialisation."""

from __future__ import annotations

import json
import logging
import ssl
import threading
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from auth_test_support import KEYS
from ibkr_auth import GatewaySession
from ibkr_auth.errors import BrokerageSessionError, GatewayConfigError
from ibkr_auth.gateway import cookies_from_header

INIT_PATH = "/v1/api/iserver/auth/ssodh/init"


class Gateway:
    """A fake Gateway: counts calls, answers ssodh/init, and can drop the brokerage session."""

    def __init__(self, init_status: int = 200) -> None:
        self.calls: Counter[str] = Counter()
        self.requests: list[httpx.Request] = []
        self.brokerage_open = False
        self.init_status = init_status
        self._lock = threading.Lock()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        with self._lock:
            self.calls[request.url.path] += 1
            self.requests.append(request)
        if request.url.path == INIT_PATH:
            if self.init_status != 200:
                return httpx.Response(self.init_status,
                                      json={"error": "failed to generate sso dh token"})
            self.brokerage_open = True
            return httpx.Response(200, json={"authenticated": True, "connected": True,
                                             "competing": False})
        if request.url.path.startswith("/v1/api/iserver/") and not self.brokerage_open:
            return httpx.Response(401, json={"error": "not authenticated", "statusCode": 401})
        return httpx.Response(200, json={"ok": True})


def test_tls_verification_must_be_chosen() -> None:
    with pytest.raises(GatewayConfigError, match="IBKR_GATEWAY_CA_BUNDLE"):
        GatewaySession(environ={})


def test_ca_bundle_from_argument_or_environment() -> None:
    bundle = str(KEYS / "gateway_cert.pem")
    for session in (GatewaySession(verify=bundle, environ={}),
                    GatewaySession(environ={"IBKR_GATEWAY_CA_BUNDLE": bundle})):
        context = session.ssl_context
        assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname
        subjects = [dict(item[0] for item in cert["subject"]) for cert in context.get_ca_certs()]
        assert {"commonName": "localhost", "organizationName": "ibkr-webapi TEST ONLY"} in subjects
        assert "CA bundle" in repr(session)


def test_unreadable_ca_bundle_is_a_config_error() -> None:
    with pytest.raises(GatewayConfigError, match="cannot load the CA bundle"):
        GatewaySession(verify="/nonexistent/bundle.pem", environ={})


def test_verification_off_only_on_loopback_and_never_silently(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.WARNING, logger="ibkr_auth.gateway")
    session = GatewaySession("https://127.0.0.1:5000/v1/api", verify=False, environ={})
    assert session.ssl_context.verify_mode == ssl.CERT_NONE
    assert "verification is disabled" in caplog.text
    with pytest.raises(GatewayConfigError, match="loopback"):
        GatewaySession("https://10.0.0.5:5000/v1/api", verify=False, environ={})


def test_system_trust_store_and_custom_context() -> None:
    assert GatewaySession(verify=True, environ={}).ssl_context.verify_mode == ssl.CERT_REQUIRED
    context = ssl.create_default_context()
    assert GatewaySession(verify=context, environ={}).ssl_context is context


def test_base_url_from_environment() -> None:
    environ = {"IBKR_GATEWAY_URL": "https://localhost:5001/v1/api/"}
    session = GatewaySession(verify=True, environ=environ)
    assert session.base_url == "https://localhost:5001/v1/api"


def test_brokerage_session_opens_lazily_once() -> None:
    gateway = Gateway()
    session = GatewaySession(verify=False, environ={})
    with session.client(transport=httpx.MockTransport(gateway)) as client:
        assert client.get("/portfolio/accounts").status_code == 200
        assert gateway.calls[INIT_PATH] == 0  # not an /iserver path
        assert client.get("/iserver/accounts").status_code == 200
        assert client.get("/iserver/account/orders").status_code == 200
    assert gateway.calls[INIT_PATH] == 1
    init = next(r for r in gateway.requests if r.url.path == INIT_PATH)
    assert json.loads(init.content) == {"publish": True, "compete": True}
    assert session.brokerage_session is not None and session.brokerage_session.connected


def test_fifty_threads_open_one_brokerage_session() -> None:
    gateway = Gateway()
    session = GatewaySession(verify=False, environ={})
    with session.client(transport=httpx.MockTransport(gateway)) as client:
        barrier = threading.Barrier(50)

        def get(_: int) -> int:
            barrier.wait()
            return client.get("/iserver/accounts").status_code

        with ThreadPoolExecutor(max_workers=50) as pool:
            statuses = list(pool.map(get, range(50)))
    assert statuses == [200] * 50
    assert gateway.calls[INIT_PATH] == 1


async def test_async_client_reopens_after_a_401() -> None:
    gateway = Gateway()
    session = GatewaySession(verify=False, environ={})
    async with session.async_client(transport=httpx.MockTransport(gateway)) as client:
        assert (await client.get("/iserver/accounts")).status_code == 200
        gateway.brokerage_open = False  # the session dropped
        assert (await client.get("/iserver/accounts")).status_code == 200
    assert gateway.calls[INIT_PATH] == 2


def test_order_is_not_resent_after_a_401_but_the_session_reopens_next_time() -> None:
    gateway = Gateway()
    session = GatewaySession(verify=False, environ={})
    with session.client(transport=httpx.MockTransport(gateway)) as client:
        assert client.get("/iserver/accounts").status_code == 200
        gateway.brokerage_open = False
        assert client.post("/iserver/account/DU1/orders", json={}).status_code == 401
        assert client.get("/iserver/accounts").status_code == 200
    assert gateway.calls["/v1/api/iserver/account/DU1/orders"] == 1
    assert gateway.calls[INIT_PATH] == 2


def test_failed_initialisation_is_a_typed_error() -> None:
    session = GatewaySession(verify=False, environ={})
    with session.client(transport=httpx.MockTransport(Gateway(init_status=500))) as client, \
            pytest.raises(BrokerageSessionError, match="failed to generate sso dh token"):
        client.get("/iserver/accounts")


def test_explicit_initialisation_and_opt_out() -> None:
    gateway = Gateway()
    session = GatewaySession(verify=False, init_brokerage_session=False, compete=False,
                             environ={})
    with session.client(transport=httpx.MockTransport(gateway)) as client:
        assert client.get("/iserver/accounts").status_code == 401  # no lazy init
        opened = session.initialise(client)
        assert opened.authenticated
        assert json.loads(gateway.requests[-1].content) == {"publish": True, "compete": False}


def test_cookies_are_sent_with_every_request() -> None:
    gateway = Gateway()
    cookies = cookies_from_header("api=abc123; x-sess-uuid=0.1")
    session = GatewaySession(verify=False, cookies=cookies, environ={})
    with session.client(transport=httpx.MockTransport(gateway),
                        cookies={"client": "side"}) as client:
        client.get("/iserver/accounts")
    sent = [request.headers["Cookie"] for request in gateway.requests]
    assert sent[0] == "api=abc123; x-sess-uuid=0.1"  # the ssodh/init request
    assert sent[1] == "client=side; api=abc123; x-sess-uuid=0.1"


def test_websocket_handshake_uses_the_tickle_session() -> None:
    session = GatewaySession(verify=False, environ={})
    handshake = session.websocket_handshake({"session": "d21b8cf5ebc8ea01c6ce37c8125ec83f"})
    assert handshake.url.reveal() == "wss://localhost:5000/v1/api/ws"
    assert handshake.headers() == {"Cookie": "api=d21b8cf5ebc8ea01c6ce37c8125ec83f"}

"""The in-process mock as a schemathesis target: a fresh server per test, reached through the
auth plugin of its mode (OAuth1aAuth with the test-only keys, or GatewaySession)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import httpx

from ibkr_auth import load_signing_key, signed_body
from ibkr_webapi.contract.fuzzing import HttpxSender, Known
from ibkr_webapi.mock.app import MockServer
from ibkr_webapi.mock.config import AuthMode, ManualClock, MockConfig
from ibkr_webapi.mock.gates.oauth2 import TEST_CLIENT_ID, TEST_CLIENT_KEY, TEST_USERNAME

SEED = 7
WELL_KNOWN_CONID = 265598  # AAPL, in the mock's catalogue as on every IBKR server


@dataclass
class MockTarget:
    server: MockServer
    send: HttpxSender
    known: Known


def known_values(server: MockServer, send: HttpxSender) -> Known:
    """The mock's own accounts and allocatable sub-accounts (read through the API, as a user
    would) and a real conid."""
    answer = send.client.get("/iserver/accounts")
    answer.raise_for_status()
    accounts = [str(account) for account in answer.json()["accounts"]]
    allocatable = send.client.get("/iserver/account/allocation/accounts")
    allocatable.raise_for_status()
    subaccounts = [str(entry["name"]) for entry in allocatable.json()["accounts"]]
    conid = str(WELL_KNOWN_CONID)
    return Known(accounts=accounts, parameters={"conid": conid, "conids": conid},
                 pools={"accounts": subaccounts})


@dataclass
class SigningSender(HttpxSender):
    """Sends cases like HttpxSender, but gives an operation that takes a signed JWT
    (application/jwt) a body signed with the test-only client key, as a client must: random
    strings of the JWS shape would only ever reach the signature check."""

    clock: Any = None
    signed: int = 0

    def __call__(self, case: Any) -> httpx.Response:
        body = case.operation.definition.raw.get("requestBody") or {}
        if "application/jwt" in body.get("content", {}):
            self.signed += 1
            case.body = signed_body(
                TEST_CLIENT_ID, {"credential": TEST_USERNAME, "ip": "127.0.0.1"},
                load_signing_key(TEST_CLIENT_KEY), now=int(self.clock()),
                jti=f"schemathesis-{self.signed}")
        return super().__call__(case)


@contextmanager
def mock_target(auth: AuthMode, **config: Any) -> Iterator[MockTarget]:
    """A fresh seeded mock on a manual clock (same answers on every run), its brokerage
    session open and pacing off (schemathesis sends bursts; pacing has its own tests)."""
    settings = MockConfig(seed=SEED, auth=auth, clock=ManualClock(), pacing=False,
                          session_initialised=True, **config)
    with MockServer(settings) as server:
        client = server.http_client()
        parts = urlsplit(server.base_url)
        origin = f"{parts.scheme}://{parts.netloc}"
        send = (SigningSender(client, origin, settings.clock) if auth == "oauth2"
                else HttpxSender(client, origin))
        yield MockTarget(server, send, known_values(server, send))

"""Shared helpers for tests/auth: test-only key paths, known answers, a fake clock and a
mock IBKR server that delegates every request to the independent `OAuthVerifier`."""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import httpx

from ibkr_auth import OAuth1aAuth
from ibkr_webapi.mock.oauth_verifier import Consumer, OAuthVerifier

KEYS = Path(__file__).resolve().parents[2] / "src" / "ibkr_webapi" / "mock" / "test_only_keys"
KNOWN_ANSWERS: dict[str, Any] = json.loads((KEYS / "known_answers.json").read_text())
CONSUMER_KEY = "TESTONLY1"
REALM = "test_realm"
START = 1_722_886_871.0
BASE_URL = "https://api.ibkr.com/v1/api"
RESOURCE_URL = "https://1.api.ibkr.com/v1/api"
LST_PATH = "/v1/api/oauth/live_session_token"


def pem(name: str) -> str:
    return (KEYS / name).read_text()


class FakeClock:
    """A wall clock that only moves when told to."""

    def __init__(self, now: float = START) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def make_verifier(clock: Callable[[], float]) -> OAuthVerifier:
    consumer = Consumer.from_directory(CONSUMER_KEY, KEYS, realm=REALM)
    return OAuthVerifier([consumer], clock=clock)


def first_party_credentials(
    verifier: OAuthVerifier, consumer_key: str, **fixed: Any
) -> dict[str, object]:
    token, secret = verifier.issue_access_token(consumer_key, **fixed)
    return {
        "consumer_key": consumer_key,
        "access_token": token,
        "access_token_secret": secret,
        "signature_key": str(KEYS / "private_signature.pem"),
        "encryption_key": str(KEYS / "private_encryption.pem"),
        "dh_parameters": str(KEYS / "dhparam.pem"),
        "realm": REALM,
    }


def make_auth(credentials: dict[str, object], clock: Callable[[], float], **options: Any) -> (
        OAuth1aAuth):
    return OAuth1aAuth(**credentials, clock=clock, environ={}, **options)


class VerifierServer:
    """A mock IBKR server: the verifier decides; resource requests echo what they received.

    `lst_pause` lets the live session token response wait, so that concurrent requests pile
    up on the renewal lock (it adds contention; no test asserts on time).
    """

    def __init__(self, verifier: OAuthVerifier, *, lst_pause: float = 0.0) -> None:
        self.verifier = verifier
        self.lst_pause = lst_pause
        self.calls: Counter[str] = Counter()
        self.statuses: Counter[int] = Counter()
        self.requests: list[httpx.Request] = []
        self._lock = threading.Lock()

    @property
    def lst_requests(self) -> int:
        return self.calls[LST_PATH]

    def _answer(self, request: httpx.Request) -> httpx.Response:
        with self._lock:
            self.calls[request.url.path] += 1
            self.requests.append(request)
        verdict = self.verifier.handle(request.method, str(request.url), request.headers,
                                       request.content)
        with self._lock:
            self.statuses[verdict.status] += 1
        if not verdict.ok or "/oauth/" in request.url.path:
            return httpx.Response(verdict.status, json=verdict.body)
        return httpx.Response(200, json={
            "method": request.method,
            "path": request.url.path,
            "query": parse_qsl(request.url.query.decode(), keep_blank_values=True),
            "body": request.content.decode(),
        })

    def handle(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == LST_PATH and self.lst_pause:
            time.sleep(self.lst_pause)
        return self._answer(request)

    async def handle_async(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == LST_PATH:
            for _ in range(10):  # let every other task reach the renewal lock
                await asyncio.sleep(0)
        return self._answer(request)

    def client(self, auth: httpx.Auth, **options: Any) -> httpx.Client:
        return httpx.Client(transport=httpx.MockTransport(self.handle), auth=auth, **options)

    def async_client(self, auth: httpx.Auth, **options: Any) -> httpx.AsyncClient:
        return httpx.AsyncClient(transport=httpx.MockTransport(self.handle_async), auth=auth,
                                 **options)

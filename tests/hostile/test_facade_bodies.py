"""A hostile server against the facade: huge and compressed bodies, bodies that trickle in,
hostile Retry-After headers, bodies that do not decode (see hostile_attacks.py)."""

from __future__ import annotations

import random
from collections.abc import Callable
from contextlib import closing

import httpx
import pytest
from hostile_support import ChunkStream, MiB, RawServer, attack, deep_json, gzip_bomb, trickle

from ibkr_webapi import errors
from ibkr_webapi.client import AsyncClient, Client
from ibkr_webapi.retries import RetryPolicy
from ibkr_webapi.settings import Settings, Timing
from ibkr_webapi.targets import Target

BASE = "https://localhost:5000/v1/api"
Handler = Callable[[httpx.Request], httpx.Response]


def settings(timeout: float = 5.0, deadline: float = 10.0) -> Settings:
    return Settings(timeout=timeout, tickle_interval=None,
                    retry=RetryPolicy(deadline=deadline, rng=random.Random(7)))


def client(handler: Handler, **options: object) -> closing[Client]:
    """A facade on a hostile transport, not opened (opening would tickle the same server)."""
    target = Target("hostile", BASE, None, transport=httpx.MockTransport(handler))
    return closing(Client(target, settings=settings(), **options))  # type: ignore[arg-type]


def async_client(handler: Handler) -> AsyncClient:
    target = Target("hostile", BASE, None, async_transport=httpx.MockTransport(handler))
    return AsyncClient(target, settings=settings())


def json_body(content: bytes, status: int = 200, **headers: str) -> Handler:
    # Cut before the attack starts, so the server's own copy is not counted as the client's.
    chunks = [content[i:i + MiB] for i in range(0, len(content), MiB)]

    def handle(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, headers={"Content-Type": "application/json", **headers},
                              stream=ChunkStream(chunks))
    return handle


# --------------------------------------------------------------------------- sizes

def test_facade_huge_json_body() -> None:
    body = b'{"accounts": ["' + b"U" * (50 * MiB) + b'"]}'
    with client(json_body(body)) as facade, \
            attack("facade_huge_json_body", errors.ResponseTooLargeError) as measured:
        facade.accounts.get_brokerage_accounts()
    assert isinstance(measured.error, errors.ResponseTooLargeError)
    assert measured.error.limit == "max_response_size"


def test_facade_gzip_bomb() -> None:
    bomb = gzip_bomb(1024 * MiB)
    with client(json_body(bomb, **{"Content-Encoding": "gzip"})) as facade, \
            attack("facade_gzip_bomb", errors.ResponseTooLargeError) as measured:
        facade.accounts.get_brokerage_accounts()
    assert "max_response_size" in str(measured.error)


# --------------------------------------------------------------------------- time

def _trickling_target(server: RawServer) -> Target:
    return Target("hostile", server.url + "/v1/api", None)


def test_facade_trickling_body() -> None:
    server = RawServer(lambda c: None)
    server.serve = trickle(server.stopped)
    try:
        with closing(Client(_trickling_target(server), settings=settings(1.0, 2.0))) as facade, \
                attack("facade_trickling_body", errors.ConnectionFailedError):
            facade.accounts.get_brokerage_accounts()
    finally:
        server.close()


async def test_facade_trickling_body_async() -> None:
    server = RawServer(lambda c: None)
    server.serve = trickle(server.stopped)
    try:
        facade = AsyncClient(_trickling_target(server), settings=settings(1.0, 2.0))
        try:
            with attack("facade_trickling_body_async", errors.ConnectionFailedError):
                await facade.accounts.get_brokerage_accounts()
        finally:
            await facade.close()
    finally:
        server.close()


def _never_sleep_long(seconds: float) -> None:
    # The attack made the client sleep the 900 s penalty whatever the deadline: fail instead.
    assert seconds < 5, f"asked to sleep {seconds} s past the call's deadline"


def _rate_limited_once(retry_after: str | None) -> Handler:
    calls: list[int] = []

    def handle(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        if len(calls) == 1:
            headers = {} if retry_after is None else {"Retry-After": retry_after}
            return httpx.Response(429, headers=headers, json={"error": "Too many requests"})
        return httpx.Response(200, json={"accounts": ["U1234567"]})
    return handle


def test_pacing_wait_past_deadline() -> None:
    timing = Timing(sleep=_never_sleep_long)
    with client(_rate_limited_once(None), timing=timing) as facade:
        with pytest.raises(errors.RateLimitedError):
            facade.accounts.get_brokerage_accounts()
        with attack("pacing_wait_past_deadline", errors.RateLimitedError) as measured:
            facade.accounts.get_brokerage_accounts()
    assert measured.error is not None and "deadline" in str(measured.error)


@pytest.mark.parametrize(("name", "header"), [("retry_after_infinite", "inf"),
                                              ("retry_after_huge", "1e12")])
def test_retry_after_hostile(name: str, header: str) -> None:
    timing = Timing(sleep=_never_sleep_long)
    with client(_rate_limited_once(header), timing=timing) as facade:
        with pytest.raises(errors.RateLimitedError):
            facade.accounts.get_brokerage_accounts()
        with attack(name, errors.RateLimitedError) as measured:
            facade.accounts.get_brokerage_accounts()
    assert isinstance(measured.error, errors.RateLimitedError)
    assert measured.error.retry_after is not None and measured.error.retry_after <= 900


# --------------------------------------------------------------------------- decoding

def test_facade_deep_json_200() -> None:
    with client(json_body(deep_json())) as facade, \
            attack("facade_deep_json_200", errors.UnexpectedResponseError):
        facade.accounts.get_brokerage_accounts()


async def test_facade_deep_json_200_async() -> None:
    facade = async_client(json_body(deep_json()))
    try:
        with attack("facade_deep_json_200_async", errors.UnexpectedResponseError):
            await facade.accounts.get_brokerage_accounts()
    finally:
        await facade.close()


def test_facade_deep_json_500() -> None:
    with client(json_body(deep_json(), status=500)) as facade, \
            attack("facade_deep_json_500", errors.ServerError):
        facade.accounts.get_brokerage_accounts()


@pytest.mark.parametrize(("name", "body"), [
    ("facade_nan_in_response", b'{"accounts": [], "acctProps": {"U1": {"x": NaN}}}'),
    ("facade_1e400_in_response", b'{"accounts": [], "acctProps": {"U1": {"x": 1e400}}}'),
])
def test_facade_non_finite_numbers(name: str, body: bytes) -> None:
    with client(json_body(body)) as facade, \
            attack(name, errors.UnexpectedResponseError) as measured:
        facade.accounts.get_brokerage_accounts()
    assert "does not parse" in str(measured.error)


def test_facade_redirect_not_followed() -> None:
    seen: list[httpx.URL] = []

    def redirect(request: httpx.Request) -> httpx.Response:
        seen.append(request.url)
        return httpx.Response(302, headers={"Location": "https://evil.example/steal"})

    with client(redirect) as facade, \
            attack("facade_redirect_not_followed", errors.UnexpectedResponseError):
        facade.accounts.get_brokerage_accounts()
    assert [url.host for url in seen] == ["localhost"]

"""Safe operations are retried with backoff within a deadline; orders never are."""

from __future__ import annotations

import logging
import random
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from ibkr_client.models import OrderRequest, OrderSide, OrderTimeInForce, OrderType
from ibkr_webapi import errors
from ibkr_webapi.client import Client
from ibkr_webapi.mock.app import MockServer
from ibkr_webapi.orders import Answer, QuestionPolicy
from ibkr_webapi.pacing import FakeClock, Limiter
from ibkr_webapi.retries import RetryPolicy, retryable_operations
from ibkr_webapi.settings import Settings, Timing
from ibkr_webapi.targets import Target
from runtime_support import quiet_settings

CONFIRM_ALL = QuestionPolicy(default=Answer.YES)
ACCOUNT = "U1234567"


def buy_one(server: MockServer) -> OrderRequest:
    """A limit order at the market price: IBKR asks no question about it."""
    return OrderRequest(conid=265598, order_type=OrderType.LMT, side=OrderSide.BUY,
                        tif=OrderTimeInForce.DAY, quantity=1,
                        price=server.world.trading.price(265598))


def test_only_reads_and_the_two_safe_posts_are_retryable() -> None:
    from ibkr_webapi import spec

    retryable = retryable_operations()
    assert {"tickle", "get_brokerage_session_status", "get_portfolio_accounts"} <= retryable
    assert {op.operation_id for op in spec.iter_operations() if op.method == "GET"} <= retryable
    never = {"place_orders", "modify_order", "cancel_order", "reply_to_order_question",
             "preview_orders", "create_watchlist", "init_brokerage_session", "logout"}
    assert not never & retryable


@pytest.mark.parametrize(("fault", "options"), [
    ("status", {"status": 503, "times": 2}),
    ("status", {"status": 500}),
    ("html", {"status": 502}),
    ("drop", {}),
    ("status", {"status": 429}),
])
def test_a_safe_read_recovers_from_transient_faults(
        server: MockServer, make_client: Callable[..., Client], fault: str,
        options: dict[str, Any], caplog: pytest.LogCaptureFixture, clock: Any) -> None:
    client = make_client(server, limiter=Limiter.from_spec(
        penalty_seconds=2.0, clock=clock, sleep=clock.advance))
    server.inject(fault, "get_brokerage_accounts", **options)  # type: ignore[arg-type]
    with caplog.at_level(logging.WARNING, logger="ibkr_webapi"):
        assert client.accounts.get_brokerage_accounts().accounts
    failures = options.get("times", 1)
    assert server.requests.count("get_brokerage_accounts") == failures + 1
    retries = [r for r in caplog.records if r.getMessage().startswith("retry: ")]
    assert len(retries) == failures


def test_the_safe_posts_are_retried(client: Client, server: MockServer) -> None:
    server.inject("status", "tickle", status=503)
    server.inject("drop", "get_brokerage_session_status")
    client.session.tickle()
    client.session.get_brokerage_session_status()
    assert server.requests.count("get_brokerage_session_status") == 2


def test_retries_stop_at_the_deadline(server: MockServer, make_client: Callable[..., Client],
                                      clock: Any) -> None:
    client = make_client(server, quiet_settings(attempts=50, deadline=3.0, base_delay=0.5))
    client.open()
    server.inject("status", "get_brokerage_accounts", status=503, times=None)
    started = clock()
    with pytest.raises(errors.ServerError):
        client.accounts.get_brokerage_accounts()
    assert clock() - started <= 3.0 + 1.1  # the deadline, plus the last request's pacing
    assert 2 < server.requests.count("get_brokerage_accounts") < 50


def test_a_429_beyond_the_deadline_is_raised_at_once(client: Client,
                                                     server: MockServer) -> None:
    server.inject("status", "get_brokerage_accounts", status=429)
    with pytest.raises(errors.RateLimitedError) as raised:
        client.accounts.get_brokerage_accounts()
    assert raised.value.retry_after == pytest.approx(900.0)  # the spec's penalty window
    assert server.requests.count("get_brokerage_accounts") == 1


def test_a_timeout_is_retried_then_reported() -> None:
    attempts: list[httpx.Request] = []

    def slow(request: httpx.Request) -> httpx.Response:
        attempts.append(request)
        raise httpx.ReadTimeout("timed out", request=request)

    clock = FakeClock()
    target = Target("gateway", "https://localhost:5000/v1/api", None,
                    transport=httpx.MockTransport(slow))
    client = Client(target, settings=Settings(tickle_interval=None,
                                              retry=RetryPolicy(attempts=3,
                                                                rng=random.Random(1))),
                    timing=Timing(clock=clock, sleep=clock.sleep))
    with pytest.raises(errors.ConnectionFailedError) as raised:
        client.accounts.get_brokerage_accounts()
    assert len(attempts) == 3
    assert "ReadTimeout" in str(raised.value)
    client.close()


ORDER_FAULTS = [
    ("status", {"status": 503}),
    ("status", {"status": 500}),
    ("html", {"status": 502}),
    ("text", {"status": 503}),
    ("truncate", {}),
    ("drop", {"when": "before"}),
    ("drop", {"when": "after"}),
    ("status", {"status": 429}),
]


@pytest.mark.parametrize(("fault", "options"), ORDER_FAULTS)
def test_no_duplicate_order_reaches_the_mock(server: MockServer,
                                             make_client: Callable[..., Client], fault: str,
                                             options: dict[str, Any]) -> None:
    client = make_client(server)
    client.open()
    before = len(server.world.trading.orders_of([ACCOUNT], 0))
    server.inject(fault, "place_orders", **options)  # type: ignore[arg-type]
    with pytest.raises(errors.IbkrError) as raised:
        client.place_order(ACCOUNT, buy_one(server), QuestionPolicy())
    assert server.requests.count("place_orders") == 1
    placed = len(server.world.trading.orders_of([ACCOUNT], 0)) - before
    served_then_lost = fault == "truncate" or options.get("when") == "after"
    assert placed == (1 if served_then_lost else 0)
    if fault == "drop":
        assert "may have reached IBKR" in str(raised.value)


@pytest.mark.parametrize(("fault", "options"), ORDER_FAULTS[:3] + ORDER_FAULTS[5:7])
def test_replies_modifications_and_cancellations_are_never_resent(
        server: MockServer, make_client: Callable[..., Client], fault: str,
        options: dict[str, Any]) -> None:
    client = make_client(server)
    client.open()
    large = OrderRequest(conid=265598, order_type=OrderType.MKT, side=OrderSide.BUY,
                         tif=OrderTimeInForce.DAY, quantity=700)  # asks questions
    server.inject(fault, "reply_to_order_question", **options)  # type: ignore[arg-type]
    with pytest.raises(errors.IbkrError):
        client.place_order(ACCOUNT, large, CONFIRM_ALL)
    assert server.requests.count("reply_to_order_question") == 1
    limit = OrderRequest(conid=265598, order_type=OrderType.LMT, side=OrderSide.BUY,
                         tif=OrderTimeInForce.DAY, quantity=1, price=1.0)
    order_id = client.place_order(ACCOUNT, limit, CONFIRM_ALL)[0].order_id
    calls: list[tuple[str, Callable[[], object]]] = [
        ("modify_order", lambda: client.modify_order(ACCOUNT, order_id, limit, CONFIRM_ALL)),
        ("cancel_order", lambda: client.orders.cancel_order(ACCOUNT, order_id)),
    ]
    for operation, call in calls:
        server.inject(fault, operation, **options)  # type: ignore[arg-type]
        with pytest.raises(errors.IbkrError):
            call()
        assert server.requests.count(operation) == 1

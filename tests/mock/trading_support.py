"""Shared fixtures and helpers of the trading-domain tests (accounts, orders, portfolio, lists).

Every test talks to the mock through the generated client (or raw httpx for schema checks),
with a manual clock so order lifecycles move only when a test says so. Fixtures are defined
under a `_fixture` name and registered with `name=`, so test modules import them without their
parameters shadowing the import.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, TypeVar

import pytest

from ibkr_client import Client
from ibkr_client.api.orders import place_orders, reply_to_order_question
from ibkr_client.models import (
    OrderAcknowledgement,
    OrderQuestion,
    OrderReplyRequest,
    PlaceOrdersRequest,
)
from ibkr_client.types import Unset
from ibkr_webapi.mock.app import MockServer
from ibkr_webapi.mock.config import ManualClock, MockConfig

T = TypeVar("T")
START = 1_760_022_000.0
"""2025-10-09 15:00 UTC, a Thursday during US trading hours."""
INDIVIDUAL = "U1234567"
ADVISOR = "F7654321"
AAPL = 265598


@pytest.fixture(name="clock")
def clock_fixture() -> ManualClock:
    return ManualClock(START)


@pytest.fixture(name="server")
def server_fixture(clock: ManualClock) -> Iterator[MockServer]:
    with MockServer(MockConfig(seed=3, clock=clock, pacing=False,
                               session_initialised=True)) as mock:
        yield mock


@pytest.fixture(name="client")
def client_fixture(server: MockServer) -> Client:
    return server.client()


def order(conid: int = AAPL, side: str = "BUY", order_type: str = "LMT", quantity: float = 10,
          **extra: Any) -> dict[str, Any]:
    """An order object as the placement body's `orders` array holds it."""
    return {"conid": conid, "side": side, "orderType": order_type, "quantity": quantity,
            "tif": "DAY", **extra}


def place(client: Client, *orders: dict[str, Any],
          account: str = INDIVIDUAL) -> list[OrderAcknowledgement | OrderQuestion]:
    answer = place_orders.sync(account, client=client,
                               body=PlaceOrdersRequest.from_dict({"orders": list(orders)}))
    assert isinstance(answer, list), answer
    return answer


def confirm_all(client: Client, answer: list[OrderAcknowledgement | OrderQuestion],
                asked: list[str] | None = None) -> list[OrderAcknowledgement]:
    """Answer every question with confirmed=true; returns the acks (collects message ids)."""
    while answer and isinstance(answer[0], OrderQuestion):
        question = answer[0]
        if asked is not None:
            asked.extend(question.message_ids or [])
        reply = reply_to_order_question.sync(question.id, client=client,
                                             body=OrderReplyRequest(confirmed=True))
        assert isinstance(reply, list), reply
        answer = reply
    acks = [a for a in answer if isinstance(a, OrderAcknowledgement)]
    assert len(acks) == len(answer)
    return acks


def place_confirmed(client: Client, *orders: dict[str, Any],
                    account: str = INDIVIDUAL) -> list[OrderAcknowledgement]:
    return confirm_all(client, place(client, *orders, account=account))


def known(value: T | Unset | None) -> T:
    """A field the answer must carry (fails the test when it is missing)."""
    assert value is not None and not isinstance(value, Unset), "the answer lacks this field"
    return value

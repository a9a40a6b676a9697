"""Careless callers and refusing servers: path tricks, order mutations sent once, values that
cannot be sent, refused credentials, 401 loops, errors crossing processes, and the mock's own
checks of hostile orders (see hostile_attacks.py)."""

from __future__ import annotations

import pickle
import random
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import suppress

import httpx
import pytest
from hostile_support import attack

import ibkr_client.errors
from ibkr_auth import OAuth1aAuth
from ibkr_auth import errors as auth_errors
from ibkr_client.models import (
    MarketDataFieldId,
    OrderRequest,
    OrderSide,
    OrderTimeInForce,
    OrderType,
)
from ibkr_webapi import errors, flex
from ibkr_webapi.client import AsyncClient, Client
from ibkr_webapi.flex import errors as flex_errors
from ibkr_webapi.mock.app import MockServer
from ibkr_webapi.mock.config import MockConfig
from ibkr_webapi.orders import OrderRejectedError
from ibkr_webapi.retries import RetryPolicy
from ibkr_webapi.settings import Settings
from ibkr_webapi.targets import Target
from ibkr_webapi.ws import stream_errors
from ibkr_webapi.ws.frames import FrameDecodeError, FrameEncodeError

ACCOUNT = "U1234567"
QUIET = Settings(tickle_interval=None, retry=RetryPolicy(rng=random.Random(7)))


@pytest.fixture
def server() -> Iterator[MockServer]:
    with MockServer(MockConfig(seed=5)) as mock:
        yield mock


@pytest.fixture
def facade(server: MockServer) -> Iterator[Client]:
    with Client(Target.in_process(server), settings=QUIET) as client:
        yield client


def limit_order(price: float = 100.0, quantity: float = 1) -> OrderRequest:
    return OrderRequest(conid=265598, order_type=OrderType.LMT, side=OrderSide.BUY,
                        tif=OrderTimeInForce.DAY, quantity=quantity, price=price)


def new_requests(server: MockServer, before: int) -> list[str]:
    return [entry.operation_id for entry in list(server.requests)[before:]]


# --------------------------------------------------------------------------- path shapes

def test_path_dot_segments_modify(server: MockServer, facade: Client) -> None:
    before = len(server.requests)
    with attack("path_dot_segments_modify", errors.IbkrError):
        facade.modify_order(".", "..", limit_order())
    assert new_requests(server, before) == ["modify_order"]


def test_path_dot_segments_cancel(server: MockServer, facade: Client) -> None:
    # Whatever the server makes of order "..", the request must be that cancel, sent once.
    before = len(server.requests)
    with attack("path_dot_segments_cancel"), suppress(errors.IbkrError):
        facade.orders.cancel_order(ACCOUNT, "..")
    assert new_requests(server, before) == ["cancel_order"]
    assert list(server.requests)[-1].path.endswith("/order/%2E%2E")


def test_drop_during_order_placement(server: MockServer, facade: Client) -> None:
    server.inject("drop", "place_orders", when="after")
    before = len(server.requests)
    with attack("drop_during_order_placement", errors.ConnectionFailedError) as measured:
        facade.place_order(ACCOUNT, limit_order())
    assert new_requests(server, before) == ["place_orders"]
    assert "never sent twice" in str(measured.error)


# --------------------------------------------------------------------------- unbuildable

def test_snapshot_100k_conids(server: MockServer, facade: Client) -> None:
    conids = [str(265598 + index) for index in range(100_000)]
    before = len(server.requests)
    with attack("snapshot_100k_conids", errors.InvalidRequestError):
        facade.market_data.get_market_data_snapshot(conids=conids,
                                                    fields=[MarketDataFieldId("31")])
    assert new_requests(server, before) == []


def test_order_nan_price(server: MockServer, facade: Client) -> None:
    before = len(server.requests)
    with attack("order_nan_price", errors.InvalidRequestError):
        facade.place_order(ACCOUNT, limit_order(price=float("nan")))
    assert new_requests(server, before) == []


# --------------------------------------------------------------------------- credentials

def test_oauth_refused_on_open() -> None:
    with MockServer(MockConfig(seed=6, auth="oauth")) as server:
        credentials = {**server.oauth_credentials(), "access_token": "0123456789abcdef0123"}
        auth = OAuth1aAuth(**credentials, base_url=server.base_url)
        target = Target.in_process(server, auth=auth)
        with attack("oauth_refused_on_open", errors.AuthenticationError) as measured, \
                Client(target, settings=QUIET):
            pass
    assert isinstance(measured.error, errors.NotAuthenticatedError)


def test_oauth_401_loop() -> None:
    with MockServer(MockConfig(seed=4, auth="oauth")) as server, \
            Client(Target.in_process(server), settings=QUIET) as client:
        server.inject("expire_token", "get_brokerage_accounts", times=None)
        with attack("oauth_401_loop", errors.NotAuthenticatedError):
            client.accounts.get_brokerage_accounts()
        assert server.requests.statuses("get_brokerage_accounts") == [401, 401]


# --------------------------------------------------------------------------- pickling

def _typed_errors() -> list[BaseException]:
    report_error = flex.FlexTransportError("GetStatement: HTTP 503", status=503, retryable=True)
    return [
        errors.IbkrError("get_x", None), errors.AuthenticationError("get_x", 401),
        stream_errors.StreamError("x"),
        *(errors.error_from_response("get_x", status, b'{"error": "x"}', "application/json")
          for status in (200, 400, 401, 404, 429, 500, 418)),
        errors.error_from_response("get_x", 400, b'{"error": "no bridge"}', "application/json"),
        errors.error_from_response("get_x", 401, b'{"error": "competing"}', "application/json"),
        errors.ResponseTooLargeError("get_x", 200, "max_response_size", 10),
        errors.InvalidRequestError("get_x", None, detail="NaN"),
        errors.ConnectionFailedError("get_x", None),
        errors.StoreUnavailableError("get_x", None, detail="the shared store is unreachable"),
        errors.OrderQuestionError("place_orders", "Are you sure?", ("o163",)),
        OrderRejectedError("place_orders", 200, "rejected"),
        *(flex.error_for(code, "message") for code in (1001, 1003, 1004, 1010, 1011, 1012, 1013,
                                                       1014, 1015, 1016, 1017, 1018, 1019, 1020)),
        flex.FlexFormatError("csv", detected="csv"),
        flex_errors.FlexParseError("x"), flex_errors.FlexTokenError(1012, "expired"),
        flex.FlexUnsafeXmlError("DTD"), flex.FlexAmbiguousDateError("01/02/2026"),
        flex.FlexSchemaError(("a", "b")), report_error,
        flex.FlexLimitError("too big", limit="max_flex_report_size", size=1),
        flex.FlexDeadlineExceededError("late", last_error=report_error),
        flex_errors.FlexRetryableError(1001, "busy"), flex_errors.FlexPermanentError(1, "x"),
        flex_errors.FlexError("x"), flex_errors.FlexServiceError(1, "x"),
        auth_errors.OAuthRequestError("/oauth/live_session_token", 401, "invalid consumer"),
        auth_errors.BrokerageSessionError(500, "failed"), auth_errors.AuthError("x"),
        auth_errors.OAuthConfigError("x"), auth_errors.KeyFormatError("x"),
        auth_errors.AccessTokenSecretError("x"), auth_errors.LiveSessionTokenError("x"),
        auth_errors.GatewayConfigError("x"), auth_errors.WebsocketHandshakeError("x"),
        auth_errors.FlexTokenError("x"),
        stream_errors.StreamAuthenticationError("refused"),
        stream_errors.FrameTooLargeError(2, 1), FrameDecodeError("bad", "raw"),
        FrameEncodeError("bad"),
        ibkr_client.errors.UnexpectedStatus("get_x", httpx.Response(418, content=b"x")),
        ibkr_client.errors.UnexpectedResponse("get_x", httpx.Response(200, content=b"x"),
                                              ValueError("bad")),
    ]


def _classes(*modules: object) -> set[type[BaseException]]:
    return {value for module in modules for value in vars(module).values()
            if isinstance(value, type) and issubclass(value, Exception)
            and value.__module__ == module.__name__}  # type: ignore[attr-defined]


def test_errors_pickle() -> None:
    instances = _typed_errors()
    with attack("errors_pickle"):
        for error in instances:
            copy = pickle.loads(pickle.dumps(error))
            assert type(copy) is type(error) and str(copy) == str(error)
            assert vars(copy).keys() == vars(error).keys()
    uncovered = _classes(errors, flex_errors, auth_errors, stream_errors) - {
        type(error) for error in instances}
    assert not {cls.__name__ for cls in uncovered} - {"PicklableError",
                                                     "StreamClosedError", "StreamOverflowError",
                                                     "SubscriptionRefusedError",
                                                     "FlexNotAReportError"}


def _raise_not_found() -> None:
    raise errors.NotFoundError("get_x", 404, "Resource not found")


def test_errors_cross_processes() -> None:
    with ProcessPoolExecutor(max_workers=1) as pool, \
            attack("errors_cross_processes", errors.NotFoundError) as measured:
        pool.submit(_raise_not_found).result(timeout=20)
    assert isinstance(measured.error, errors.NotFoundError)
    assert measured.error.status_code == 404


# --------------------------------------------------------------------------- the mock's checks

ORDER = ('{"orders": [{"conid": 265598, "orderType": "LMT", "side": "BUY", "tif": "DAY", '
         '"quantity": %s, "price": %s}]}')


@pytest.mark.parametrize(("name", "body", "status"), [
    ("mock_order_nan_price", ORDER % ("1", "NaN"), 400),
    ("mock_order_huge_quantity", ORDER % ("1e30", "100"), 400),
    ("mock_order_negative_limit_price", ORDER % ("1", "-5"), 400),
    ("mock_order_negative_quantity", ORDER % ("-5", "100"), 500),
    ("mock_deeply_nested_body", '{"orders": ' + "[" * 100_000 + "]" * 100_000 + "}", 400),
])
def test_mock_refuses_hostile_orders(server: MockServer, name: str, body: str,
                                     status: int) -> None:
    server.open_brokerage_session()
    http = server.http_client()
    orders_before = len(server.world.trading.orders_of([ACCOUNT], 0))
    with attack(name):
        answer = http.post(f"/iserver/account/{ACCOUNT}/orders", content=body,
                           headers={"Content-Type": "application/json"})
    assert answer.status_code == status
    assert answer.headers["content-type"].startswith("application/json")
    assert isinstance(answer.json()["error"], str)
    assert len(server.world.trading.orders_of([ACCOUNT], 0)) == orders_before


def test_inprocess_timeout() -> None:
    with MockServer(MockConfig(seed=8)) as server:
        settings = Settings(timeout=1.0, tickle_interval=None,
                            retry=RetryPolicy(deadline=2.0, rng=random.Random(7)))
        with Client(Target.in_process(server), settings=settings) as client:
            server.inject("latency", "get_brokerage_accounts", seconds=20.0, times=None)
            with attack("inprocess_timeout", errors.ConnectionFailedError):
                client.accounts.get_brokerage_accounts()


async def test_inprocess_timeout_async() -> None:
    server = MockServer(MockConfig(seed=8))
    try:
        settings = Settings(timeout=1.0, tickle_interval=None,
                            retry=RetryPolicy(deadline=2.0, rng=random.Random(7)))
        async with AsyncClient(Target.in_process(server), settings=settings) as client:
            server.inject("latency", "get_brokerage_accounts", seconds=20.0, times=None)
            with attack("inprocess_timeout_async", errors.ConnectionFailedError):
                await client.accounts.get_brokerage_accounts()
    finally:
        await server.aclose()

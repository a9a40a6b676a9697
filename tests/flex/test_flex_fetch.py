"""The fetch workflow against the mock Flex Web Service (sync and async, fake clock)."""

from __future__ import annotations

import itertools
import logging
import random
from pathlib import Path

import httpx
import pytest
from flex_support import FakeClock, SyncASGITransport

from ibkr_webapi import flex
from ibkr_webapi.flex.fetch import AsyncFlexClient, FetchProgress, FlexClient
from ibkr_webapi.flex.limiter import TokenRateLimiter
from ibkr_webapi.flex.policy import RetryPolicy
from ibkr_webapi.mock.flex_service import Fault, FlexMockConfig, FlexMockService

TOKEN = "123456789012345678901234"
BASE = "http://flex.test/AccountManagement/FlexWebService"


def make_service(clock: FakeClock, report: bytes, **options: object) -> FlexMockService:
    config = FlexMockConfig(
        tokens={TOKEN: "valid", "old-token": "expired"},
        queries={"42": report},
        clock=clock,
        **options,  # type: ignore[arg-type]
    )
    return FlexMockService(config)


def sync_client(
    service: FlexMockService, clock: FakeClock, token: str = TOKEN, **options: object
) -> FlexClient:
    return FlexClient(
        token,
        base_url=BASE,
        transport=SyncASGITransport(service.app),
        limiter=TokenRateLimiter(clock=clock),
        clock=clock,
        sleep=clock.sleep,
        rng=random.Random(7),
        **options,  # type: ignore[arg-type]
    )


def async_client(service: FlexMockService, clock: FakeClock, token: str = TOKEN) -> AsyncFlexClient:
    return AsyncFlexClient(
        token,
        base_url=BASE,
        transport=httpx.ASGITransport(app=service.app),
        limiter=TokenRateLimiter(clock=clock),
        clock=clock,
        sleep=clock.asleep,
        rng=random.Random(7),
    )


def test_fetch_waits_through_1019_and_saves_the_report(
    tmp_path: Path, clock: FakeClock, report_bytes: bytes
) -> None:
    service = make_service(clock, report_bytes, polls_before_ready=3)
    events: list[FetchProgress] = []
    with sync_client(service, clock) as client:
        result = client.fetch("42", tmp_path / "report.xml", on_progress=events.append)
    assert (tmp_path / "report.xml").read_bytes() == report_bytes
    assert (result.size, result.attempts, result.format) == (len(report_bytes), 4, "xml")
    assert result.reference_code == "1234567890"
    assert service.codes("GetStatement") == [1019, 1019, 1019, 0]
    assert [e.code for e in events if e.stage == "waiting"] == [1019, 1019, 1019]
    assert events[-1].stage == "done"
    assert not list(tmp_path.glob(".flex-*"))
    assert len(flex.parse(result.path).statement.trades) == 14


async def test_async_fetch_waits_through_1019(
    tmp_path: Path, clock: FakeClock, report_bytes: bytes
) -> None:
    service = make_service(clock, report_bytes, polls_before_ready=2)
    async with async_client(service, clock) as client:
        result = await client.fetch("42", tmp_path / "report.xml")
    assert result.attempts == 3
    assert (tmp_path / "report.xml").read_bytes() == report_bytes
    assert service.codes("GetStatement") == [1019, 1019, 0]


def test_the_limiter_keeps_1018_away_over_many_polls(
    tmp_path: Path, clock: FakeClock, report_bytes: bytes
) -> None:
    service = make_service(clock, report_bytes, polls_before_ready=25)
    fast = RetryPolicy(first_poll=0.0, initial_delay=0.2, max_delay=0.5, jitter=0.0)
    with sync_client(service, clock, policy=fast) as client:
        client.fetch("42", tmp_path / "r.xml")
    assert 1018 not in service.codes()
    assert len(service.codes()) == 27  # more than 10 a minute: the limiter paced them


def test_a_1018_from_elsewhere_is_retried(
    tmp_path: Path, clock: FakeClock, report_bytes: bytes
) -> None:
    faults = [
        Fault("GetStatement", on_call=1, code=1018),
        Fault("SendRequest", on_call=1, code=1009),
    ]
    service = make_service(clock, report_bytes, polls_before_ready=0, faults=faults)
    with sync_client(service, clock) as client:
        result = client.fetch("42", tmp_path / "r.xml")
    assert service.codes() == [1009, 0, 1018, 0]
    assert result.attempts == 2


@pytest.mark.parametrize(
    ("token", "error"),
    [("old-token", flex.FlexTokenExpiredError), ("wrong-token", flex.FlexTokenInvalidError)],
)
def test_token_errors_are_typed_and_not_retried(
    tmp_path: Path, clock: FakeClock, report_bytes: bytes, token: str, error: type[Exception]
) -> None:
    service = make_service(clock, report_bytes)
    with sync_client(service, clock, token=token) as client, pytest.raises(error) as raised:
        client.fetch("42", tmp_path / "r.xml")
    assert isinstance(raised.value, flex.FlexTokenError)
    assert len(service.codes()) == 1
    assert token not in str(raised.value)


async def test_async_token_expired(tmp_path: Path, clock: FakeClock, report_bytes: bytes) -> None:
    service = make_service(clock, report_bytes)
    async with async_client(service, clock, token="old-token") as client:
        with pytest.raises(flex.FlexTokenExpiredError):
            await client.fetch("42", tmp_path / "r.xml")


def test_invalid_query_and_reference(tmp_path: Path, clock: FakeClock, report_bytes: bytes) -> None:
    service = make_service(clock, report_bytes)
    with sync_client(service, clock) as client:
        with pytest.raises(flex.FlexQueryInvalidError):
            client.fetch("999", tmp_path / "r.xml")
        with pytest.raises(flex.FlexReferenceCodeInvalidError):
            client._download(client.endpoint("GetStatement"), "000", tmp_path / "r.xml")


@pytest.mark.parametrize(
    ("code", "error"),
    [
        (1003, flex.FlexStatementNotAvailableError),
        (1010, flex.FlexLegacyQueryError),
        (1011, flex.FlexAccountInactiveError),
        (1013, flex.FlexIpRestrictionError),
        (1016, flex.FlexAccountInvalidError),
        (1020, flex.FlexInvalidRequestError),
        (1999, flex.FlexPermanentError),
    ],
)
def test_permanent_codes_raise_at_once(
    tmp_path: Path, clock: FakeClock, report_bytes: bytes, code: int, error: type[Exception]
) -> None:
    service = make_service(clock, report_bytes, faults=[Fault("GetStatement", code=code)])
    with sync_client(service, clock) as client, pytest.raises(error):
        client.fetch("42", tmp_path / "r.xml")
    assert service.codes("GetStatement") == [code]
    assert not (tmp_path / "r.xml").exists()


@pytest.mark.parametrize("code", [1001, 1004, 1005, 1006, 1007, 1008, 1009, 1021])
def test_retryable_codes_are_retried(
    tmp_path: Path, clock: FakeClock, report_bytes: bytes, code: int
) -> None:
    faults = [
        Fault("GetStatement", on_call=1, code=code),
        Fault("GetStatement", on_call=2, code=code),
    ]
    service = make_service(clock, report_bytes, polls_before_ready=0, faults=faults)
    with sync_client(service, clock) as client:
        assert client.fetch("42", tmp_path / "r.xml").attempts == 3


def test_deadline_stops_the_wait(tmp_path: Path, clock: FakeClock, report_bytes: bytes) -> None:
    service = make_service(clock, report_bytes, polls_before_ready=10_000)
    client = sync_client(service, clock, policy=RetryPolicy(deadline=120))
    with client, pytest.raises(flex.FlexDeadlineExceededError) as raised:
        client.fetch("42", tmp_path / "r.xml")
    assert isinstance(raised.value.last_error, flex.FlexGenerationInProgressError)
    assert clock.now - 1000.0 <= 120


def test_http_errors_and_html_bodies(tmp_path: Path, clock: FakeClock, report_bytes: bytes) -> None:
    faults = [
        Fault("GetStatement", on_call=1, status=503),
        Fault("GetStatement", on_call=2, body=b"<html><body>Maintenance</body></html>"),
    ]
    service = make_service(clock, report_bytes, polls_before_ready=0, faults=faults)
    with sync_client(service, clock) as client, pytest.raises(flex.FlexFormatError) as raised:
        client.fetch("42", tmp_path / "r.xml")
    assert raised.value.detected == "html"
    assert service.codes("GetStatement") == [-503, -200]


def test_lower_case_url_and_untrusted_url(
    tmp_path: Path, clock: FakeClock, report_bytes: bytes
) -> None:
    service = make_service(clock, report_bytes, url_tag="url", polls_before_ready=0)
    with sync_client(service, clock) as client:
        envelope = client.send_request("42")
        assert envelope.url == f"{BASE}/GetStatement"
        assert client.statement_url(envelope) == httpx.URL(f"{BASE}/GetStatement")
        evil = flex.parse_envelope(
            b"<FlexStatementResponse><Status>Success</Status><ReferenceCode>1</ReferenceCode>"
            b"<Url>https://attacker.example/GetStatement</Url></FlexStatementResponse>"
        )
        assert client.statement_url(evil) == httpx.URL(f"{BASE}/GetStatement")


def test_the_token_is_never_logged_or_shown(
    tmp_path: Path, clock: FakeClock, report_bytes: bytes, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    service = make_service(clock, report_bytes, polls_before_ready=1)
    with sync_client(service, clock) as client:
        client.fetch("42", tmp_path / "r.xml")
        assert TOKEN not in repr(client)
        assert TOKEN not in repr(client.token)
    assert "HTTP Request" in caplog.text
    assert TOKEN not in caplog.text


def test_requests_carry_version_user_agent_and_token(tmp_path: Path, clock: FakeClock) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(
            200,
            content=b"<FlexStatementResponse><Status>Fail</Status>"
            b"<ErrorCode>1020</ErrorCode></FlexStatementResponse>",
        )

    client = FlexClient(
        TOKEN,
        transport=httpx.MockTransport(handler),
        limiter=TokenRateLimiter(clock=clock),
        clock=clock,
        sleep=clock.sleep,
    )
    with client, pytest.raises(flex.FlexInvalidRequestError):
        client.send_request("42")
    (request,) = seen
    assert request.url.params["v"] == "3"
    assert request.url.params["t"] == TOKEN
    assert request.url.params["q"] == "42"
    assert request.url.host == "ndcdyn.interactivebrokers.com"
    assert request.headers["User-Agent"].startswith("ibkr-webapi/")


def test_transport_errors_are_scrubbed_and_retried(tmp_path: Path, clock: FakeClock) -> None:
    calls = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        raise httpx.ConnectError(f"cannot reach {request.url}")

    client = FlexClient(
        TOKEN,
        transport=httpx.MockTransport(handler),
        limiter=TokenRateLimiter(clock=clock),
        clock=clock,
        sleep=clock.sleep,
        policy=RetryPolicy(deadline=30),
    )
    with client, pytest.raises(flex.FlexDeadlineExceededError) as raised:
        client.fetch("42", tmp_path / "r.xml")
    assert len(calls) > 1
    assert TOKEN not in str(raised.value)
    assert TOKEN not in str(raised.value.last_error)


def test_untrusted_hosts_never_get_the_token(clock: FakeClock) -> None:
    client = FlexClient(
        TOKEN,
        base_url="https://example.org/Flex",
        transport=httpx.MockTransport(lambda request: httpx.Response(500)),
        limiter=TokenRateLimiter(clock=clock),
        clock=clock,
        sleep=clock.sleep,
    )
    with client, pytest.raises(flex.FlexTransportError, match="untrusted"):
        client._http.get("https://attacker.example/x")


def test_limiter_paces_one_per_second_and_ten_per_minute(clock: FakeClock) -> None:
    limiter = TokenRateLimiter(clock=clock)
    moments = []
    for _ in range(12):
        limiter.acquire(clock.sleep)
        moments.append(clock.now)
    gaps = [later - earlier for earlier, later in itertools.pairwise(moments)]
    assert min(gaps) >= 1.0
    assert moments[10] - moments[0] >= 60.0


def test_token_wrapper_is_masked_and_unpicklable() -> None:
    import pickle

    from ibkr_webapi.flex.token import SecretToken

    token = SecretToken(TOKEN)
    assert TOKEN not in repr(token) and TOKEN not in str(token) and TOKEN not in f"{token}"
    with pytest.raises(TypeError):
        pickle.dumps(token)

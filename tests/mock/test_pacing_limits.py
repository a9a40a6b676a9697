"""Pacing: the spec's global and per-operation limits answer 429, logged with the limit hit;
the penalty box when asked for."""

from __future__ import annotations

import asyncio

import pytest

from framework_support import concrete_path
from ibkr_client.api.session import tickle
from ibkr_webapi.mock.app import MockServer
from ibkr_webapi.mock.config import MockConfig
from ibkr_webapi.mock.gates.pacing import Paced, Pacer, window_of
from ibkr_webapi.spec import effective_spec, iter_operations, operation

TOO_MANY = {"error": "Too many requests", "statusCode": 429}
LIMITED = [op for op in iter_operations()
           if window_of(op.rate_limit) is not None and op.tag != "flex"]


def paced_server(clock, **options):
    return MockServer(MockConfig(clock=clock, **options))


def test_the_global_limit_is_the_specs(clock):
    server = paced_server(clock, violations_before_penalty=99)
    http = server.http_client(auth=None)
    limit = effective_spec()["x-ibkr-rate-limit"]["requests"]

    statuses = [http.request("GET" if i % 2 else "POST", "/iserver/auth/status").status_code
                for i in range(limit)]
    refused = http.get("/iserver/auth/status")
    clock.advance(1)

    assert statuses == [200] * limit
    assert (refused.status_code, refused.json()) == (429, TOO_MANY)
    assert http.get("/iserver/auth/status").status_code == 200


def test_a_violator_stays_in_the_penalty_box_for_the_specs_penalty(clock):
    server = paced_server(clock, penalty_box=True)
    client = server.client(auth=None)
    penalty = effective_spec()["x-ibkr-rate-limit"]["penalty_seconds"]

    first = tickle.sync_detailed(client=client).status_code
    second = tickle.sync_detailed(client=client).status_code
    clock.advance(penalty - 1)
    boxed = server.http_client(auth=None).get("/iserver/auth/status").status_code
    clock.advance(1)

    assert (first, second, boxed) == (200, 429, 429)
    assert tickle.sync_detailed(client=client).status_code == 200


def test_the_penalty_box_comes_after_the_configured_number_of_violations(clock):
    server = paced_server(clock, violations_before_penalty=2, penalty_seconds=60)
    http = server.http_client(auth=None)

    http.post("/tickle")
    first_violation = http.post("/tickle").status_code
    clock.advance(1)
    after_one = http.post("/tickle").status_code
    second_violation = http.post("/tickle").status_code
    clock.advance(1)

    assert (first_violation, after_one, second_violation) == (429, 200, 429)
    assert http.post("/tickle").status_code == 429
    clock.advance(60)
    assert http.post("/tickle").status_code == 200


@pytest.mark.parametrize("op", LIMITED, ids=lambda op: op.operation_id)
def test_every_per_operation_limit_of_the_spec_answers_429(clock, op):
    window = window_of(op.rate_limit)
    server = paced_server(clock, violations_before_penalty=99)
    http = server.http_client(auth=None)

    def send():
        return http.request(op.method, concrete_path(op)).status_code

    admitted = [send() for _ in range(window.requests)]
    refused = send()
    clock.advance(window.per_seconds)

    assert 429 not in admitted
    assert refused == 429
    assert send() != 429


def test_the_concurrency_limit_of_an_operation(clock):
    op = next(op for op in iter_operations()
              if op.rate_limit is not None and "concurrent" in op.rate_limit)
    limit = op.rate_limit["concurrent"]
    server = paced_server(clock, violations_before_penalty=99)
    # Each request waits long enough for all of them to be in flight together.
    server.inject("latency", op.operation_id, seconds=0.5, times=None)

    async def burst():
        async with server.async_http_client(auth=None) as http:
            return await asyncio.gather(*(http.request(op.method, op.path)
                                          for _ in range(limit + 1)))

    statuses = sorted(r.status_code for r in asyncio.run(burst()))

    assert statuses.count(429) == 1
    assert len(statuses) == limit + 1


def test_pacing_can_be_switched_off(clock):
    http = paced_server(clock, pacing=False).http_client(auth=None)

    assert {http.post("/tickle").status_code for _ in range(30)} == {200}


def test_flex_token_limits_answer_1018_when_pacing(clock):
    server = paced_server(clock)
    with server.http_client(auth=None, base_url=server.flex_url,
                            headers={"User-Agent": "test"}) as http:
        params = {"t": server.config.flex_token, "q": "999", "v": "3"}
        first = http.get("/SendRequest", params=params).text
        second = http.get("/SendRequest", params=params).text

    assert "<ErrorCode>1014</ErrorCode>" in first
    assert "<ErrorCode>1018</ErrorCode>" in second


def test_the_pacer_reads_every_limit_from_the_spec(clock):
    pacer = Pacer.from_spec(clock)

    for op in LIMITED:
        window = window_of(op.rate_limit)
        for _ in range(window.requests):
            pacer.admit(op.operation_id, op)
        with pytest.raises(Paced):
            pacer.admit(op.operation_id, op)
    assert operation("tickle") in LIMITED


def test_by_default_a_violation_is_a_429_without_the_penalty_box(clock, caplog):
    """Two health checks within a second (ibind's check_health) must not lock a developer
    out for 15 minutes: the 429 stays, the penalty box does not."""
    server = paced_server(clock)
    client = server.client(auth=None)

    with caplog.at_level("WARNING", logger="ibkr_webapi.mock"):
        statuses = [tickle.sync_detailed(client=client).status_code for _ in range(2)]
    clock.advance(1)

    assert statuses == [200, 429]
    assert tickle.sync_detailed(client=client).status_code == 200
    assert [r.getMessage() for r in caplog.records] == [
        "429 to 127.0.0.1 for tickle: tickle: 1 request per 1 s"]


def test_the_global_limit_is_named_in_the_log(clock, caplog):
    server = paced_server(clock)
    http = server.http_client(auth=None)
    limit = effective_spec()["x-ibkr-rate-limit"]["requests"]

    with caplog.at_level("WARNING", logger="ibkr_webapi.mock"):
        statuses = [http.get("/iserver/auth/status").status_code for _ in range(limit + 1)]

    assert statuses[-1] == 429
    assert caplog.records[-1].getMessage().endswith(
        f"get_brokerage_session_status_via_get: global: {limit} requests per 1 s")

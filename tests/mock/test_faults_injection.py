"""Fault injection, per operation or global, for the next N calls or always."""

from __future__ import annotations

import json

import httpx
import pytest

from ibkr_client.api.session import get_brokerage_session_status, logout, tickle
from ibkr_client.errors import UnexpectedResponse
from ibkr_client.models import ErrorWithStatusCode
from ibkr_webapi.mock.gates.faults import Fault, FaultPlan


def test_a_5xx_for_the_next_call_only(gateway):
    client = gateway.client(auth=None)
    gateway.inject("status", "tickle", status=503)

    # Every operation declares IBKR's error bodies for 5XX: the body is parsed, not refused.
    failed = tickle.sync_detailed(client=client)
    recovered = tickle.sync_detailed(client=client)

    assert failed.status_code == 503
    assert json.loads(failed.content) == {"error": "Service Unavailable", "statusCode": 503}
    assert isinstance(failed.parsed, ErrorWithStatusCode)
    assert recovered.status_code == 200
    assert gateway.requests.statuses("tickle") == [503, 200]


def test_a_fault_for_every_operation_after_skipping_some_calls(gateway):
    http = gateway.http_client(auth=None)
    gateway.inject("status", status=500, skip=1, times=None)

    statuses = [http.post("/tickle").status_code, http.get("/sso/validate").status_code,
                http.post("/iserver/auth/status").status_code]
    gateway.faults.clear()

    assert statuses == [200, 500, 500]
    assert http.post("/tickle").status_code == 200


def test_html_and_plain_text_error_pages(gateway):
    http = gateway.http_client(auth=None)
    gateway.inject("html", "tickle", status=502)
    gateway.inject("text", "tickle", status=500, body="Internal error")

    html = http.post("/tickle")
    text = http.post("/tickle")

    assert html.status_code == 502 and html.headers["content-type"].startswith("text/html")
    assert html.text.startswith("<html>")
    assert (text.status_code, text.text) == (500, "Internal error")
    assert text.headers["content-type"].startswith("text/plain")


def test_a_truncated_body_is_a_well_formed_answer_with_half_the_json(gateway):
    client = gateway.client(auth=None)
    whole = tickle.sync_detailed(client=client).content
    gateway.inject("truncate", "tickle")

    with pytest.raises(UnexpectedResponse) as cut:
        tickle.sync_detailed(client=client)

    assert cut.value.status_code == 200
    assert cut.value.content == whole[: len(whole) // 2]


def test_a_connection_dropped_before_serving_loses_the_request(gateway):
    client = gateway.client(auth=None)
    gateway.inject("drop", "logout")

    with pytest.raises(httpx.TransportError):
        logout.sync_detailed(client=client)

    assert gateway.world.session.logged_in is True
    assert gateway.requests.statuses("logout") == [None]


def test_a_connection_dropped_after_serving_loses_only_the_answer(gateway):
    client = gateway.client(auth=None)
    gateway.inject("drop", "logout", when="after")

    with pytest.raises(httpx.TransportError):
        logout.sync_detailed(client=client)

    assert gateway.world.session.logged_in is False
    assert gateway.requests.count("logout") == 1


async def test_a_dropped_connection_reaches_async_clients_as_a_transport_error(gateway):
    gateway.inject("drop", "tickle")

    with pytest.raises(httpx.TransportError):
        await tickle.asyncio_detailed(client=gateway.client(auth=None))
    await gateway.aclose()


def test_latency_delays_without_changing_the_answer(gateway):
    gateway.inject("latency", "tickle", seconds=0.01)

    answer = tickle.sync(client=gateway.client(auth=None))

    assert answer.session == gateway.world.session.session_id


def test_a_competing_session_fault_hits_the_request_it_comes_with(gateway):
    client = gateway.client()
    http = client.get_httpx_client()
    http.post("/iserver/auth/ssodh/init", json={"publish": True, "compete": True})
    gateway.inject("compete", "get_brokerage_session_status")

    status = get_brokerage_session_status.sync(client=client)

    assert (status.authenticated, status.competing) == (False, True)


def test_an_expiring_session_fault(gateway):
    client = gateway.client(auth=None)
    gateway.open_brokerage_session()
    gateway.inject("expire_session", "get_brokerage_session_status")

    status = get_brokerage_session_status.sync(client=client)

    assert (status.authenticated, status.connected) == (False, True)


def test_an_expiring_live_session_token_fault_is_survived_by_oauth1a(oauth):
    client = oauth.client()
    tickle.sync(client=client)
    oauth.inject("expire_token", "tickle")

    answer = tickle.sync(client=client)

    assert answer.session == oauth.world.session.session_id
    assert oauth.requests.statuses("tickle") == [200, 401, 200]
    assert oauth.requests.count("get_live_session_token") == 2


@pytest.mark.parametrize("options, message", [
    ({"kind": "explode"}, "unknown fault kind"),
    ({"kind": "status", "times": 0}, "times must be at least 1"),
    ({"kind": "latency", "seconds": -1}, "cannot be negative"),
    ({"kind": "drop", "when": "during"}, "when must be"),
])
def test_a_bad_fault_is_refused_with_a_clear_error(options, message):
    with pytest.raises(ValueError, match=message):
        Fault(**options)


def test_pending_faults_are_listed_until_spent():
    plan = FaultPlan()
    always = plan.add(Fault("latency", times=None))
    once = plan.add(Fault("status", "tickle"))

    plan.take("tickle")

    assert plan.pending == [always]
    assert once.spent

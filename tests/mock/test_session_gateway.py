"""Session realism in Gateway mode, driven through the generated client and GatewaySession."""

from __future__ import annotations

import pytest

from framework_support import ISERVER_PROBE, stub, with_handlers
from ibkr_auth import GatewaySession
from ibkr_auth.errors import BrokerageSessionError
from ibkr_client.api.session import (
    get_brokerage_session_status,
    get_brokerage_session_status_via_get,
    init_brokerage_session,
    logout,
    reauthenticate_brokerage_session,
    tickle,
    validate_sso_session,
)
from ibkr_client.models.ssodh_init_request import SsodhInitRequest
from ibkr_webapi.mock.gates.oauth import TEST_ONLY_KEYS
from ibkr_webapi.mock.world.session import SESSION

ACCOUNTS = {"accounts": ["U1234567"], "selectedAccount": "U1234567"}
NOT_AUTHENTICATED = {"error": "not authenticated", "statusCode": 401}


@pytest.fixture
def server(gateway):
    return with_handlers(gateway, **{ISERVER_PROBE: stub(ACCOUNTS)})


def probe(client):
    return client.get_httpx_client().get("/iserver/accounts")


def init(client, compete=True):
    return init_brokerage_session.sync(client=client,
                                       body=SsodhInitRequest(publish=True, compete=compete))


def test_iserver_answers_401_until_the_brokerage_session_is_initialised(server):
    client = server.client(auth=None)

    before = probe(client)
    status = init(client)
    after = probe(client)

    assert (before.status_code, before.json()) == (401, NOT_AUTHENTICATED)
    assert status.authenticated is True and status.connected is True
    assert (after.status_code, after.json()) == (200, ACCOUNTS)


def test_gateway_session_opens_the_brokerage_session_by_itself(server):
    client = server.client()

    assert probe(client).json() == ACCOUNTS
    assert [r.operation_id for r in server.requests] == ["init_brokerage_session", ISERVER_PROBE]


def test_non_iserver_endpoints_need_no_brokerage_session(server):
    client = server.client(auth=None)

    answer = validate_sso_session.sync(client=client)

    assert answer.result is True and answer.user_name == "mockuser1"


def test_auth_status_get_and_post_report_the_same_state(server):
    client = server.client(auth=None)
    init(client)

    posted = get_brokerage_session_status.sync_detailed(client=client)
    got = get_brokerage_session_status_via_get.sync_detailed(client=client)

    assert posted.status_code == got.status_code == 200
    assert posted.content == got.content
    assert posted.parsed.authenticated is True and posted.parsed.competing is False


def test_a_competing_session_blocks_iserver_until_taken_over(server):
    client = server.client(auth=None)
    init(client)
    server.start_competing_session()

    status = get_brokerage_session_status.sync(client=client)
    blocked = probe(client)
    kept_off = init(client, compete=False)
    taken_over = init(client, compete=True)

    assert (status.authenticated, status.competing, status.connected) == (False, True, True)
    assert blocked.status_code == 401
    assert (kept_off.authenticated, kept_off.competing) == (False, True)
    assert (taken_over.authenticated, taken_over.competing) == (True, False)
    assert probe(client).status_code == 200


def test_gateway_session_takes_a_competing_session_back_once(server):
    client = server.client()
    probe(client)
    server.start_competing_session()

    assert probe(client).json() == ACCOUNTS
    assert server.requests.statuses(ISERVER_PROBE) == [200, 401, 200]


def test_gateway_session_without_compete_reports_the_competing_session(server):
    server.start_competing_session()
    auth = GatewaySession(server.base_url, verify=str(TEST_ONLY_KEYS / "gateway_cert.pem"),
                          compete=False, environ={})

    with pytest.raises(BrokerageSessionError):
        probe(server.client(auth=auth))


def test_the_brokerage_session_times_out_without_requests(server, clock):
    client = server.client(auth=None)
    init(client)

    clock.advance(299)
    tickle.sync(client=client)
    clock.advance(299)
    still_open = probe(client).status_code
    clock.advance(301)
    status = get_brokerage_session_status.sync(client=client)

    assert still_open == 200
    assert (status.authenticated, status.connected) == (False, True)
    assert probe(client).status_code == 401
    assert init(client).authenticated is True


def test_reauthenticate_reopens_a_timed_out_session(server):
    client = server.client(auth=None)
    init(client)
    server.expire_brokerage_session()

    answer = reauthenticate_brokerage_session.sync(client=client)

    assert answer.message == "triggered"
    assert probe(client).status_code == 200


def test_tickle_reports_the_session_id_and_the_brokerage_status(server):
    client = server.client(auth=None)

    before = tickle.sync(client=client)
    init(client)
    after = tickle.sync(client=client)

    assert before.session == after.session == server.world.session.session_id
    assert len(before.session) == 32
    assert before.iserver.auth_status.authenticated is False
    assert after.iserver.auth_status.authenticated is True


def test_logout_ends_everything_until_the_next_login(server):
    client = server.client(auth=None)
    init(client)
    first_session = tickle.sync(client=client).session

    ended = logout.sync(client=client)
    statuses = (probe(client).status_code,
                validate_sso_session.sync_detailed(client=client).status_code)
    no_session = tickle.sync(client=client)
    logged_out = get_brokerage_session_status.sync(client=client)
    server.log_in()

    assert ended.status is True
    assert statuses == (401, 401)
    assert no_session.error == "no session"
    assert (logged_out.authenticated, logged_out.connected) == (False, False)
    assert tickle.sync(client=client).session != first_session
    assert init(client).authenticated is True


def test_after_logout_the_next_ssodh_init_logs_back_in(server):
    """A way back in without restarting the mock (the browser login has no mock)."""
    client = server.client(auth=None)
    init(client)
    first_session = tickle.sync(client=client).session
    logout.sync(client=client)

    reopened = init(client)

    assert (reopened.authenticated, reopened.connected) == (True, True)
    assert tickle.sync(client=client).session not in (first_session, None)
    assert probe(client).status_code == 200


def test_publish_false_answers_500_like_ibkr(server):
    response = init_brokerage_session.sync_detailed(
        client=server.client(auth=None), body=SsodhInitRequest(publish=False, compete=True))

    assert response.status_code == 500
    assert response.parsed.error == "failed to generate sso dh token"


def test_session_changes_are_published_for_the_websocket(server):
    seen = []
    server.world.events.subscribe(lambda topic, payload: seen.append((topic, payload)))
    client = server.client(auth=None)

    init(client)
    init(client)
    server.start_competing_session()

    assert [(topic, payload["authenticated"], payload["competing"])
            for topic, payload in seen] == [(SESSION, True, False), (SESSION, False, True)]


def test_the_session_can_start_initialised(ibkr_mock_config):
    from ibkr_webapi.mock.app import MockServer
    from ibkr_webapi.mock.config import MockConfig

    with MockServer(MockConfig(pacing=False, session_initialised=True)) as server:
        with_handlers(server, **{ISERVER_PROBE: stub(ACCOUNTS)})
        assert probe(server.client(auth=None)).status_code == 200

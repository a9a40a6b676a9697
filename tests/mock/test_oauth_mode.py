"""OAuth mode: every request is verified by the mock's own verifier, driven by OAuth1aAuth."""

from __future__ import annotations

import httpx
import pytest

from framework_support import ISERVER_PROBE, stub, with_handlers
from ibkr_auth import OAuth1aAuth
from ibkr_auth.errors import OAuthRequestError
from ibkr_client.api.oauth import get_live_session_token
from ibkr_client.api.session import init_brokerage_session, tickle, validate_sso_session
from ibkr_client.models.ssodh_init_request import SsodhInitRequest

LST = "get_live_session_token"


def test_the_handshake_then_signed_requests_succeed(oauth):
    client = oauth.client()

    answer = tickle.sync(client=client)
    status = init_brokerage_session.sync(client=client,
                                         body=SsodhInitRequest(publish=True, compete=True))

    assert answer.session == oauth.world.session.session_id
    assert status.authenticated is True
    assert [r.operation_id for r in oauth.requests] == [LST, "tickle", "init_brokerage_session"]
    assert oauth.requests.statuses() == [200, 200, 200]


def test_iserver_still_needs_ssodh_init_after_the_handshake(oauth):
    with_handlers(oauth, **{ISERVER_PROBE: stub({"accounts": []})})
    client = oauth.client().get_httpx_client()

    before = client.get("/iserver/accounts")
    client.post("/iserver/auth/ssodh/init", json={"publish": True, "compete": True})

    assert before.status_code == 401
    assert client.get("/iserver/accounts").status_code == 200


def test_an_unsigned_request_gets_ibkrs_401_body(oauth):
    response = oauth.client(auth=None).get_httpx_client().get("/sso/validate")

    assert response.status_code == 401
    assert response.json() == {"error": "missing or malformed OAuth Authorization header",
                               "statusCode": 401}


def test_an_unknown_access_token_is_refused(oauth):
    credentials = {**oauth.oauth_credentials(), "access_token": "0123456789abcdef0123"}
    auth = OAuth1aAuth(**credentials, base_url=oauth.base_url, clock=oauth.config.clock,
                       environ={})

    with pytest.raises(OAuthRequestError, match="invalid token"):
        validate_sso_session.sync(client=oauth.client(auth=auth))


def test_a_replayed_request_is_refused(oauth):
    sent: list[httpx.Request] = []
    client = oauth.http_client(event_hooks={"request": [sent.append]})
    client.get("/sso/validate")
    signed = sent[-1]

    replay = oauth.http_client(auth=None).send(
        httpx.Request(signed.method, signed.url, headers=signed.headers))

    assert replay.status_code == 401
    assert replay.json()["error"] == "nonce already used"


def test_a_clock_off_by_more_than_the_window_is_refused(oauth, clock):
    auth = OAuth1aAuth(**oauth.oauth_credentials(), base_url=oauth.base_url,
                       clock=lambda: clock() + 3600, environ={})

    with pytest.raises(OAuthRequestError, match="invalid timestamp"):
        tickle.sync(client=oauth.client(auth=auth))
    assert oauth.requests.statuses(LST) == [401]


def test_an_expired_live_session_token_is_renewed_once_and_the_request_resent(oauth):
    client = oauth.client()
    tickle.sync(client=client)

    oauth.expire_live_session_tokens()
    answer = tickle.sync(client=client)

    assert answer.session == oauth.world.session.session_id
    assert [(r.operation_id, r.status) for r in oauth.requests] == [
        (LST, 200), ("tickle", 200), ("tickle", 401), (LST, 200), ("tickle", 200)]


def test_the_same_seed_issues_the_same_credentials():
    from ibkr_webapi.mock.app import MockServer
    from ibkr_webapi.mock.config import MockConfig

    first, second, other = (MockServer(MockConfig(seed=seed, auth="oauth"))
                            for seed in (4, 4, 5))

    assert first.oauth_credentials() == second.oauth_credentials()
    assert first.oauth_credentials() != other.oauth_credentials()


def test_gateway_mode_has_no_oauth_endpoints(gateway):
    response = get_live_session_token.sync_detailed(client=gateway.client(auth=None))

    assert response.status_code == 400
    assert response.parsed.error == "OAuth is not enabled on this server (Gateway mode)"
    with pytest.raises(RuntimeError, match="auth='oauth'"):
        gateway.oauth_credentials()


async def test_async_clients_sign_too(oauth):
    client = oauth.client()

    answer = await tickle.asyncio(client=client)

    assert answer.session == oauth.world.session.session_id
    await oauth.aclose()

"""The mock's verifier accepts the three signing forms (IBKR's sample form, RFC 5849, and
ibind's query-less form), says in its request log which one matched, refuses a wrong HMAC,
and rebuilds the signed URL as the real server does when a client sends ``Host:
api.ibkr.com`` while connecting elsewhere."""

from __future__ import annotations

import re

import httpx
import pytest

from ibkr_auth import OAuth1aAuth
from ibkr_auth.base_string import SIGNING_FORMS, SigningForm
from ibkr_webapi.mock.app import MockServer
from ibkr_webapi.mock.config import MockConfig

SNAPSHOT = "/iserver/marketdata/snapshot"
QUERY = {"conids": "265598,8314", "fields": "31,84"}


def signed_client(server: MockServer, form: SigningForm, **options: object) -> httpx.Client:
    auth = OAuth1aAuth(**server.oauth_credentials(), base_url=server.base_url,
                       clock=server.config.clock, environ={}, signing=form)
    return server.http_client(auth, **options)


@pytest.mark.parametrize("form", SIGNING_FORMS)
def test_each_form_is_accepted_and_logged(oauth: MockServer, form: SigningForm) -> None:
    oauth.open_brokerage_session()
    response = signed_client(oauth, form).get(SNAPSHOT, params=QUERY)

    assert response.status_code == 200, response.text
    assert oauth.requests.signature_forms("get_market_data_snapshot") == [form]


def test_a_wrong_hmac_is_refused_and_logs_no_form(oauth: MockServer) -> None:
    def flip(request: httpx.Request) -> None:
        if "live_session_token" not in request.url.path:
            header = request.headers["Authorization"]
            request.headers["Authorization"] = re.sub(
                r'oauth_signature="([^"]*)"', 'oauth_signature="AAAA\\1"', header)

    client = signed_client(oauth, "ibkr", event_hooks={"request": [flip]})
    response = client.get("/sso/validate")

    assert response.status_code == 401
    assert response.json() == {"error": "invalid signature", "statusCode": 401}
    assert oauth.requests.signature_forms("validate_sso_session")[-1] is None


def test_a_client_signing_the_address_it_reached_with_an_ibkr_host_header_is_accepted() -> None:
    """ibind signs the URL it connects to but sends ``Host: api.ibkr.com``: the server sees
    its own name in Host, the signature covers the loopback address."""
    def ibkr_host(request: httpx.Request) -> None:
        request.headers["Host"] = "api.ibkr.com"

    with MockServer(MockConfig(auth="oauth", pacing=False, session_initialised=True)) as server, \
            server.serve() as base_url:
        auth = OAuth1aAuth(**server.oauth_credentials(), base_url=base_url, environ={})
        with httpx.Client(base_url=base_url, auth=auth,
                          event_hooks={"request": [ibkr_host]}) as client:
            response = client.get(SNAPSHOT, params=QUERY)

    assert response.status_code == 200, response.text
    port = base_url.split(":")[2].split("/")[0]
    assert server.requests.signature_forms("get_market_data_snapshot") == [
        f"ibkr@http://127.0.0.1:{port}{'/v1/api' + SNAPSHOT}"]

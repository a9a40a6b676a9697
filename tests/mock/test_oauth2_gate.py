"""The mock's OAuth 2.0 token endpoint checks every claim of a client assertion: signature,
iss, sub, aud, exp, iat and a jti never seen before; the SSO session checks its signed body."""

from __future__ import annotations

from urllib.parse import urlencode

import pytest

from ibkr_auth import load_signing_key, sign_jwt, signed_body
from ibkr_auth.jwt_signing import ASSERTION_TYPE
from ibkr_webapi.mock.gates.oauth2 import (
    TEST_CLIENT_ID,
    TEST_CLIENT_KEY,
    TEST_WRONG_KEY,
    OAuth2Gate,
)

NOW = 1_750_000_000
URL = "https://localhost:5000/oauth2/api/v1/token"
KEY = load_signing_key(TEST_CLIENT_KEY)


def gate() -> OAuth2Gate:
    return OAuth2Gate.for_test_keys(clock=lambda: float(NOW))


def form(assertion: str) -> bytes:
    return urlencode({"grant_type": "client_credentials", "client_assertion": assertion,
                      "client_assertion_type": ASSERTION_TYPE}).encode()


def claims(**changes: object) -> dict[str, object]:
    base: dict[str, object] = {"iss": TEST_CLIENT_ID, "sub": TEST_CLIENT_ID, "aud": URL,
                               "iat": NOW, "exp": NOW + 60, "jti": "j-1"}
    return {**base, **changes}


def test_a_valid_assertion_gets_a_bearer_token() -> None:
    answer = gate().token(URL, {}, form(sign_jwt(claims(), KEY)))
    assert answer.status == 200 and answer.body["token_type"] == "Bearer"


@pytest.mark.parametrize(("changes", "detail"), [
    ({"iss": "someone-else"}, "iss is not the client"),
    ({"sub": "someone-else"}, "sub is not the client"),
    ({"aud": "https://elsewhere/token"}, "aud is not this endpoint"),
    ({"exp": NOW - 1}, "expired"),
    ({"iat": NOW - 600, "exp": NOW + 60}, "too long-lived"),
    ({"iat": NOW + 120, "exp": NOW + 180}, "expired or too long-lived"),
])
def test_each_claim_is_checked(changes: dict[str, object], detail: str) -> None:
    answer = gate().token(URL, {}, form(sign_jwt(claims(**changes), KEY)))
    assert answer.status == 401 and detail in answer.body["detail"]


def test_missing_claims_are_a_bad_request() -> None:
    incomplete = {k: v for k, v in claims().items() if k != "jti"}
    answer = gate().token(URL, {}, form(sign_jwt(incomplete, KEY)))
    assert answer.status == 400


def test_a_wrong_key_and_a_replay_are_refused() -> None:
    mock = gate()
    wrong = mock.token(URL, {}, form(sign_jwt(claims(), load_signing_key(TEST_WRONG_KEY))))
    assert wrong.status == 401 and "does not verify" in wrong.body["detail"]
    assertion = sign_jwt(claims(jti="once"), KEY)
    assert mock.token(URL, {}, form(assertion)).status == 200
    replay = mock.token(URL, {}, form(assertion))
    assert replay.status == 401 and "replay" in replay.body["detail"]


def test_the_grant_type_must_be_client_credentials() -> None:
    body = urlencode({"grant_type": "password"}).encode()
    assert gate().token(URL, {}, body).status == 400


def test_an_sso_session_needs_the_access_token_and_a_signed_body() -> None:
    mock = gate()
    token = mock.token(URL, {}, form(sign_jwt(claims(), KEY))).body["access_token"]
    bearer = {"authorization": f"Bearer {token}"}
    body = signed_body(TEST_CLIENT_ID, {"credential": "testonlyuser1", "ip": "127.0.0.1"}, KEY,
                       now=NOW, jti="s-1").encode()
    assert mock.sso_session({}, body).status == 401
    forged = signed_body(TEST_CLIENT_ID, {"credential": "u", "ip": "1"},
                         load_signing_key(TEST_WRONG_KEY), now=NOW, jti="s-2").encode()
    assert mock.sso_session(bearer, forged).status == 403
    answer = mock.sso_session(bearer, body)
    assert answer.status == 200
    sso = answer.body["access_token"]
    assert mock.check_bearer("/v1/api/iserver/accounts", {"authorization": f"Bearer {sso}"}).ok
    # Each token serves its own side: the access token is not an SSO session's token.
    assert not mock.check_bearer("/v1/api/iserver/accounts", bearer).ok
    assert not mock.check_bearer("/gw/api/v1/echo/https", {"authorization": f"Bearer {sso}"}).ok

"""The independent OAuth verifier (the mock server's side): rejections with IBKR's error
bodies, replay protection, and its independence from ibkr_auth."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import httpx
import pytest

from auth_test_support import (
    CONSUMER_KEY,
    KEYS,
    REALM,
    RESOURCE_URL,
    FakeClock,
    VerifierServer,
    make_auth,
)
from ibkr_auth import OAuthConfig, ThirdPartyOAuth
from ibkr_auth.token_requests import rsa_signed_post
from ibkr_webapi.mock import oauth_verifier
from ibkr_webapi.mock.oauth_verifier import (
    Consumer,
    OAuthVerifier,
    Verdict,
    form_pairs,
    parse_oauth_header,
    server_base_uri,
)


def test_verifier_does_not_import_ibkr_auth() -> None:
    tree = ast.parse(Path(oauth_verifier.__file__).read_text())
    imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import)
                for alias in node.names}
    imported |= {node.module or "" for node in ast.walk(tree)
                 if isinstance(node, ast.ImportFrom)}
    assert not {name for name in imported if name.split(".")[0] == "ibkr_auth"}


def signed_request(server: VerifierServer, credentials: dict[str, object],
                   clock: FakeClock) -> httpx.Request:
    with server.client(make_auth(credentials, clock), base_url=RESOURCE_URL) as client:
        assert client.get("/portfolio/accounts", params={"a": "1"}).status_code == 200
    return server.requests[-1]


def replay(verifier: OAuthVerifier, request: httpx.Request, **header_changes: str) -> Verdict:
    headers = dict(request.headers)
    authorization = headers["authorization"]
    for name, value in header_changes.items():
        authorization = re.sub(rf'{name}="[^"]*"', f'{name}="{value}"', authorization)
    headers["authorization"] = authorization
    return verifier.handle(request.method, str(request.url), headers, request.content)


def test_replayed_nonce_is_rejected(server: VerifierServer, verifier: OAuthVerifier,
                                    clock: FakeClock, credentials: dict[str, object]) -> None:
    request = signed_request(server, credentials, clock)
    assert replay(verifier, request).body == {"error": "nonce already used", "statusCode": 401}


def test_timestamp_outside_the_window_is_rejected(
    server: VerifierServer, verifier: OAuthVerifier, clock: FakeClock,
    credentials: dict[str, object],
) -> None:
    request = signed_request(server, credentials, clock)
    clock.advance(301)
    assert replay(verifier, request).body["error"] == "invalid timestamp"


@pytest.mark.parametrize(("change", "error"), [
    ({"oauth_consumer_key": "UNKNOWN00"}, "invalid consumer"),
    ({"realm": "limited_poa"}, "invalid realm"),
    ({"oauth_token": "0" * 20}, "invalid token"),
    ({"oauth_signature_method": "PLAINTEXT"}, "unsupported signature method"),
    ({"oauth_signature": "AAAA"}, "invalid signature"),
])
def test_altered_authorization_is_rejected(
    server: VerifierServer, verifier: OAuthVerifier, clock: FakeClock,
    credentials: dict[str, object], change: dict[str, str], error: str,
) -> None:
    request = signed_request(server, credentials, clock)
    verdict = replay(verifier, request, **change)
    assert (verdict.status, verdict.body) == (401, {"error": error, "statusCode": 401})


def test_unsigned_request_is_rejected(verifier: OAuthVerifier) -> None:
    verdict = verifier.handle("GET", RESOURCE_URL + "/portfolio/accounts", {})
    assert verdict.status == 401 and not verdict.ok


def test_expired_live_session_token_is_rejected(
    server: VerifierServer, verifier: OAuthVerifier, clock: FakeClock,
    credentials: dict[str, object],
) -> None:
    auth = make_auth(credentials, clock, renew_margin=0)
    with server.client(auth, base_url=RESOURCE_URL) as client:
        client.get("/portfolio/accounts")
        clock.advance(24 * 3600)
        request = client.build_request("GET", "/portfolio/accounts")
        auth._apply(request, auth.live_session)  # type: ignore[arg-type]
    verdict = verifier.handle("GET", str(request.url), request.headers, b"")
    assert verdict.body == {"error": "not authenticated", "statusCode": 401}


def test_access_token_needs_the_authorized_verifier(verifier: OAuthVerifier,
                                                    clock: FakeClock) -> None:
    server = VerifierServer(verifier)
    flow = ThirdPartyOAuth(CONSUMER_KEY, KEYS / "private_signature.pem", realm=REALM,
                           clock=clock)
    with httpx.Client(transport=httpx.MockTransport(server.handle)) as client:
        request_token = flow.fetch_request_token(client)
        response = client.send(flow.access_token_request(request_token, "guessed"))
        assert response.json()["error"] == "invalid verifier"
        verifier.authorize(request_token.reveal())
        response = client.send(flow.access_token_request(request_token, "guessed"))
        assert response.json()["error"] == "invalid verifier"


@pytest.mark.parametrize("challenge", ["1", "0", "xyz", "f" * 600])
def test_live_session_token_challenge_must_be_in_the_group(
    verifier: OAuthVerifier, clock: FakeClock, credentials: dict[str, object], challenge: str
) -> None:
    config = OAuthConfig.create(**credentials, environ={})  # type: ignore[arg-type]
    params = {
        "diffie_hellman_challenge": challenge,
        "oauth_consumer_key": CONSUMER_KEY,
        "oauth_nonce": "n" * 32,
        "oauth_signature_method": "RSA-SHA256",
        "oauth_timestamp": str(int(clock())),
        "oauth_token": config.access_token.reveal(),
    }
    request = rsa_signed_post(config.base_url + "/oauth/live_session_token", params,
                              signature_key=config.signature_key.reveal(), realm=REALM,
                              prepend=config.prepend.reveal())
    verdict = verifier.handle("POST", str(request.url), request.headers)
    assert verdict.body == {"error": "invalid diffie_hellman_challenge", "statusCode": 400}


def test_live_session_token_request_needs_the_prepend(
    verifier: OAuthVerifier, clock: FakeClock, credentials: dict[str, object]
) -> None:
    config = OAuthConfig.create(**credentials, environ={})  # type: ignore[arg-type]
    params = {
        "diffie_hellman_challenge": "abcdef",
        "oauth_consumer_key": CONSUMER_KEY,
        "oauth_nonce": "n" * 32,
        "oauth_signature_method": "RSA-SHA256",
        "oauth_timestamp": str(int(clock())),
        "oauth_token": config.access_token.reveal(),
    }
    request = rsa_signed_post(config.base_url + "/oauth/live_session_token", params,
                              signature_key=config.signature_key.reveal(), realm=REALM)
    verdict = verifier.handle("POST", str(request.url), request.headers)
    assert verdict.body == {"error": "invalid signature", "statusCode": 401}


def test_header_parsing() -> None:
    assert parse_oauth_header('OAuth a="1", b="x%2By", realm="r"') == {
        "a": "1", "b": "x+y", "realm": "r"}
    assert parse_oauth_header("Bearer x") is None
    assert parse_oauth_header('OAuth a="1" junk') is None


def test_form_pairs_and_base_uri() -> None:
    assert form_pairs("a=1+2&b=%41&c&&d=") == [("a", "1 2"), ("b", "A"), ("c", ""), ("d", "")]
    assert server_base_uri("https://x/v1/api/p?q=1", "1.API.ibkr.com:443") == (
        "https://1.api.ibkr.com/v1/api/p")
    assert server_base_uri("http://x/p", "localhost:8080") == "http://localhost:8080/p"


def test_verdict_reject_bodies_match_ibkr() -> None:
    assert Verdict.reject("invalid consumer").body == {"error": "invalid consumer",
                                                       "statusCode": 401}
    assert Verdict(200).ok


def test_verifier_is_usable_without_the_client() -> None:
    """The mock server can hold several consumers; registration is dynamic."""
    verifier = OAuthVerifier(clock=FakeClock())
    verifier.register(Consumer.from_directory("ANOTHER01", KEYS, realm="limited_poa"))
    token, secret = verifier.issue_access_token("ANOTHER01")
    assert re.fullmatch(r"[0-9a-f]{20}", token) and len(secret) == 344

"""The OAuth 2.0 gate: the mock's token endpoint, SSO sessions and bearer-token checks.

The mock registers one client, ``TESTONLY-CLIENT``, with the test-only key pair in
``ibkr_webapi/mock/test_only_keys`` (``oauth2_client_*.pem``) and a test-only client secret.
The token endpoint verifies the client the way the request says (RFC 7523 ``private_key_jwt``:
RS256 signature with the registered public key, ``iss`` = ``sub`` = the client, ``aud`` = the
token endpoint's URL, ``exp`` in the future and at most five minutes after ``iat``, a ``jti``
never seen before; or the client secret, in the form or in a Basic header) and issues a bearer
access token. POST /gw/api/v1/sso-sessions takes that token and a body signed with the same
key (the same claim checks, the end user in ``credential`` and ``ip``) and issues the SSO
session's bearer token. Every /gw/api request needs a valid access token, every /v1/api
request an SSO session's token; errors are Problem Details on /gw/api and /oauth2, IBKR's
``{"error", "statusCode"}`` under /v1/api.

>>> gate = OAuth2Gate.for_test_keys(clock=lambda: 1_700_000_000.0)
>>> gate.check_bearer("/gw/api/v1/echo/https", {}).status
401
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypedDict
from urllib.parse import parse_qsl, unquote_plus

from joserfc import jwt
from joserfc.errors import JoseError
from joserfc.jwk import RSAKey

from ibkr_auth.jwt_signing import ASSERTION_TYPE

TEST_ONLY_KEYS = Path(__file__).resolve().parents[1] / "test_only_keys"
TEST_CLIENT_KEY = TEST_ONLY_KEYS / "oauth2_client_private.pem"
"""The test-only private key of the mock's OAuth 2.0 client (see test_only_keys/README.md)."""
TEST_CLIENT_PUBLIC_KEY = TEST_ONLY_KEYS / "oauth2_client_public.pem"
TEST_WRONG_KEY = TEST_ONLY_KEYS / "oauth2_wrong_private.pem"
TEST_CLIENT_ID = "TESTONLY-CLIENT"
TEST_CLIENT_SECRET = "test-only-secret"
TEST_USERNAME = "testonlyuser1"
MAX_ASSERTION_LIFETIME = 300
CLOCK_SKEW = 30
TOKEN_PATH = "/oauth2/api/v1/token"
GW_PREFIX = "/gw/api/"


class OAuth2Credentials(TypedDict):
    """The arguments of ``ibkr_auth.OAuth2Auth`` for the mock's client."""

    client_id: str
    private_key: str
    username: str


@dataclass(frozen=True)
class Answer:
    """The gate's verdict: `ok`, or the status and body to answer (`problem`: RFC 9457)."""

    status: int = 200
    body: Any = None
    problem: bool = True

    @property
    def ok(self) -> bool:
        return self.status < 400


def problem(status: int, title: str, detail: str) -> Answer:
    return Answer(status, {"type": "/simple", "title": title, "status": status,
                           "detail": detail})


@dataclass
class _Token:
    expires_at: float
    kind: str  # "access" or "sso"


@dataclass
class OAuth2Gate:
    """The registered client, the issued tokens and the seen assertion ids."""

    client_id: str
    public_key: RSAKey
    client_secret: str
    clock: Callable[[], float]
    lifetime: float = 3600.0
    seed: int = 0
    tokens: dict[str, _Token] = field(default_factory=dict)
    seen_jti: dict[str, float] = field(default_factory=dict)
    issued: int = 0

    @classmethod
    def for_test_keys(cls, *, clock: Callable[[], float], seed: int = 0,
                      lifetime: float = 3600.0) -> OAuth2Gate:
        key = RSAKey.import_key(TEST_CLIENT_PUBLIC_KEY.read_text(encoding="ascii"))
        return cls(TEST_CLIENT_ID, key, TEST_CLIENT_SECRET, clock, lifetime, seed)

    def __repr__(self) -> str:
        return f"OAuth2Gate(client_id={self.client_id!r}, tokens={len(self.tokens)})"

    def credentials(self) -> OAuth2Credentials:
        return {"client_id": self.client_id, "private_key": str(TEST_CLIENT_KEY),
                "username": TEST_USERNAME}

    def expire_tokens(self) -> None:
        """Every issued token stops working now (as after their expiry)."""
        self.tokens.clear()

    # ----------------------------------------------------------------- token endpoint

    def token(self, url: str, headers: Mapping[str, str], content: bytes) -> Answer:
        form = dict(parse_qsl(content.decode("utf-8", "replace"), keep_blank_values=True))
        if form.get("grant_type") != "client_credentials":
            return problem(400, "Bad Request", "grant_type must be client_credentials")
        refused = self._client_refusal(url, headers, form)
        if refused is not None:
            return refused
        token = self._issue("access")
        return Answer(200, {"access_token": token, "token_type": "Bearer",
                            "expires_in": int(self.lifetime),
                            "scope": form.get("scope", "sso-sessions.write")}, problem=False)

    def _client_refusal(self, url: str, headers: Mapping[str, str],
                        form: Mapping[str, str]) -> Answer | None:
        basic = headers.get("authorization", "")
        if form.get("client_assertion_type") == ASSERTION_TYPE:
            claims = self.verified_claims(form.get("client_assertion", ""))
            if isinstance(claims, Answer):
                return claims
            if claims.get("sub") != self.client_id:
                return problem(401, "Unauthorized", "the assertion's sub is not the client")
            if claims.get("aud") != url:
                return problem(401, "Unauthorized", "the assertion's aud is not this endpoint")
            return None
        if basic.lower().startswith("basic "):
            client, secret = _basic_pair(basic[6:])
        else:
            client, secret = form.get("client_id", ""), form.get("client_secret", "")
        if client != self.client_id or not hmac.compare_digest(
                secret.encode(), self.client_secret.encode()):
            return problem(401, "Unauthorized", "unknown client or wrong client secret")
        return None

    def verified_claims(self, token: str) -> dict[str, Any] | Answer:
        """The claims of a JWT the client signed: signature, issuer, times and replay."""
        try:
            decoded = jwt.decode(token, self.public_key, algorithms=["RS256"])
        except (JoseError, ValueError):
            return problem(401, "Unauthorized", "the JWT's signature does not verify with "
                                                "the client's registered key")
        claims = dict(decoded.claims)
        now = self.clock()
        if claims.get("iss") != self.client_id:
            return problem(401, "Unauthorized", "the JWT's iss is not the client")
        exp, iat, jti = claims.get("exp"), claims.get("iat"), claims.get("jti")
        if not isinstance(exp, int) or not isinstance(iat, int) or not isinstance(jti, str):
            return problem(400, "Bad Request", "the JWT needs exp, iat and jti")
        if exp <= now or iat > now + CLOCK_SKEW or exp - iat > MAX_ASSERTION_LIFETIME:
            return problem(401, "Unauthorized", "the JWT is expired or too long-lived")
        self.seen_jti = {seen: until for seen, until in self.seen_jti.items() if until > now}
        if jti in self.seen_jti:
            return problem(401, "Unauthorized", "the JWT's jti was used before (replay)")
        self.seen_jti[jti] = float(exp)
        return claims

    def _issue(self, kind: str) -> str:
        self.issued += 1
        digest = hashlib.sha256(f"{self.seed}:{kind}:{self.issued}".encode()).hexdigest()
        token = f"{kind[:2]}-{digest[:40]}"
        self.tokens[token] = _Token(self.clock() + self.lifetime, kind)
        return token

    # ----------------------------------------------------------------- SSO sessions

    def sso_session(self, headers: Mapping[str, str], content: bytes) -> Answer:
        bearer = self.check_bearer("/gw/api/v1/sso-sessions", headers)
        if not bearer.ok:
            return bearer
        claims = self.verified_claims(content.decode("ascii", "replace").strip())
        if isinstance(claims, Answer):
            return Answer(403, claims.body | {"status": 403, "title": "Forbidden"})
        if not isinstance(claims.get("credential"), str) or not isinstance(claims.get("ip"), str):
            return problem(400, "Bad Request", "the signed body needs credential and ip")
        return Answer(200, {"access_token": self._issue("sso"), "token_type": "Bearer",
                            "active": True}, problem=False)

    def signed_body_refusal(self, content: bytes) -> Answer | None:
        """For other signed-JWT operations: None if the body is a valid signed JWT."""
        claims = self.verified_claims(content.decode("ascii", "replace").strip())
        if isinstance(claims, Answer):
            return Answer(403, claims.body | {"status": 403, "title": "Forbidden"})
        return None

    # ----------------------------------------------------------------- bearer checks

    def check_bearer(self, path: str, headers: Mapping[str, str]) -> Answer:
        """/gw/api needs an access token, /v1/api an SSO session's token."""
        gw = path.startswith(GW_PREFIX)
        value = headers.get("authorization", "")
        if not value.lower().startswith("bearer "):
            return self._refusal(gw, "no bearer token")
        known = self.tokens.get(value[7:].strip())
        if known is None or known.expires_at <= self.clock():
            return self._refusal(gw, "invalid or expired bearer token")
        if known.kind != ("access" if gw else "sso"):
            return self._refusal(gw, "an SSO session's token is needed" if not gw
                                 else "an access token is needed")
        return Answer(200)

    def trading_bearer_valid(self, authorization: str) -> bool:
        """Whether an Authorization header value carries a live SSO session token (the
        websocket handshake under /v1/api)."""
        return self.check_bearer("/v1/api/ws", {"authorization": authorization}).ok

    @staticmethod
    def _refusal(gw: bool, detail: str) -> Answer:
        if gw:
            return problem(401, "Unauthorized", detail)
        return Answer(401, {"error": "not authenticated", "statusCode": 401}, problem=False)


def _basic_pair(encoded: str) -> tuple[str, str]:
    try:
        client, _, secret = base64.b64decode(encoded).decode("utf-8").partition(":")
    except (ValueError, UnicodeDecodeError):
        return "", ""
    return unquote_plus(client), unquote_plus(secret)

"""Signed JWTs for OAuth 2.0: client assertions (RFC 7523, ``private_key_jwt``) and the signed
JWT bodies of the Account Management API (``application/jwt``), built and signed with joserfc.

Both are pure functions of their inputs: the key, the clock reading and the ``jti``. RS256
(RSASSA-PKCS1-v1_5 with SHA-256) is deterministic, so fixed inputs give fixed bytes, which the
known-answer tests check with a second JWT implementation.

>>> from ibkr_webapi.mock.gates.oauth2 import TEST_CLIENT_KEY
>>> key = load_signing_key(TEST_CLIENT_KEY)
>>> token = client_assertion("TESTONLY-CLIENT", "https://api.ibkr.com/oauth2/api/v1/token",
...                          key, now=1_700_000_000, jti="j-1")
>>> token.count("."), token.startswith("eyJ")
(2, True)
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

from joserfc import jwt
from joserfc.errors import JoseError
from joserfc.jwk import RSAKey

from .errors import KeyFormatError
from .keys import PemSource, read_pem
from .secret import Secret

ALGORITHM = "RS256"
ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"
DEFAULT_LIFETIME = 60
"""Seconds a client assertion or a signed body stays valid (IBKR: one minute for some)."""

SigningKey = Secret[RSAKey]


def load_signing_key(source: PemSource | SigningKey) -> SigningKey:
    """An RSA private key for RS256, from PEM text or a file path; errors never quote it."""
    if isinstance(source, Secret):
        return source
    pem = read_pem(source, "OAuth 2.0 private key")
    try:
        key = RSAKey.import_key(pem)
    except (JoseError, ValueError, TypeError):
        raise KeyFormatError(
            f"the OAuth 2.0 private key {_describe(source)} is not an RSA private key in PEM "
            "form") from None
    if not key.is_private:
        raise KeyFormatError(f"the OAuth 2.0 key {_describe(source)} is a public key")
    return Secret(key)


def _describe(source: PemSource) -> str:
    text = os.fspath(source)
    return "(PEM text)" if text.lstrip().startswith("-----BEGIN") else repr(text)


def sign_jwt(claims: Mapping[str, Any], key: SigningKey, *, kid: str | None = None) -> str:
    """Compact JWS of `claims`, signed RS256; the header carries `kid` when given."""
    header: dict[str, Any] = {"alg": ALGORITHM, "typ": "JWT"}
    if kid:
        header["kid"] = kid
    return jwt.encode(header, dict(claims), key.reveal(), algorithms=[ALGORITHM])


def client_assertion_claims(client_id: str, audience: str, *, now: int, jti: str,
                            lifetime: int = DEFAULT_LIFETIME) -> dict[str, Any]:
    """The claims RFC 7523 section 3 requires: the client is both issuer and subject.

    >>> client_assertion_claims("c", "https://x/token", now=10, jti="a")
    {'iss': 'c', 'sub': 'c', 'aud': 'https://x/token', 'iat': 10, 'exp': 70, 'jti': 'a'}
    """
    return {"iss": client_id, "sub": client_id, "aud": audience, "iat": now,
            "exp": now + lifetime, "jti": jti}


def client_assertion(client_id: str, audience: str, key: SigningKey, *, now: int, jti: str,
                     kid: str | None = None, lifetime: int = DEFAULT_LIFETIME) -> str:
    """A signed ``private_key_jwt`` client assertion for the token endpoint `audience`."""
    claims = client_assertion_claims(client_id, audience, now=now, jti=jti, lifetime=lifetime)
    return sign_jwt(claims, key, kid=kid)


def signed_body(client_id: str, payload: Mapping[str, Any], key: SigningKey, *, now: int,
                jti: str, kid: str | None = None, lifetime: int = DEFAULT_LIFETIME) -> str:
    """A signed JWT request body: `payload`'s claims plus iss (the client), iat, exp and jti.

    >>> from ibkr_webapi.mock.gates.oauth2 import TEST_CLIENT_KEY
    >>> body = signed_body("c", {"credential": "user1", "ip": "127.0.0.1"},
    ...                    load_signing_key(TEST_CLIENT_KEY), now=0, jti="b")
    >>> len(body.split("."))
    3
    """
    claims = {**payload, "iss": client_id, "iat": now, "exp": now + lifetime, "jti": jti}
    return sign_jwt(claims, key, kid=kid)

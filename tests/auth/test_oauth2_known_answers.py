"""Known answers for the OAuth 2.0 JWTs: a fixed key, clock and jti give fixed bytes, and a
second JWT implementation (PyJWT, and the signature alone with `cryptography`) accepts them.

The JWTs are built with joserfc (ibkr_auth.jwt_signing); nothing here uses joserfc to check.
"""

from __future__ import annotations

import base64
import hashlib
import json

import jwt as pyjwt
import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from ibkr_auth import client_assertion, load_signing_key, signed_body
from ibkr_auth.errors import KeyFormatError
from ibkr_webapi.mock.gates.oauth2 import (
    TEST_CLIENT_KEY,
    TEST_CLIENT_PUBLIC_KEY,
    TEST_WRONG_KEY,
)

CLIENT = "TESTONLY-CLIENT"
TOKEN_URL = "https://api.ibkr.com/oauth2/api/v1/token"
NOW = 1_700_000_000
KEY = load_signing_key(TEST_CLIENT_KEY)
PUBLIC_PEM = TEST_CLIENT_PUBLIC_KEY.read_bytes()

# SHA-256 of the compact JWS for the fixed inputs below (RS256 is deterministic).
ASSERTION_SHA256 = "1ca619a7dce2aad66550ed8a4219e34bae08444fb9780c4fdc0af2170ac102e9"


def assertion() -> str:
    return client_assertion(CLIENT, TOKEN_URL, KEY, now=NOW, jti="kat-1", kid="test-only-kid")


def part(token: str, index: int) -> dict[str, object]:
    raw = token.split(".")[index]
    decoded: dict[str, object] = json.loads(base64.urlsafe_b64decode(raw + "=" * (-len(raw) % 4)))
    return decoded


def test_fixed_inputs_give_fixed_bytes() -> None:
    token = assertion()
    assert hashlib.sha256(token.encode()).hexdigest() == ASSERTION_SHA256
    assert assertion() == token


def test_pyjwt_verifies_the_assertion_and_reads_its_claims() -> None:
    token = assertion()
    claims = pyjwt.decode(token, PUBLIC_PEM, algorithms=["RS256"], audience=TOKEN_URL,
                          options={"verify_exp": False, "verify_iat": False})
    assert claims == {"iss": CLIENT, "sub": CLIENT, "aud": TOKEN_URL, "iat": NOW,
                      "exp": NOW + 60, "jti": "kat-1"}
    assert pyjwt.get_unverified_header(token) == {"alg": "RS256", "typ": "JWT",
                                                  "kid": "test-only-kid"}


def test_cryptography_verifies_the_rs256_signature_over_the_signing_input() -> None:
    token = assertion()
    header, payload, signature = token.split(".")
    public = serialization.load_pem_public_key(PUBLIC_PEM)
    assert isinstance(public, rsa.RSAPublicKey)
    public.verify(base64.urlsafe_b64decode(signature + "=" * (-len(signature) % 4)),
                  f"{header}.{payload}".encode(), padding.PKCS1v15(), hashes.SHA256())


def test_pyjwt_refuses_the_assertion_under_another_key() -> None:
    other = serialization.load_pem_private_key(TEST_WRONG_KEY.read_bytes(), None)
    assert isinstance(other, rsa.RSAPrivateKey)
    other_public = other.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    with pytest.raises(pyjwt.InvalidSignatureError):
        pyjwt.decode(assertion(), other_public, algorithms=["RS256"], audience=TOKEN_URL,
                     options={"verify_exp": False})


def test_a_signed_body_carries_its_payload_and_the_client_claims() -> None:
    body = signed_body(CLIENT, {"credential": "testonlyuser1", "ip": "127.0.0.1"}, KEY,
                       now=NOW, jti="kat-2")
    claims = pyjwt.decode(body, PUBLIC_PEM, algorithms=["RS256"],
                          options={"verify_exp": False, "verify_iat": False})
    assert claims == {"credential": "testonlyuser1", "ip": "127.0.0.1", "iss": CLIENT,
                      "iat": NOW, "exp": NOW + 60, "jti": "kat-2"}
    assert part(body, 0) == {"typ": "JWT", "alg": "RS256"}


def test_a_public_key_or_garbage_is_refused_without_quoting_it() -> None:
    with pytest.raises(KeyFormatError, match="public key"):
        load_signing_key(TEST_CLIENT_PUBLIC_KEY)
    garbage = "-----BEGIN PRIVATE KEY-----\nnot-a-key-canary\n-----END PRIVATE KEY-----\n"
    with pytest.raises(KeyFormatError) as caught:
        load_signing_key(garbage)
    assert "not-a-key-canary" not in str(caught.value)

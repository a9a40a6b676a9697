"""IBKR's OAuth 1.0a cryptography as small pure functions: Diffie-Hellman, the live session
token (LST), its validation signature, HMAC-SHA256 and RSA-SHA256 request signatures, and the
decryption of the access token secret.

Signatures are returned base64-encoded and not yet percent-encoded;
`ibkr_auth.base_string.authorization_header` percent-encodes them.

>>> dh_challenge(dh_random=5, prime=23)
'9'
>>> live_session_token_signature("c2VjcmV0", "TESTCONS")
'531dad6b4ff411aaf8bbdd30f7a321687cda08fb'
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac

from Crypto.Cipher import PKCS1_v1_5 as PKCS1_v1_5_Cipher
from Crypto.Hash import SHA256
from Crypto.PublicKey.RSA import RsaKey
from Crypto.Signature import pkcs1_15

from .errors import AccessTokenSecretError, LiveSessionTokenError
from .keys import parse_private_key


def dh_challenge(dh_random: int, prime: int, generator: int = 2) -> str:
    """The Diffie-Hellman challenge ``generator ** dh_random mod prime``: lower-case hex,
    no ``0x``.

    >>> dh_challenge(dh_random=6, prime=23, generator=5)
    '8'
    """
    if dh_random <= 0:
        raise ValueError("dh_random must be a positive integer")
    return format(pow(generator, dh_random, prime), "x")


def java_big_integer_bytes(value: int) -> bytes:
    """Big-endian two's-complement bytes of a non-negative int, as Java's
    ``BigInteger.toByteArray()``: a leading 0x00 when the bit length is a multiple of 8.

    >>> java_big_integer_bytes(0x7F).hex(), java_big_integer_bytes(0x80).hex()
    ('7f', '0080')
    """
    return value.to_bytes(value.bit_length() // 8 + 1, "big")


def compute_live_session_token(dh_response: str, dh_random: int, prime: int, prepend: str) -> str:
    """The base64 live session token: ``HMAC-SHA1(key=K, msg=bytes.fromhex(prepend))`` with
    ``K = dh_response ** dh_random mod prime`` as Java-style bytes.

    >>> compute_live_session_token("13", dh_random=6, prime=23, prepend="00ff")
    'x7cwlqOdp5olx69W+QmmO1VwVTw='
    """
    try:
        server_public = int(dh_response, 16)
    except ValueError:
        raise LiveSessionTokenError("diffie_hellman_response is not a hex number") from None
    # Values 0, 1 and p-1 (and anything outside the group) would force a guessable K.
    if not 1 < server_public < prime - 1:
        raise LiveSessionTokenError("diffie_hellman_response is outside the DH group")
    shared = pow(server_public, dh_random, prime)
    digest = hmac.digest(java_big_integer_bytes(shared), bytes.fromhex(prepend), "sha1")
    return base64.b64encode(digest).decode("ascii")


def decode_live_session_token(live_session_token: str) -> bytes:
    """The LST's raw bytes, the HMAC key of every signed request.

    >>> decode_live_session_token("c2VjcmV0")
    b'secret'
    """
    try:
        return base64.b64decode(live_session_token, validate=True)
    except binascii.Error:
        raise LiveSessionTokenError("live session token is not valid base64") from None


def live_session_token_signature(live_session_token: str, consumer_key: str) -> str:
    """Hex ``HMAC-SHA1(key=base64-decoded LST, msg=consumer key)``, to compare with the
    ``live_session_token_signature`` IBKR returns.

    >>> len(live_session_token_signature("c2VjcmV0", "TESTCONS"))
    40
    """
    key = decode_live_session_token(live_session_token)
    return hmac.new(key, consumer_key.encode("utf-8"), hashlib.sha1).hexdigest()


def hmac_sha256_signature_with_key(base_string: str, key: bytes) -> str:
    """`hmac_sha256_signature` with the LST already decoded (what the plugin uses per request).

    >>> hmac_sha256_signature_with_key("GET&x&y", b"secret")
    'IQ6IILM9hgoJPpQuO/bAd0dlEHkigsEFYtvJns9tJDw='
    """
    digest = hmac.digest(key, base_string.encode("utf-8"), "sha256")
    return base64.b64encode(digest).decode("ascii")


def hmac_sha256_signature(base_string: str, live_session_token: str) -> str:
    """Base64 ``HMAC-SHA256(key=base64-decoded LST, msg=base string)``.

    >>> hmac_sha256_signature("GET&x&y", "c2VjcmV0")
    'IQ6IILM9hgoJPpQuO/bAd0dlEHkigsEFYtvJns9tJDw='
    """
    key = decode_live_session_token(live_session_token)
    return hmac_sha256_signature_with_key(base_string, key)


def rsa_sha256_signature_with_key(base_string: str, private_key: RsaKey) -> str:
    """`rsa_sha256_signature` with a parsed key (parse once, sign many times)."""
    digest = SHA256.new(base_string.encode("utf-8"))
    return base64.b64encode(pkcs1_15.new(private_key).sign(digest)).decode("ascii")


def rsa_sha256_signature(base_string: str, private_key_pem: str) -> str:
    """Base64 RSA PKCS#1 v1.5 signature of SHA-256(base string) with the private signature key.

    Used for the request token, access token and live session token requests.
    """
    return rsa_sha256_signature_with_key(base_string, parse_private_key(private_key_pem).reveal())


def decrypt_access_token_secret_with_key(secret_b64: str, private_encryption_key: RsaKey) -> str:
    """`decrypt_access_token_secret` with a parsed key."""
    failed = object()
    try:
        ciphertext = base64.b64decode(secret_b64, validate=True)
        # A sentinel is safe here: we decrypt our own secret, so nobody can use the outcome
        # as a padding oracle, and it lets us report a wrong key instead of random bytes.
        plain = PKCS1_v1_5_Cipher.new(private_encryption_key).decrypt(ciphertext, failed)
    except (binascii.Error, ValueError):
        plain = failed
    if not isinstance(plain, bytes):
        raise AccessTokenSecretError(
            "could not decrypt the access token secret: is it the secret that belongs to this "
            "access token, and is the key the private encryption key?"
        )
    return plain.hex()


def decrypt_access_token_secret(secret_b64: str, private_encryption_key_pem: str) -> str:
    """The prepend: the access token secret decrypted with the private encryption key
    (RSA PKCS#1 v1.5), as lower-case hex."""
    key = parse_private_key(private_encryption_key_pem).reveal()
    return decrypt_access_token_secret_with_key(secret_b64, key)

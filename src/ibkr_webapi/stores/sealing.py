"""Sealing session state at rest: AES-256-GCM (pycryptodome, already a base dependency) with
a random 96-bit nonce per value and the Redis key name as associated data, so a sealed value
moved to another key (another identity) does not open.

Format: version byte 0x01, nonce (12 bytes), ciphertext, tag (16 bytes).

>>> key = bytes(32)
>>> sealed = seal(key, b"live session token", b"name", nonce=bytes(12))
>>> unseal(key, sealed, b"name")
b'live session token'
>>> unseal(key, sealed, b"other name")
Traceback (most recent call last):
...
ibkr_webapi.stores.sealing.SealError: the shared value does not open with this key
"""

from __future__ import annotations

import secrets

from Crypto.Cipher import AES

VERSION = b"\x01"
NONCE_BYTES = 12
TAG_BYTES = 16


class SealError(ValueError):
    """A sealed value is malformed, or was sealed with another key or for another name."""


def seal(key: bytes, plaintext: bytes, associated: bytes, *, nonce: bytes | None = None) -> bytes:
    """`plaintext` encrypted and authenticated with `key`, bound to `associated`. `nonce`
    exists for known-answer tests; leave it None (a random one per value)."""
    nonce = secrets.token_bytes(NONCE_BYTES) if nonce is None else nonce
    cipher = AES.new(key, AES.MODE_GCM, nonce=nonce, mac_len=TAG_BYTES)
    cipher.update(associated)
    ciphertext, tag = cipher.encrypt_and_digest(plaintext)
    return VERSION + nonce + ciphertext + tag


def unseal(key: bytes, sealed: bytes, associated: bytes) -> bytes:
    """The plaintext of `seal`; `SealError` if anything does not match."""
    if len(sealed) < 1 + NONCE_BYTES + TAG_BYTES or not sealed.startswith(VERSION):
        raise SealError("the shared value is not a sealed value of this version")
    nonce, body = sealed[1:1 + NONCE_BYTES], sealed[1 + NONCE_BYTES:]
    cipher = AES.new(key, AES.MODE_GCM, nonce=nonce, mac_len=TAG_BYTES)
    cipher.update(associated)
    try:
        return bytes(cipher.decrypt_and_verify(body[:-TAG_BYTES], body[-TAG_BYTES:]))
    except ValueError:
        raise SealError("the shared value does not open with this key") from None

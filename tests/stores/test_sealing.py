"""Sealing at rest: AES-256-GCM known answers from the GCM specification (McGrew and Viega,
"The Galois/Counter Mode of Operation", test cases 13, 14 and 16), then tampering."""

from __future__ import annotations

import pytest

from ibkr_webapi.stores.sealing import VERSION, SealError, seal, unseal

KEY16 = bytes.fromhex("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308")
IV16 = bytes.fromhex("cafebabefacedbaddecaf888")
PLAIN16 = bytes.fromhex(
    "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
    "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39")
AAD16 = bytes.fromhex("feedfacedeadbeeffeedfacedeadbeefabaddad2")
CIPHER16 = bytes.fromhex(
    "522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
    "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662")
TAG16 = bytes.fromhex("76fc6ece0f4e1768cddf8853bb2d551b")


@pytest.mark.parametrize(("key", "nonce", "plain", "aad", "cipher", "tag"), [
    (bytes(32), bytes(12), b"", b"", b"", bytes.fromhex("530f8afbc74536b9a963b4f1c4cb738b")),
    (bytes(32), bytes(12), bytes(16), b"", bytes.fromhex("cea7403d4d606b6e074ec5d3baf39d18"),
     bytes.fromhex("d0d1c8a799996bf0265b98b5d48ab919")),
    (KEY16, IV16, PLAIN16, AAD16, CIPHER16, TAG16),
])
def test_known_answers(key: bytes, nonce: bytes, plain: bytes, aad: bytes, cipher: bytes,
                       tag: bytes) -> None:
    sealed = seal(key, plain, aad, nonce=nonce)
    assert sealed == VERSION + nonce + cipher + tag
    assert unseal(key, sealed, aad) == plain


def test_every_value_gets_its_own_nonce() -> None:
    key = bytes(range(32))
    assert seal(key, b"same", b"name") != seal(key, b"same", b"name")


@pytest.mark.parametrize("damage", [
    lambda sealed: sealed[:-1] + bytes([sealed[-1] ^ 1]),  # tag
    lambda sealed: sealed[:20] + bytes([sealed[20] ^ 1]) + sealed[21:],  # ciphertext
    lambda sealed: b"\x02" + sealed[1:],  # version
    lambda sealed: sealed[:10],  # truncated
])
def test_a_damaged_value_does_not_open(damage: object) -> None:
    key = bytes(range(32))
    sealed = seal(key, b"live session token value", b"name")
    with pytest.raises(SealError):
        unseal(key, damage(sealed), b"name")  # type: ignore[operator]


def test_another_key_or_name_does_not_open() -> None:
    sealed = seal(bytes(32), b"secret", b"ibkr-webapi:session:{a}:live_session_token")
    with pytest.raises(SealError):
        unseal(bytes(31) + b"\x01", sealed, b"ibkr-webapi:session:{a}:live_session_token")
    with pytest.raises(SealError):
        unseal(bytes(32), sealed, b"ibkr-webapi:session:{b}:live_session_token")

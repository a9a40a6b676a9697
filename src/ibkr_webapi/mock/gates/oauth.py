"""The OAuth 1.0a gate: in OAuth mode every request goes through the mock's `OAuthVerifier`.

The mock registers one consumer, built from the test-only keys in
``ibkr_webapi/mock/test_only_keys`` (never registered with IBKR). `credentials` issues an
access token the way the Self Service Portal does and returns what ``OAuth1aAuth`` needs.
The token and its secret derive from the seed, so a seed always gives the same credentials.

>>> gate = OAuthGate.for_test_keys(seed=1)
>>> sorted(gate.credentials())  # doctest: +NORMALIZE_WHITESPACE
['access_token', 'access_token_secret', 'consumer_key', 'dh_parameters', 'encryption_key',
 'realm', 'signature_key']
>>> gate.verify("GET", "https://localhost:5000/v1/api/tickle", {}, b"").body["error"]
'missing or malformed OAuth Authorization header'
"""

from __future__ import annotations

import base64
import hashlib
import random
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TypedDict

from Crypto.Cipher import PKCS1_v1_5

from ibkr_webapi.mock.config import TEST_CONSUMER_KEY, TEST_REALM
from ibkr_webapi.mock.oauth_verifier import Consumer, OAuthVerifier, Verdict

TEST_ONLY_KEYS = Path(__file__).resolve().parents[1] / "test_only_keys"
"""The test-only key folder; see its README.md."""


class OAuthCredentials(TypedDict):
    """The arguments of ``ibkr_auth.OAuth1aAuth`` for the mock's consumer."""

    consumer_key: str
    access_token: str
    access_token_secret: str
    signature_key: str
    encryption_key: str
    dh_parameters: str
    realm: str


class OAuthGate:
    """The mock's verifier and its single registered consumer."""

    def __init__(self, verifier: OAuthVerifier, consumer: Consumer, seed: int = 0) -> None:
        self.verifier = verifier
        self.consumer = consumer
        self.consumer_key = consumer.key
        self.realm = consumer.realm
        self._seed = seed
        self._issued = 0

    def __repr__(self) -> str:
        return f"OAuthGate(consumer_key={self.consumer_key!r}, realm={self.realm!r})"

    @classmethod
    def for_test_keys(cls, *, seed: int = 0, clock: Callable[[], float] | None = None,
                      consumer_key: str = TEST_CONSUMER_KEY, realm: str = TEST_REALM) -> OAuthGate:
        consumer = Consumer.from_directory(consumer_key, TEST_ONLY_KEYS, realm=realm)
        verifier = (OAuthVerifier([consumer]) if clock is None
                    else OAuthVerifier([consumer], clock=clock))
        return cls(verifier, consumer, seed)

    def verify(self, method: str, url: str, headers: Mapping[str, str], body: bytes, *,
               reached: str | None = None) -> Verdict:
        """The verifier's verdict on one request (signature, timestamp, nonce, tokens);
        `reached` is the ``host:port`` the client connected to."""
        return self.verifier.handle(method, url, headers, body, reached=reached)

    def credentials(self) -> OAuthCredentials:
        """A fresh access token and everything else ``OAuth1aAuth(**credentials)`` needs."""
        self._issued += 1
        digest = hashlib.sha256(f"{self._seed}:{self._issued}".encode()).digest()
        token, _ = self.verifier.issue_access_token(
            self.consumer_key, token=digest[:10].hex(), prepend=digest)
        # The verifier's own encryption pads at random; a seeded padding gives the same
        # secret for the same seed, and any correct encryption decrypts to the same prepend.
        padding = random.Random(digest)
        cipher = PKCS1_v1_5.new(self.consumer.encryption_public_key, randfunc=padding.randbytes)
        secret = base64.b64encode(cipher.encrypt(digest)).decode()
        return {
            "consumer_key": self.consumer_key,
            "access_token": token,
            "access_token_secret": secret,
            "signature_key": str(TEST_ONLY_KEYS / "private_signature.pem"),
            "encryption_key": str(TEST_ONLY_KEYS / "private_encryption.pem"),
            "dh_parameters": str(TEST_ONLY_KEYS / "dhparam.pem"),
            "realm": self.realm,
        }

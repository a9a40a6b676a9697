"""The server side of IBKR's OAuth 1.0a, for the mock server.

This module deliberately does not import ``ibkr_auth``: it is a second, independent reading of
the documentation (cpapi-v1.md, chapter OAuth 1.0a) and of RFC 5849, so that a mistake in the
client cannot be mirrored here and pass unnoticed. It checks:

- RSA-SHA256 signatures of POST /oauth/request_token, /oauth/access_token and
  /oauth/live_session_token (the last one with the prepend in front of the base string),
  with the consumer's public signature key;
- the Diffie-Hellman exchange, answering ``diffie_hellman_response``,
  ``live_session_token_signature`` and ``live_session_token_expiration``;
- HMAC-SHA256 signatures of every other request, keyed with the live session token;
- the timestamp window and nonce replays.

The base string is rebuilt the way a server sees a request: scheme and path from the request
line, the host from the ``Host`` header, or the address the client connected to (clients such
as ibind send ``Host: api.ibkr.com`` whatever host they reach, and sign the URL they reach).
A signature is accepted in any of three forms of the base string, as the real server evidently
accepts more than one (the evidence is in ``ibkr_auth.oauth``'s module docstring):

- ``"ibkr"``: IBKR's first-party sample; query parameters in the sorted list, joined raw, the
  joined string percent-encoded once (Python's ``quote``: a comma becomes ``%2C``);
- ``"rfc5849"``: each name and value encoded, then the joined string again (``%252C``);
- ``"no_query"``: ibind's; the query left out.

`Verdict.signature_form` names the form that matched. Every outcome is a `Verdict` carrying
IBKR's error body, e.g. ``{"error": "invalid consumer", "statusCode": 401}``.

>>> Verdict.reject(INVALID_CONSUMER).body
{'error': 'invalid consumer', 'statusCode': 401}
>>> rfc3986_encode("a b+c/~"), java_bytes(0x80).hex()
('a%20b%2Bc%2F~', '0080')
>>> signature_bases("GET", ["https://h/p"], [("oauth_nonce", "n")], [("c", "1,2")])["ibkr"]
'GET&https%3A%2F%2Fh%2Fp&c%3D1%2C2%26oauth_nonce%3Dn'
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import re
import secrets
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote, unquote_plus, urlsplit

from Crypto.Cipher import PKCS1_v1_5
from Crypto.Hash import SHA256
from Crypto.IO import PEM
from Crypto.PublicKey import RSA
from Crypto.PublicKey.RSA import RsaKey
from Crypto.Signature import pkcs1_15
from Crypto.Util.asn1 import DerSequence

INVALID_CONSUMER = "invalid consumer"
INVALID_SIGNATURE = "invalid signature"
INVALID_TOKEN = "invalid token"
INVALID_VERIFIER = "invalid verifier"
INVALID_TIMESTAMP = "invalid timestamp"
INVALID_REALM = "invalid realm"
NONCE_REUSED = "nonce already used"
MALFORMED_AUTHORIZATION = "missing or malformed OAuth Authorization header"
UNSUPPORTED_SIGNATURE_METHOD = "unsupported signature method"
INVALID_DH_CHALLENGE = "invalid diffie_hellman_challenge"
NOT_AUTHENTICATED = "not authenticated"

REQUEST_TOKEN = "/oauth/request_token"
ACCESS_TOKEN = "/oauth/access_token"
LIVE_SESSION_TOKEN = "/oauth/live_session_token"

_UNRESERVED = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
_HEADER_FIELD = re.compile(r'\s*([A-Za-z0-9_]+)\s*=\s*"([^"]*)"\s*(?:,|$)')
_REQUIRED_OAUTH = ("oauth_consumer_key", "oauth_nonce", "oauth_signature",
                   "oauth_signature_method", "oauth_timestamp")
_STANDARD_PORTS = {("http", 80), ("https", 443)}


@dataclass(frozen=True)
class Verdict:
    """The outcome for one request: 200 with a body, or IBKR's error body."""

    status: int
    body: dict[str, Any] = field(default_factory=dict)
    consumer_key: str | None = None
    access_token: str | None = None
    signature_form: str | None = None
    """Which base string form the signature matched (see the module docstring)."""

    @property
    def ok(self) -> bool:
        return self.status == 200

    @classmethod
    def reject(cls, error: str, status: int = 401) -> Verdict:
        return cls(status, {"error": error, "statusCode": status})


@dataclass(frozen=True)
class Consumer:
    """A registered consumer: its public keys, DH group and realm."""

    key: str
    signature_public_key: RsaKey
    encryption_public_key: RsaKey
    dh_prime: int
    dh_generator: int
    realm: str

    def __repr__(self) -> str:
        return f"Consumer(key={self.key!r}, realm={self.realm!r})"

    @classmethod
    def from_pem(cls, key: str, *, signature_public_pem: str, encryption_public_pem: str,
                 dh_parameters_pem: str, realm: str) -> Consumer:
        prime, generator = dh_group_from_pem(dh_parameters_pem)
        return cls(key, RSA.import_key(signature_public_pem), RSA.import_key(encryption_public_pem),
                   prime, generator, realm)

    @classmethod
    def from_directory(cls, key: str, directory: str | Path, realm: str = "test_realm") -> Consumer:
        """Load ``public_signature.pem``, ``public_encryption.pem`` and ``dhparam.pem``."""
        folder = Path(directory)
        return cls.from_pem(
            key,
            signature_public_pem=(folder / "public_signature.pem").read_text(),
            encryption_public_pem=(folder / "public_encryption.pem").read_text(),
            dh_parameters_pem=(folder / "dhparam.pem").read_text(),
            realm=realm,
        )


# --------------------------------------------------------------------- pure functions


def dh_group_from_pem(pem: str) -> tuple[int, int]:
    """(prime, generator) from a PEM ``DH PARAMETERS`` block."""
    der, marker, _ = PEM.decode(pem)
    if marker != "DH PARAMETERS":
        raise ValueError("not a DH PARAMETERS block")
    values = DerSequence().decode(der)
    return int(values[0]), int(values[1])


def rfc3986_encode(text: str) -> str:
    """Percent-encode every byte outside RFC 3986's unreserved set, upper-case hex."""
    return "".join(chr(b) if b in _UNRESERVED else f"%{b:02X}" for b in text.encode("utf-8"))


def form_pairs(component: str) -> list[tuple[str, str]]:
    """application/x-www-form-urlencoded decoding of a query string or body."""
    pairs = []
    for item in component.split("&"):
        if not item:
            continue
        name, _, value = item.partition("=")
        pairs.append((unquote_plus(name), unquote_plus(value)))
    return pairs


def parse_oauth_header(value: str | None) -> dict[str, str] | None:
    """The fields of ``Authorization: OAuth k="v", ...`` (values percent-decoded), or None."""
    if not value or not value.startswith("OAuth "):
        return None
    rest, fields = value[len("OAuth "):], {}
    position = 0
    while position < len(rest):
        match = _HEADER_FIELD.match(rest, position)
        if match is None:
            return None
        fields[match.group(1)] = unquote(match.group(2))
        position = match.end()
    return fields


def server_base_uri(url: str, host_header: str | None) -> str:
    """scheme://host[:port]/path as the server sees it: the host comes from the Host header."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    authority = (host_header or parts.netloc).lower()
    host, _, port = authority.rpartition(":") if authority.count(":") == 1 else (authority, "", "")
    if port and (scheme, int(port)) in _STANDARD_PORTS:
        authority = host
    return f"{scheme}://{authority}{parts.path or '/'}"


def signature_base(method: str, base_uri: str, params: Iterable[tuple[str, str]],
                   prepend: str = "") -> str:
    """RFC 5849 section 3.4.1 base string, with IBKR's optional prepend."""
    encoded = [(rfc3986_encode(k), rfc3986_encode(v)) for k, v in params
               if k not in ("oauth_signature", "realm")]
    encoded.sort()
    joined = "&".join(k + "=" + v for k, v in encoded)
    return prepend + "&".join(
        [method.upper(), rfc3986_encode(base_uri), rfc3986_encode(joined)])


SIGNING_FORMS = ("ibkr", "rfc5849", "no_query")


def signature_bases(method: str, base_uris: Iterable[str], params: Iterable[tuple[str, str]],
                    query: Iterable[tuple[str, str]] = (), prepend: str = "") -> dict[str, str]:
    """Every base string the request may have been signed over, by form (and base URI: keys
    after the first URI get ``@<uri>``). `params` are the OAuth header and body parameters."""
    own = [(k, v) for k, v in params if k not in ("oauth_signature", "realm")]
    with_query = [*own, *query]
    bases: dict[str, str] = {}
    for index, uri in enumerate(dict.fromkeys(base_uris)):
        suffix = "" if index == 0 else f"@{uri}"
        joined = "&".join(f"{k}={v}" for k, v in sorted(with_query))
        bases["ibkr" + suffix] = prepend + "&".join(
            [method.upper(), rfc3986_encode(uri), quote(joined)])
        bases["rfc5849" + suffix] = signature_base(method, uri, with_query, prepend)
        bases["no_query" + suffix] = signature_base(method, uri, own, prepend)
    return bases


def rsa_signature_valid(base: str, signature_b64: str, public_key: RsaKey) -> bool:
    try:
        pkcs1_15.new(public_key).verify(SHA256.new(base.encode("utf-8")),
                                        base64.b64decode(signature_b64, validate=True))
    except (ValueError, TypeError, binascii.Error):
        return False
    return True


def hmac_sha256_b64(key: bytes, text: str) -> str:
    return base64.b64encode(hmac.new(key, text.encode("utf-8"), hashlib.sha256).digest()).decode()


def java_bytes(number: int) -> bytes:
    """Java's BigInteger.toByteArray() for a non-negative number (sign byte when needed)."""
    digits = format(number, "x")
    if len(digits) % 2:
        digits = "0" + digits
    if digits[0] in "89abcdef":
        digits = "00" + digits
    return bytes.fromhex(digits)


def live_session_token(shared_secret: int, prepend: bytes) -> bytes:
    """LST bytes: HMAC-SHA1 keyed with K's Java bytes over the prepend."""
    return hmac.new(java_bytes(shared_secret), prepend, hashlib.sha1).digest()


# --------------------------------------------------------------------- stateful verifier


@dataclass
class _RequestToken:
    consumer_key: str
    verifier: str | None = None


@dataclass
class _AccessGrant:
    consumer_key: str
    prepend: bytes
    lst: bytes | None = None
    lst_expires_ms: int = 0


@dataclass(frozen=True)
class _Signed:
    """A parsed, consumer-checked request, ready for signature verification."""

    consumer: Consumer
    oauth: dict[str, str]
    params: list[tuple[str, str]]
    """The OAuth header's and a form body's parameters."""
    query: list[tuple[str, str]]
    base_uris: tuple[str, ...]
    """As the Host header names the server, then as the client reached it."""
    method: str

    def bases(self, prepend: str = "") -> dict[str, str]:
        return signature_bases(self.method, self.base_uris, self.params, self.query, prepend)


class OAuthVerifier:
    """IBKR's OAuth server state: consumers, request/access tokens, live session tokens,
    seen nonces. Thread-safe. `clock` and `random_bits` are injectable for tests."""

    def __init__(
        self,
        consumers: Iterable[Consumer] = (),
        *,
        clock: Callable[[], float] = time.time,
        random_bits: Callable[[int], int] = secrets.randbits,
        timestamp_window: float = 300.0,
        lst_lifetime: float = 24 * 3600.0,
    ) -> None:
        self._consumers = {consumer.key: consumer for consumer in consumers}
        self._clock = clock
        self._random_bits = random_bits
        self._window = timestamp_window
        self._lst_lifetime = lst_lifetime
        self._request_tokens: dict[str, _RequestToken] = {}
        self._grants: dict[str, _AccessGrant] = {}
        self._nonces: dict[tuple[str, str], float] = {}
        self._last_prune = float("-inf")
        self._lock = threading.Lock()

    def register(self, consumer: Consumer) -> None:
        with self._lock:
            self._consumers[consumer.key] = consumer

    # ----------------------------------------------------------------- out-of-band actions

    def issue_access_token(self, consumer_key: str, *, token: str | None = None,
                           prepend: bytes | None = None) -> tuple[str, str]:
        """What the Self Service Portal does: a new access token and its encrypted secret
        (base64 of the prepend encrypted with RSA PKCS#1 v1.5 to the consumer's key).
        `token` and `prepend` can be fixed, e.g. to canary values in tests."""
        consumer = self._consumers[consumer_key]
        token = token or secrets.token_hex(10)
        prepend = prepend or secrets.token_bytes(32)
        secret = PKCS1_v1_5.new(consumer.encryption_public_key).encrypt(prepend)
        with self._lock:
            self._grants[token] = _AccessGrant(consumer_key, prepend)
        return token, base64.b64encode(secret).decode()

    def knows_access_token(self, token: str) -> bool:
        """Whether `token` is an access token this server issued (the websocket checks it)."""
        with self._lock:
            return token in self._grants

    def authorize(self, request_token: str) -> str:
        """What the user's login at /authorize does: returns the verifier."""
        with self._lock:
            pending = self._request_tokens[request_token]
            pending.verifier = secrets.token_hex(10)
            return pending.verifier

    def expire_live_session_tokens(self) -> None:
        """Invalidate every live session token (as if they had expired)."""
        with self._lock:
            for grant in self._grants.values():
                grant.lst = None

    # ----------------------------------------------------------------- requests

    def handle(self, method: str, url: str, headers: Mapping[str, str],
               body: bytes = b"", *, reached: str | None = None) -> Verdict:
        """Verify one request and, for the /oauth endpoints, produce the response body.
        `reached` is the ``host:port`` the client connected to, when it differs from the
        ``Host`` header."""
        lowered = {name.lower(): value for name, value in headers.items()}
        signed = self._parse(method, url, lowered, body, reached)
        if isinstance(signed, Verdict):
            return signed
        path = urlsplit(url).path
        if path.endswith(REQUEST_TOKEN):
            return self._request_token(signed)
        if path.endswith(ACCESS_TOKEN):
            return self._access_token(signed)
        if path.endswith(LIVE_SESSION_TOKEN):
            return self._live_session_token(signed)
        return self._resource(signed)

    def _parse(self, method: str, url: str, headers: Mapping[str, str],
               body: bytes, reached: str | None) -> _Signed | Verdict:
        oauth = parse_oauth_header(headers.get("authorization"))
        if oauth is None or any(name not in oauth for name in _REQUIRED_OAUTH):
            return Verdict.reject(MALFORMED_AUTHORIZATION)
        consumer = self._consumers.get(oauth["oauth_consumer_key"])
        if consumer is None:
            return Verdict.reject(INVALID_CONSUMER)
        if oauth.get("realm") != consumer.realm:
            return Verdict.reject(INVALID_REALM)
        params = list(oauth.items())
        if headers.get("content-type", "").startswith("application/x-www-form-urlencoded"):
            params += form_pairs(body.decode("utf-8"))
        uris = [server_base_uri(url, headers.get("host"))]
        if reached is not None:
            uris.append(server_base_uri(url, reached))
        return _Signed(consumer, oauth, params, form_pairs(urlsplit(url).query),
                       tuple(dict.fromkeys(uris)), method)

    def _fresh(self, signed: _Signed) -> Verdict | None:
        """Timestamp window and nonce replay; records the nonce. Call after the signature."""
        try:
            timestamp = int(signed.oauth["oauth_timestamp"])
        except ValueError:
            return Verdict.reject(INVALID_TIMESTAMP)
        now = self._clock()
        if abs(now - timestamp) > self._window:
            return Verdict.reject(INVALID_TIMESTAMP)
        key = (signed.consumer.key, signed.oauth["oauth_nonce"])
        with self._lock:
            self._forget_old_nonces(now)
            if key in self._nonces:
                return Verdict.reject(NONCE_REUSED)
            self._nonces[key] = float(timestamp)
        return None

    def _forget_old_nonces(self, now: float) -> None:
        # Pruning is O(n); doing it at most once per second keeps requests O(1) on average.
        if now - self._last_prune < 1.0:
            return
        self._last_prune = now
        self._nonces = {k: t for k, t in self._nonces.items() if now - t <= self._window}

    def _rsa_checked(self, signed: _Signed, prepend: str = "") -> Verdict | None:
        if signed.oauth["oauth_signature_method"] != "RSA-SHA256":
            return Verdict.reject(UNSUPPORTED_SIGNATURE_METHOD)
        signature, key = signed.oauth["oauth_signature"], signed.consumer.signature_public_key
        # The token requests carry no query: the forms differ only by base URI, so each
        # distinct base string is checked once.
        if not any(rsa_signature_valid(base, signature, key)
                   for base in dict.fromkeys(signed.bases(prepend).values())):
            return Verdict.reject(INVALID_SIGNATURE)
        return self._fresh(signed)

    def _request_token(self, signed: _Signed) -> Verdict:
        refusal = self._rsa_checked(signed)
        if refusal:
            return refusal
        token = secrets.token_hex(10)
        with self._lock:
            self._request_tokens[token] = _RequestToken(signed.consumer.key)
        return Verdict(200, {"oauth_token": token}, signed.consumer.key)

    def _access_token(self, signed: _Signed) -> Verdict:
        refusal = self._rsa_checked(signed)
        if refusal:
            return refusal
        with self._lock:
            pending = self._request_tokens.get(signed.oauth.get("oauth_token", ""))
            if pending is None or pending.consumer_key != signed.consumer.key:
                return Verdict.reject(INVALID_TOKEN)
            verifier = signed.oauth.get("oauth_verifier", "")
            if pending.verifier is None or not hmac.compare_digest(pending.verifier, verifier):
                return Verdict.reject(INVALID_VERIFIER)
            del self._request_tokens[signed.oauth["oauth_token"]]
        token, secret = self.issue_access_token(signed.consumer.key)
        return Verdict(200, {"oauth_token": token, "oauth_token_secret": secret},
                       signed.consumer.key, token)

    def _grant_for(self, signed: _Signed) -> _AccessGrant | None:
        with self._lock:
            grant = self._grants.get(signed.oauth.get("oauth_token", ""))
        if grant is None or grant.consumer_key != signed.consumer.key:
            return None
        return grant

    def _live_session_token(self, signed: _Signed) -> Verdict:
        grant = self._grant_for(signed)
        if grant is None:
            return Verdict.reject(INVALID_TOKEN)
        refusal = self._rsa_checked(signed, prepend=grant.prepend.hex())
        if refusal:
            return refusal
        consumer, challenge = signed.consumer, signed.oauth.get("diffie_hellman_challenge", "")
        try:
            client_public = int(challenge, 16)
        except ValueError:
            return Verdict.reject(INVALID_DH_CHALLENGE, 400)
        if not 1 < client_public < consumer.dh_prime - 1:
            return Verdict.reject(INVALID_DH_CHALLENGE, 400)
        server_secret = self._random_bits(256)
        lst = live_session_token(pow(client_public, server_secret, consumer.dh_prime),
                                 grant.prepend)
        expires_ms = int((self._clock() + self._lst_lifetime) * 1000)
        with self._lock:
            grant.lst, grant.lst_expires_ms = lst, expires_ms
        return Verdict(200, {
            "diffie_hellman_response": format(
                pow(consumer.dh_generator, server_secret, consumer.dh_prime), "x"),
            "live_session_token_signature": hmac.new(
                lst, consumer.key.encode("utf-8"), hashlib.sha1).hexdigest(),
            "live_session_token_expiration": expires_ms,
        }, consumer.key, signed.oauth["oauth_token"])

    def _resource(self, signed: _Signed) -> Verdict:
        if signed.oauth["oauth_signature_method"] != "HMAC-SHA256":
            return Verdict.reject(UNSUPPORTED_SIGNATURE_METHOD)
        grant = self._grant_for(signed)
        if grant is None:
            return Verdict.reject(INVALID_TOKEN)
        with self._lock:
            lst, expires_ms = grant.lst, grant.lst_expires_ms
        if lst is None or self._clock() * 1000 >= expires_ms:
            return Verdict.reject(NOT_AUTHENTICATED)
        form = _matching_form(lst, signed.bases(), signed.oauth["oauth_signature"])
        if form is None:
            return Verdict.reject(INVALID_SIGNATURE)
        refusal = self._fresh(signed)
        if refusal:
            return refusal
        return Verdict(200, {}, signed.consumer.key, signed.oauth["oauth_token"], form)


def _matching_form(key: bytes, bases: Mapping[str, str], signature: str) -> str | None:
    """The first form (and base URI) whose HMAC-SHA256 is `signature`; every candidate is
    computed, so the answer's timing does not tell which form came close."""
    matched = None
    for form, base in bases.items():
        if hmac.compare_digest(hmac_sha256_b64(key, base), signature) and matched is None:
            matched = form
    return matched

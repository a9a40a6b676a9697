"""Key and DH parameter loaders, percent-encoding, base string URIs and the header format."""

from __future__ import annotations

from pathlib import Path

import pytest

from auth_test_support import KEYS, pem
from ibkr_auth import (
    authorization_header,
    decrypt_access_token_secret,
    load_dh_parameters,
    load_private_key,
    load_public_key,
    parse_dh_parameters,
    parse_private_key,
    percent_encode,
    signature_base_string,
)
from ibkr_auth.base_string import base_string_uri
from ibkr_auth.crypto import compute_live_session_token
from ibkr_auth.errors import AccessTokenSecretError, KeyFormatError, LiveSessionTokenError


def test_dh_parameters_from_text_path_or_str_path() -> None:
    from_text = parse_dh_parameters(pem("dhparam.pem"))
    assert load_dh_parameters(KEYS / "dhparam.pem") == from_text
    assert load_dh_parameters(str(KEYS / "dhparam.pem")) == from_text
    assert repr(from_text) == "DHParameters(bits=2048, generator=2)"


@pytest.mark.parametrize("text", [
    "-----BEGIN DH PARAMETERS-----\nbm90IGRlcg==\n-----END DH PARAMETERS-----\n",
    "not pem at all",
])
def test_invalid_dh_parameters(text: str) -> None:
    with pytest.raises(KeyFormatError, match="Diffie-Hellman"):
        parse_dh_parameters(text)


def test_a_key_is_not_dh_parameters() -> None:
    with pytest.raises(KeyFormatError, match="DH PARAMETERS"):
        parse_dh_parameters(pem("public_signature.pem"))


def test_missing_file_is_named_without_content(tmp_path: Path) -> None:
    with pytest.raises(KeyFormatError, match=r"nope\.pem"):
        load_dh_parameters(tmp_path / "nope.pem")


def test_private_keys_pkcs8_and_pkcs1() -> None:
    pkcs8 = load_private_key(KEYS / "private_signature.pem").reveal()
    pkcs1 = parse_private_key(pem("private_encryption.pem")).reveal()
    assert pkcs8.has_private() and pkcs1.has_private()
    assert pkcs8.size_in_bits() == pkcs1.size_in_bits() == 2048
    assert load_public_key(KEYS / "public_signature.pem") == pkcs8.public_key()


def test_public_key_is_not_a_private_key() -> None:
    with pytest.raises(KeyFormatError, match="public key"):
        parse_private_key(pem("public_signature.pem"))


def test_garbage_key_error_does_not_echo_the_content() -> None:
    with pytest.raises(KeyFormatError) as caught:
        parse_private_key("-----BEGIN PRIVATE KEY-----\nc2VjcmV0LWtleS1ieXRlcw==\n-----END")
    assert "c2VjcmV0" not in str(caught.value)


@pytest.mark.parametrize("secret", ["bm90IGVuY3J5cHRlZA==", "***not base64***", ""])
def test_undecryptable_access_token_secret(secret: str) -> None:
    with pytest.raises(AccessTokenSecretError):
        decrypt_access_token_secret(secret, pem("private_encryption.pem"))


@pytest.mark.parametrize("response", ["0", "1", "not-hex", "f" * 600])
def test_out_of_group_dh_response_is_refused(response: str) -> None:
    prime = load_dh_parameters(KEYS / "dhparam.pem").prime
    with pytest.raises(LiveSessionTokenError):
        compute_live_session_token(response, 12345, prime, "00")


@pytest.mark.parametrize(("raw", "encoded"), [
    ("abcXYZ019-._~", "abcXYZ019-._~"),
    (" ", "%20"), ("+", "%2B"), ("/", "%2F"), ("=", "%3D"), ("&", "%26"), (",", "%2C"),
    ("*", "%2A"), ("%", "%25"), ("é", "%C3%A9"), ("€", "%E2%82%AC"),
])
def test_percent_encoding_is_rfc_3986(raw: str, encoded: str) -> None:
    assert percent_encode(raw) == encoded


@pytest.mark.parametrize(("url", "base"), [
    ("HTTP://EXAMPLE.COM:80/r%20v/X?id=123", "http://example.com/r%20v/X"),
    ("https://www.example.net:8080/?q=1", "https://www.example.net:8080/"),
    ("https://api.ibkr.com:443/v1/api/tickle", "https://api.ibkr.com/v1/api/tickle"),
    ("https://localhost:5000/v1/api/tickle", "https://localhost:5000/v1/api/tickle"),
    ("https://user:pw@1.api.ibkr.com/v1/api", "https://1.api.ibkr.com/v1/api"),
    ("http://[::1]:5000/x", "http://[::1]:5000/x"),
    ("https://api.ibkr.com", "https://api.ibkr.com/"),
])
def test_base_string_uri(url: str, base: str) -> None:
    assert base_string_uri(url) == base


def test_repeated_and_empty_query_parameters_are_all_signed() -> None:
    base = signature_base_string("get", "https://h/p?b=2&a=2&a=1&flag", {"oauth_nonce": "n"})
    assert base == "GET&https%3A%2F%2Fh%2Fp&a%3D1%26a%3D2%26b%3D2%26flag%3D%26oauth_nonce%3Dn"


def test_signature_and_realm_never_enter_the_base_string() -> None:
    with_extras = signature_base_string(
        "GET", "https://h/p", {"oauth_nonce": "n", "oauth_signature": "s", "realm": "r"})
    assert with_extras == signature_base_string("GET", "https://h/p", {"oauth_nonce": "n"})


def test_authorization_header_is_sorted_quoted_and_encoded() -> None:
    header = authorization_header(
        {"oauth_token": "t", "oauth_signature": "ab+/c==", "oauth_consumer_key": "K"},
        "limited_poa")
    assert header == ('OAuth oauth_consumer_key="K", oauth_signature="ab%2B%2Fc%3D%3D", '
                      'oauth_token="t", realm="limited_poa"')

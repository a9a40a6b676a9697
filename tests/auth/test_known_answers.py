"""Known-answer tests: every crypto function, and the plugin's exact Authorization headers,
against values derived independently with openssl and bc (see
src/ibkr_webapi/mock/test_only_keys/derive_known_answers.sh) or written by hand from RFC 5849."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from auth_test_support import KEYS, KNOWN_ANSWERS, FakeClock, pem
from ibkr_auth import (
    OAuth1aAuth,
    compute_live_session_token,
    decrypt_access_token_secret,
    dh_challenge,
    hmac_sha256_signature,
    live_session_token_signature,
    load_dh_parameters,
    rsa_sha256_signature,
    signature_base_string,
)
from ibkr_auth.base_string import SigningForm
from ibkr_auth.crypto import java_big_integer_bytes

KA = KNOWN_ANSWERS
PRIME = int(KA["dh_prime_hex"], 16)
VECTORS = KA["vectors"]
LST_PARAMS = {
    "diffie_hellman_challenge": VECTORS[0]["dh_challenge"],
    "oauth_consumer_key": KA["consumer_key"],
    "oauth_nonce": KA["nonce"],
    "oauth_signature_method": "RSA-SHA256",
    "oauth_timestamp": KA["timestamp"],
    "oauth_token": KA["access_token"],
}
GET_PARAMS = {
    "oauth_consumer_key": KA["consumer_key"],
    "oauth_nonce": KA["nonce"],
    "oauth_signature_method": "HMAC-SHA256",
    "oauth_timestamp": KA["timestamp"],
    "oauth_token": KA["access_token"],
}


def by_hand_percent_encoded(base64_text: str) -> str:
    """Percent-encoding of a base64 string, spelled out (the alphabet's only reserved
    characters are +, / and =)."""
    return base64_text.replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")


def test_dh_parameters_file_gives_the_prime_openssl_reads() -> None:
    params = load_dh_parameters(KEYS / "dhparam.pem")
    assert (params.prime, params.generator) == (PRIME, KA["dh_generator"])


@pytest.mark.parametrize("vector", VECTORS, ids=["k-with-sign-byte", "k-without-sign-byte"])
def test_dh_challenge(vector: dict[str, str]) -> None:
    assert dh_challenge(int(vector["dh_random_hex"], 16), PRIME) == vector["dh_challenge"]


@pytest.mark.parametrize("vector", VECTORS, ids=["k-with-sign-byte", "k-without-sign-byte"])
def test_live_session_token(vector: dict[str, str]) -> None:
    token = compute_live_session_token(
        vector["dh_response"], int(vector["dh_random_hex"], 16), PRIME, KA["prepend"])
    assert token == vector["live_session_token"]


def test_vectors_cover_both_java_byte_layouts() -> None:
    first, second = (vector["k_java_bytes_hex"] for vector in VECTORS)
    assert first.startswith("00") and len(first) == 2 * 257
    assert not second.startswith("00") and len(second) == 2 * 256


@pytest.mark.parametrize("vector", VECTORS, ids=["k-with-sign-byte", "k-without-sign-byte"])
def test_shared_secret_bytes_match_java_layout(vector: dict[str, str]) -> None:
    shared = pow(int(vector["dh_response"], 16), int(vector["dh_random_hex"], 16), PRIME)
    assert java_big_integer_bytes(shared).hex() == vector["k_java_bytes_hex"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [(0, "00"), (1, "01"), (0x7F, "7f"), (0x80, "0080"), (0xFF, "00ff"), (0x100, "0100"),
     (0x7FFF, "7fff"), (0x8000, "008000")],
)
def test_java_big_integer_bytes(value: int, expected: str) -> None:
    assert java_big_integer_bytes(value).hex() == expected


@pytest.mark.parametrize("vector", VECTORS, ids=["k-with-sign-byte", "k-without-sign-byte"])
def test_live_session_token_signature(vector: dict[str, str]) -> None:
    signature = live_session_token_signature(vector["live_session_token"], KA["consumer_key"])
    assert signature == vector["live_session_token_signature"]


def test_decrypt_access_token_secret_gives_the_prepend() -> None:
    prepend = decrypt_access_token_secret(KA["access_token_secret"], pem("private_encryption.pem"))
    assert prepend == KA["prepend"]


def test_get_base_string_signs_query_parameters() -> None:
    assert signature_base_string("GET", KA["get_url"], GET_PARAMS) == KA["get_base_string"]


def test_live_session_token_base_string_starts_with_the_prepend() -> None:
    base = signature_base_string("POST", KA["lst_url"], LST_PARAMS, prepend=KA["prepend"])
    assert base == KA["lst_base_string"]


def test_hmac_sha256_signature() -> None:
    signature = hmac_sha256_signature(KA["get_base_string"], VECTORS[0]["live_session_token"])
    assert signature == KA["get_hmac_sha256_signature"]


def test_rsa_sha256_signature() -> None:
    signature = rsa_sha256_signature(KA["lst_base_string"], pem("private_signature.pem"))
    assert signature == KA["lst_rsa_sha256_signature"]


RFC_5849_BASE_STRING = (
    "POST&http%3A%2F%2Fexample.com%2Frequest&a2%3Dr%2520b%26a3%3D2%2520q"
    "%26a3%3Da%26b5%3D%253D%25253D%26c%2540%3D%26c2%3D%26oauth_consumer_"
    "key%3D9djdj82h48djs9d2%26oauth_nonce%3D7d8f3e4a%26oauth_signature_m"
    "ethod%3DHMAC-SHA1%26oauth_timestamp%3D137131201%26oauth_token%3Dkkk"
    "9d7dh3k39sjv7"
)


def test_rfc_5849_section_3_4_1_1_example() -> None:
    """The RFC's own example: query parameters with encoded, repeated and empty values; the
    body parameters (c2, a3=2 q) are passed alongside the OAuth parameters."""
    params = {
        "oauth_consumer_key": "9djdj82h48djs9d2",
        "oauth_token": "kkk9d7dh3k39sjv7",
        "oauth_signature_method": "HMAC-SHA1",
        "oauth_timestamp": "137131201",
        "oauth_nonce": "7d8f3e4a",
        "oauth_signature": "djosJKDKJSD8743243%2Fjdk33klY%3D",
        "realm": "Example",
        "c2": "",
        "a3": "2 q",
    }
    url = "http://example.com/request?b5=%3D%253D&a3=a&c%40=&a2=r%20b"
    assert signature_base_string("POST", url, params) == RFC_5849_BASE_STRING


def known_answer_server(seen: dict[str, httpx.Request]) -> httpx.MockTransport:
    """Answers the LST request with vector 1's server values and records every request."""
    vector = VECTORS[0]

    def handler(request: httpx.Request) -> httpx.Response:
        seen[request.url.path] = request
        if request.url.path.endswith("/oauth/live_session_token"):
            return httpx.Response(200, json={
                "diffie_hellman_response": vector["dh_response"],
                "live_session_token_signature": vector["live_session_token_signature"],
                "live_session_token_expiration": (int(KA["timestamp"]) + 86400) * 1000,
            })
        return httpx.Response(200, json={})

    return httpx.MockTransport(handler)


def known_answer_auth(signing: SigningForm = "rfc5849") -> OAuth1aAuth:
    """The plugin with the known-answer inputs; the derived GET answer is in the RFC 5849 form
    (the other forms' answers are in test_signing_forms.py)."""
    return OAuth1aAuth(
        consumer_key=KA["consumer_key"],
        access_token=KA["access_token"],
        access_token_secret=KA["access_token_secret"],
        signature_key=KEYS / "private_signature.pem",
        encryption_key=KEYS / "private_encryption.pem",
        dh_parameters=KEYS / "dhparam.pem",
        realm=KA["realm"],
        environ={},
        clock=FakeClock(float(KA["timestamp"])),
        nonce_factory=lambda: KA["nonce"],
        dh_random_factory=lambda: int(VECTORS[0]["dh_random_hex"], 16),
        signing=signing,
    )


def expected_header(params: dict[str, str], signature: str) -> str:
    fields = {**params, "oauth_signature": by_hand_percent_encoded(signature),
              "realm": KA["realm"]}
    return "OAuth " + ", ".join(f'{k}="{v}"' for k, v in sorted(fields.items()))


@pytest.mark.parametrize(
    "send",
    [
        lambda client: client.get(KA["get_url"]),
        lambda client: client.get(KA["get_url"].split("?")[0],
                                  params={"conids": "265598,8314", "fields": "31,84"}),
    ],
    ids=["query-in-url", "query-from-params"],
)
def test_plugin_headers_are_the_known_answers(send: Any) -> None:
    seen: dict[str, httpx.Request] = {}
    with httpx.Client(transport=known_answer_server(seen), auth=known_answer_auth()) as client:
        assert send(client).status_code == 200
    lst_request = seen["/v1/api/oauth/live_session_token"]
    get_request = seen["/v1/api/iserver/marketdata/snapshot"]
    assert lst_request.headers["Authorization"] == expected_header(
        LST_PARAMS, KA["lst_rsa_sha256_signature"])
    assert get_request.headers["Authorization"] == expected_header(
        GET_PARAMS, KA["get_hmac_sha256_signature"])
    assert get_request.headers["Host"] == "1.api.ibkr.com"
    assert lst_request.headers["Host"] == "api.ibkr.com"

"""Checks against the documentation's own OAuth example (cpapi-v1.md, "Live Session Token")
and against IBKR's recorded error for an unregistered consumer.

The documentation does not publish a live session token together with its
``live_session_token_signature`` (it shows only the signature, 9bd5922b...), nor IBKR's
private keys, so the LST -> signature step cannot be checked against it end to end. What it
does give is checked here: its base-string recipe applied to its own example values, and the
shapes of its example values.
"""

from __future__ import annotations

import base64
import json
import re
from pathlib import Path
from urllib.parse import quote, quote_plus

import httpx
import pytest

from ibkr_auth import live_session_token_signature, signature_base_string
from ibkr_auth.errors import OAuthRequestError
from ibkr_auth.token_requests import json_object

# Values of the documentation's POST /oauth/live_session_token example.
DOC_CHALLENGE = (
    "5356ee6f78fc204b22e2012636d23116e4158ee84aa4451c4a8d3f595ec83434497073e25697ab23cc912799"
    "dadeef39fe243d317f193659e488535a31dbcb814600ffad3fd76b076e7f1c54cf045395c1f01d982a358f32"
    "02dd6b546271498040f4687959b7b240bc6222902d24e1bf5de42ae0a46cc60f41f62a58d428932a92e5954e"
    "7980384a9e1e0b918a35f0a838e0c4c3d0cb32db759b5cbda371e035740d9c0030b1619b61e928b8d12ca141"
    "bd3fe74ac10a835382125a57837c84b5bd1873bd118f92657b8dd45e48652093e5c0c3a5dacfb4d140e5672d"
    "dc05eb1d90bc29c433e744ae8950e96590668a9b8503e596780b14852be639ce3b5ba2c0"
)
DOC_PARAMS = {
    "diffie_hellman_challenge": DOC_CHALLENGE,
    "oauth_consumer_key": "TESTCONS",
    "oauth_token": "e84c11dc149cb96ee5bb",
    "oauth_signature_method": "RSA-SHA256",
    "oauth_timestamp": "1722886871",
    "oauth_nonce": "e8181dd345bcc1a7237df79cd1b59219",
}
DOC_ACCESS_TOKEN_SECRET = (
    "BGJsaMbLdQA6WZd+8AYxBaBFuOlLIZAQJwKzLseTbwK8KsTyghX1LVI5Gjh0T/m3j3lQNGbxDoyxageGdNsQVQIS+Qrk"
    "YVeePfptBzB6fPqwdnT66miP4J80Aoo3Xv5gJeeHnqMK3YNSEzK09idE8Id66YeeNiAYzfrNdrZ5CC+V3oS7giaqank"
    "Y2Fz7rxN95rBHGqKEzkMf9109f25yLEauPvA+7rD4iyIwpfZJVI8q1/D/tBprIklTJ/QuAcbbiDY4AoYH744A4IDS5C"
    "HMYK1/XIUlSMpFmamip5GOAjiORNEKuR2r93kyeZwUuFyosudHeuZexgvE72enfS9gqg=="
)
DOC_LST_SIGNATURE = "9bd5922b2b79effef23c6fb03cc715dcdc8d6219"
DOC_PREPEND = "0123456789abcdef"  # not published; any hex shows the recipe puts it first
DOC_URL = "https://api.ibkr.com/v1/api/oauth/live_session_token"

CAPTURE = (Path(__file__).resolve().parents[2] / "contract_tests" / "cassettes" / "rest"
           / "POST_oauth_live_session_token__1.json")


def documentation_recipe(prepend: str, method: str, url: str, params: dict[str, str]) -> str:
    """The documentation's Python, verbatim in substance."""
    params_string = "&".join([f"{k}={v}" for k, v in sorted(params.items())])
    return f"{prepend}{method}&{quote_plus(url)}&{quote(params_string)}"


def test_our_base_string_equals_the_documentation_recipe_on_its_example() -> None:
    ours = signature_base_string("POST", DOC_URL, DOC_PARAMS, prepend=DOC_PREPEND)
    assert ours == documentation_recipe(DOC_PREPEND, "POST", DOC_URL, DOC_PARAMS)


def test_documentation_challenge_has_our_challenge_format() -> None:
    """Lower-case hex without 0x, 512 characters for a 2048-bit group, like ours."""
    assert re.fullmatch(r"[0-9a-f]{512}", DOC_CHALLENGE)


def test_documentation_access_token_secret_is_one_rsa_2048_block() -> None:
    assert len(base64.b64decode(DOC_ACCESS_TOKEN_SECRET)) == 256


def test_our_signature_has_the_documentation_signature_format() -> None:
    ours = live_session_token_signature(base64.b64encode(b"k" * 20).decode(), "TESTCONS")
    assert re.fullmatch(r"[0-9a-f]{40}", DOC_LST_SIGNATURE)
    assert re.fullmatch(r"[0-9a-f]{40}", ours)


def test_recorded_invalid_consumer_becomes_a_typed_error() -> None:
    cassette = json.loads(CAPTURE.read_text())
    response = httpx.Response(cassette["response"]["status"], json=cassette["response"]["body"])
    with pytest.raises(OAuthRequestError) as caught:
        json_object(response, cassette["request"]["path"])
    assert caught.value.status_code == 401
    assert caught.value.server_error == "id: 39687, error: invalid consumer"
    assert str(caught.value) == (
        "/oauth/live_session_token failed with HTTP 401: id: 39687, error: invalid consumer")

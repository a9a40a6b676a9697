"""Known answers for the three signing forms of OAuth1aAuth, on one request with a
comma-separated query (the case where the forms differ). The base strings are written out by
hand from each form's recipe (see the module docstring of ibkr_auth.oauth for the decision):

- ibkr: IBKR's first-party sample; query in the sorted list, joined raw, encoded once (%2C);
- rfc5849: RFC 5849; each value encoded, then the whole encoded again (%252C);
- no_query: ibind's form; the query left out.

The expected signatures are computed here with the standard library's hmac, not ibkr_auth."""

from __future__ import annotations

import base64
import hashlib
import hmac
from urllib.parse import quote

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_known_answers import GET_PARAMS, VECTORS, known_answer_auth, known_answer_server

from auth_test_support import KEYS, KNOWN_ANSWERS
from ibkr_auth import OAuth1aAuth
from ibkr_auth.base_string import BASE_STRING_BUILDERS, SigningForm

KA = KNOWN_ANSWERS
URL = "https://1.api.ibkr.com/v1/api/iserver/marketdata/snapshot?conids=265598,8314&fields=31,84"
URI = "GET&https%3A%2F%2F1.api.ibkr.com%2Fv1%2Fapi%2Fiserver%2Fmarketdata%2Fsnapshot&"
OAUTH = ("oauth_consumer_key%3DTESTONLY1%26oauth_nonce%3D00112233445566778899aabbccddeeff"
         "%26oauth_signature_method%3DHMAC-SHA256%26oauth_timestamp%3D1722886871"
         "%26oauth_token%3Da1b2c3d4e5f6a7b8c9d0")
BASE_STRINGS: dict[SigningForm, str] = {
    "ibkr": URI + "conids%3D265598%2C8314%26fields%3D31%2C84%26" + OAUTH,
    "rfc5849": URI + "conids%3D265598%252C8314%26fields%3D31%252C84%26" + OAUTH,
    "no_query": URI + OAUTH,
}


@pytest.mark.parametrize("form", BASE_STRINGS)
def test_each_form_builds_its_known_base_string(form: SigningForm) -> None:
    assert BASE_STRING_BUILDERS[form]("GET", URL, list(GET_PARAMS.items()), "") == (
        BASE_STRINGS[form])


def test_the_rfc_form_is_the_independently_derived_answer() -> None:
    assert BASE_STRINGS["rfc5849"] == KA["get_base_string"]


def expected_signature(form: SigningForm) -> str:
    key = base64.b64decode(VECTORS[0]["live_session_token"])
    digest = hmac.new(key, BASE_STRINGS[form].encode(), hashlib.sha256).digest()
    return base64.b64encode(digest).decode()


@pytest.mark.parametrize("form", BASE_STRINGS)
def test_the_plugin_signs_in_the_form_asked(form: SigningForm) -> None:
    seen: dict[str, httpx.Request] = {}
    with httpx.Client(transport=known_answer_server(seen),
                      auth=known_answer_auth(form)) as client:
        assert client.get(URL).status_code == 200
    header = seen["/v1/api/iserver/marketdata/snapshot"].headers["Authorization"]
    encoded = (expected_signature(form).replace("+", "%2B").replace("/", "%2F")
               .replace("=", "%3D"))
    assert f'oauth_signature="{encoded}"' in header


def test_the_default_form_is_ibkrs_sample_form() -> None:
    assert OAuth1aAuth(**_credentials()).signing == "ibkr"


def test_an_unknown_form_is_refused() -> None:
    with pytest.raises(ValueError, match="signing must be one of ibkr, rfc5849, no_query"):
        OAuth1aAuth(**_credentials(), signing="plaintext")  # type: ignore[arg-type]


def _credentials() -> dict[str, object]:
    return {"consumer_key": KA["consumer_key"], "access_token": KA["access_token"],
            "access_token_secret": KA["access_token_secret"],
            "signature_key": KEYS / "private_signature.pem",
            "encryption_key": KEYS / "private_encryption.pem",
            "dh_parameters": KEYS / "dhparam.pem", "realm": KA["realm"], "environ": {}}


NAMES = st.text(max_size=12).filter(lambda name: name not in ("realm", "oauth_signature"))


@given(st.lists(st.tuples(NAMES, st.text(max_size=12)), max_size=6))
def test_the_ibkr_form_is_ibkrs_sample_recipe(pairs: list[tuple[str, str]]) -> None:
    """IBKR's sample, written as it is: ``quote("&".join(f"{k}={v}" ...))`` over the sorted
    parameters (the URL without its query, RFC 3986-encoded)."""
    url = "https://api.ibkr.com/v1/api/iserver/account/orders"
    recipe = "&".join(f"{name}={value}" for name, value in sorted(pairs))
    expected = f"GET&{quote(url, safe='')}&{quote(recipe)}"
    assert BASE_STRING_BUILDERS["ibkr"]("GET", url, pairs, "") == expected

"""Part 6: canary secrets fed through the scrubber never survive into a cassette."""

from __future__ import annotations

import json
import string

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from ibkr_webapi.contract.cassettes import cassette_for
from ibkr_webapi.contract.scrub import Kind, Scrubber

ACCOUNT = "U9182736"
PAPER = "DU5550123"
SUB = "CANARY_SUBACCOUNT_77"
TOKEN = "c4n4ry5e55i0nt0ken0123456789abcd"
COOKIE = "canarycookie-9f8e7d6c5b4a"
LST_SIGNATURE = "canarylstsignature00ff00ff"
DH_RESPONSE = "canarydhresponse1234567890"
AUTH_HEADER = 'OAuth realm="limited_poa", oauth_signature="canarysig%3D", oauth_token="tok77"'
FLEX_TOKEN = "771234567890123456789012"
HOLDER = "Canary Q. Holderton"
FIRST, LAST = "Canaria", "Holderova"
STREET, CITY, ZIP = "1 Canary Wharf Lane", "Canaryville", "CN-90210"
EMAIL = "canary.holder@example.org"
USER_ID = 98765432

CANARIES = [
    ACCOUNT, PAPER, SUB, TOKEN, COOKIE, LST_SIGNATURE, DH_RESPONSE, "canarysig", "tok77",
    FLEX_TOKEN, HOLDER, FIRST, LAST, STREET, CITY, ZIP, EMAIL, str(USER_ID),
]


def interaction(method: str, uri: str, status: int, body: object) -> dict:
    (one,) = cassette_for(method, "/x", status, body)["interactions"]
    one["request"]["uri"] = uri
    return one


def canary_cassette() -> dict:
    accounts = [{
        "id": ACCOUNT, "accountId": ACCOUNT, "accountVan": ACCOUNT, "desc": f"{ACCOUNT} main",
        "accountTitle": HOLDER, "displayName": HOLDER, "type": "INDIVIDUAL",
        "parent": {"accountId": "", "mmc": [SUB]},
    }]
    owners = {"accountId": PAPER, "users": [{"userName": "canaryuser01", "entity": {
        "firstName": FIRST, "lastName": LAST, "entityName": HOLDER,
        "address": {"street": STREET, "city": CITY, "postalCode": ZIP}, "email": EMAIL}}],
        "applicant": {"signatures": [HOLDER]}}
    tickle = {"session": TOKEN, "userId": USER_ID, "iserver": {"authStatus": {}}}
    pnl = {"upnl": {f"{ACCOUNT}.Core": {"rowType": 1, "dpl": 1.5}}}
    lst = {"diffie_hellman_response": DH_RESPONSE,
           "live_session_token_signature": LST_SIGNATURE, "live_session_token_expiration": 1}
    flex = (f'<FlexQueryResponse><FlexStatement accountId="{ACCOUNT}"><AccountInformation '
            f'accountId="{ACCOUNT}" name="{HOLDER}" street="{STREET}" city="{CITY}" '
            f'acctAlternateName="{SUB}"/></FlexStatement></FlexQueryResponse>')
    html = f"<html><body>Account {PAPER} is not authorised for {HOLDER}</body></html>"
    base = "https://api.ibkr.com/v1/api"
    cassette = {"version": 1, "interactions": [
        interaction("GET", f"{base}/portfolio/accounts", 200, accounts),
        interaction("GET", f"{base}/acesws/{PAPER}/signatures-and-owners", 200, owners),
        interaction("POST", f"{base}/tickle?oauth_token={TOKEN}", 200, tickle),
        interaction("GET", f"{base}/iserver/account/pnl/partitioned", 200, pnl),
        interaction("POST", f"{base}/oauth/live_session_token", 200, lst),
        interaction("GET", f"https://ndcdyn.interactivebrokers.com/Universal/servlet/"
                           f"FlexStatementService.GetStatement?t={FLEX_TOKEN}&q=12345&v=3",
                    200, flex),
        interaction("GET", f"{base}/portfolio/{PAPER}/ledger", 401, html),
    ]}
    first = cassette["interactions"][0]
    first["request"]["headers"] = {"Authorization": [AUTH_HEADER],
                                   "Cookie": [f"api={COOKIE}; x-sess-uuid={TOKEN}"]}
    first["response"]["headers"]["Set-Cookie"] = [f"api={COOKIE}; Path=/; Secure; HttpOnly"]
    cassette["interactions"][2]["request"]["body"] = json.dumps({"acctId": ACCOUNT})
    return cassette


def test_no_canary_survives_into_the_cassette() -> None:
    written = yaml.safe_dump(Scrubber().cassette(canary_cassette()))
    survivors = [canary for canary in CANARIES if canary in written]
    assert not survivors, f"secrets survived scrubbing: {survivors}"


def test_the_input_cassette_is_left_untouched() -> None:
    original = canary_cassette()
    Scrubber().cassette(original)
    assert original == canary_cassette()


def test_placeholders_are_stable_across_fields_and_interactions() -> None:
    scrubbed = Scrubber().cassette(canary_cassette())
    accounts_response = scrubbed["interactions"][0]["response"]["body"]["string"]
    (account,) = json.loads(accounts_response)
    assert account["id"] == account["accountId"] == account["accountVan"] == "U0000001"
    assert account["desc"] == "U0000001 main"
    ledger_uri = scrubbed["interactions"][6]["request"]["uri"]
    owners_uri = scrubbed["interactions"][1]["request"]["uri"]
    paper = owners_uri.split("/")[-2]
    assert paper.startswith("DU") and ledger_uri.endswith(f"/portfolio/{paper}/ledger")


def test_scrubbed_json_bodies_stay_json_with_their_types() -> None:
    scrubbed = Scrubber().cassette(canary_cassette())
    tickle = json.loads(scrubbed["interactions"][2]["response"]["body"]["string"])
    assert isinstance(tickle["userId"], int) and tickle["userId"] != USER_ID
    assert tickle["iserver"] == {"authStatus": {}}


def test_set_cookie_attributes_are_kept() -> None:
    scrubbed = Scrubber().cassette(canary_cassette())
    (cookie,) = scrubbed["interactions"][0]["response"]["headers"]["Set-Cookie"]
    assert cookie.startswith("api=SCRUBBED-TOKEN-")
    assert cookie.endswith("; Path=/; Secure; HttpOnly")


SECRET_TEXT = st.text(string.ascii_letters + string.digits + "-_.", min_size=8, max_size=40)
SENSITIVE_KEYS = st.sampled_from([
    "accountId", "acctId", "session", "accountTitle", "firstName", "street", "email",
    "live_session_token_signature", "diffie_hellman_response", "token",
])


@settings(max_examples=60, derandomize=True, database=None)
@given(secret=SECRET_TEXT, key=SENSITIVE_KEYS, echo=st.sampled_from(["desc", "note", "text"]))
def test_a_secret_under_any_sensitive_key_is_gone_everywhere(
    secret: str, key: str, echo: str
) -> None:
    body = [{key: secret}, {echo: f"see {secret} here", "nested": {"k": [secret]}}]
    cassette = cassette_for("GET", "/x", 200, body)
    cassette["interactions"][0]["request"]["uri"] += f"?q={secret}"
    written = yaml.safe_dump(Scrubber().cassette(cassette))
    assert secret not in written


def test_account_shaped_words_are_replaced_wherever_they_appear() -> None:
    scrubber = Scrubber()
    assert scrubber.text("orders of F1234567 and DU7654321") == "orders of F0000001 and DU0000002"
    assert scrubber.placeholder(Kind.ACCOUNT, "F1234567") == "F0000001"

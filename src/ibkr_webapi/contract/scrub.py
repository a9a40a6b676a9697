"""Scrub recorded HTTP traffic (VCR cassettes) before it is written anywhere.

Account ids, tokens, cookies, signatures, personal names and addresses become stable
placeholders: the same value always gets the same placeholder within one `Scrubber`, so a
recording stays consistent (the account in a URL matches the account in the body). A value
found under a sensitive key (``accountId``, ``session``, ``accountTitle``...) is learned and
then replaced wherever else it appears: in other fields, in free text, in URLs, in dict keys.
Account numbers are also found by their shape (``U1234567``, ``DU1234567``, ``F1234567``).

Example:
    >>> scrubber = Scrubber()
    >>> scrubber.json({"accountId": "U7654321", "desc": "U7654321 (individual)"})
    {'accountId': 'U0000001', 'desc': 'U0000001 (individual)'}
    >>> scrubber.url("https://api.ibkr.com/v1/api/portfolio/U7654321/ledger?oauth_token=abcdef")
    'https://api.ibkr.com/v1/api/portfolio/U0000001/ledger?oauth_token=SCRUBBED-TOKEN-1'
"""

from __future__ import annotations

import copy
import json
import re
from collections import Counter
from collections.abc import Callable, Mapping
from enum import Enum
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit


class Kind(Enum):
    ACCOUNT = "account"
    TOKEN = "token"
    NAME = "name"
    ADDRESS = "address"
    NUMBER = "number"


def _keys(*names: str) -> frozenset[str]:
    return frozenset(names)


ACCOUNT_KEYS = _keys(
    "account", "accounts", "accountid", "accountids", "accountcode", "accountvan", "acct",
    "acctid", "acctids", "acctcode", "selectedaccount", "optionacct", "orderclearingaccount",
    "cantradeacctids", "parentaccount", "subaccount", "subaccounts", "allocatedaccounts", "mmc",
    "childaccounts",
)
TOKEN_KEYS = _keys(
    "session", "sessionid", "token", "accesstoken", "oauthtoken", "requesttoken",
    "livesessiontoken", "lst", "diffiehellmanresponse", "diffiehellmanchallenge",
    "livesessiontokensignature", "signature", "oauthsignature", "oauthverifier", "secret",
    "accesstokensecret", "password", "passwd", "cookie", "authorization", "apikey", "t",
    "servername", "serverid", "ssotoken", "oauthconsumerkey",
)
NAME_KEYS = _keys(
    "accounttitle", "accountalias", "fullname", "firstname", "lastname", "middlename",
    "username", "ownername", "entityname", "legalname", "signatures", "owner", "owners",
    "customername", "clientname", "accountname", "displayname", "acctalternatename",
)
ADDRESS_KEYS = _keys(
    "address", "addresses", "street", "street1", "street2", "streetaddress", "city",
    "postalcode", "zip", "zipcode", "email", "emailaddress", "phone", "phonenumber", "mobile",
    "dateofbirth", "birthdate", "taxid", "ssn",
)
NUMBER_KEYS = _keys("userid", "paperuserid")
SENSITIVE_HEADERS = _keys(
    "authorization", "proxyauthorization", "cookie", "setcookie", "xsessuuid", "xapikey",
    "xauthtoken",
)
ACCOUNT_SHAPE = re.compile(r"\b(?:DU|DF|DI|U|F)\d{5,9}\b")
ACCOUNT_VALUE = re.compile(r"^([A-Z]{1,3})\d{3,}$")
XML_ATTRIBUTE = re.compile(r"""([A-Za-z_][\w.-]*)=(["'])(.*?)\2""", re.S)
NOT_ACCOUNTS = frozenset({"", "All", "ALL", "all", "null"})
MIN_PROPAGATED = 4
MIN_PROPAGATED_DIGITS = 6


class ScrubError(ValueError):
    """A recording that cannot be scrubbed safely (e.g. a body that is not text)."""


def normalise_key(key: str) -> str:
    """``accountId``, ``account_id`` and ``Account-Id`` are the same key.

    >>> normalise_key("Set-Cookie"), normalise_key("acct_id")
    ('setcookie', 'acctid')
    """
    return re.sub(r"[^a-z0-9]", "", key.lower())


def kind_of_key(key: str) -> Kind | None:
    """The kind of secret a field called `key` holds, or None for an ordinary field."""
    name = normalise_key(key)
    for kind, keys in (
        (Kind.ACCOUNT, ACCOUNT_KEYS),
        (Kind.TOKEN, TOKEN_KEYS),
        (Kind.NAME, NAME_KEYS),
        (Kind.ADDRESS, ADDRESS_KEYS),
        (Kind.NUMBER, NUMBER_KEYS),
    ):
        if name in keys:
            return kind
    return None


class Scrubber:
    """Replaces secrets with stable placeholders; one instance per recording session."""

    def __init__(self) -> None:
        self._placeholders: dict[str, str] = {}
        self._counters: Counter[Kind] = Counter()

    # -- placeholders -------------------------------------------------------------------

    def placeholder(self, kind: Kind, value: str) -> str:
        """The placeholder of `value` (learning it the first time it is seen)."""
        if value in self._placeholders:
            return self._placeholders[value]
        if value in self._placeholders.values():
            return value  # already scrubbed
        self._counters[kind] += 1
        replacement = _make_placeholder(kind, value, self._counters[kind])
        self._placeholders[value] = replacement
        return replacement

    def _learn(self, kind: Kind, value: Any) -> Any:
        if isinstance(value, bool) or value is None:
            return value
        if isinstance(value, int):
            return int(self.placeholder(Kind.NUMBER, str(value)))
        if isinstance(value, float):
            return value
        if isinstance(value, str):
            if kind is Kind.ACCOUNT and (value in NOT_ACCOUNTS or not value.strip()):
                return value
            if kind is Kind.ACCOUNT and "," in value:  # IBKR joins account lists with commas
                return ",".join(self._learn(kind, part) for part in value.split(","))
            return self.placeholder(kind, value) if value else value
        if isinstance(value, list):
            return [self._learn(kind, item) for item in value]
        if isinstance(value, dict):
            return {key: self._learn(kind, item) for key, item in value.items()}
        return value

    # -- text --------------------------------------------------------------------------

    def text(self, text: str) -> str:
        """`text` with every learned secret and every account-shaped word replaced."""
        for secret in sorted(self._propagated(), key=len, reverse=True):
            text = text.replace(secret, self._placeholders[secret])
        return ACCOUNT_SHAPE.sub(lambda m: self.placeholder(Kind.ACCOUNT, m.group(0)), text)

    def _propagated(self) -> list[str]:
        return [secret for secret in self._placeholders if _worth_propagating(secret)]

    # -- structures --------------------------------------------------------------------

    def json(self, value: Any) -> Any:
        """A scrubbed copy of a parsed JSON document."""
        return self._leaves(self._structure(value))

    def _structure(self, value: Any, key: str | None = None) -> Any:
        kind = kind_of_key(key) if key is not None else None
        if kind is not None:
            return self._learn(kind, value)
        if isinstance(value, dict):
            has_account = any(kind_of_key(k) is Kind.ACCOUNT for k in value)
            return {k: self._field(k, v, has_account) for k, v in value.items()}
        if isinstance(value, list):
            return [self._structure(item) for item in value]
        if key is not None and normalise_key(key) == "id" and isinstance(value, str):
            return self._learn(Kind.ACCOUNT, value) if ACCOUNT_VALUE.match(value) else value
        return value

    def _field(self, key: str, value: Any, in_account_object: bool) -> Any:
        if in_account_object and normalise_key(key) == "name" and isinstance(value, str):
            return self._learn(Kind.NAME, value)  # an account object's name is its holder's
        return self._structure(value, key)

    def _leaves(self, value: Any) -> Any:
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, list):
            return [self._leaves(item) for item in value]
        if isinstance(value, dict):
            return {self.text(str(k)): self._leaves(v) for k, v in value.items()}
        return value

    # -- HTTP pieces -------------------------------------------------------------------

    def url(self, url: str) -> str:
        """A URL with secret query parameters and account ids in its path replaced."""
        parts = urlsplit(url)
        query = [
            (key, self._learn(kind, value) if (kind := kind_of_key(key)) else value)
            for key, value in parse_qsl(parts.query, keep_blank_values=True)
        ]
        scrubbed = urlunsplit(parts._replace(query=urlencode(query, safe=",")))
        return self.text(scrubbed)

    def headers(self, headers: Mapping[str, Any]) -> dict[str, list[str]]:
        """Headers with credentials and cookie values replaced (cookie names are kept)."""
        result: dict[str, list[str]] = {}
        for name, values in headers.items():
            listed = values if isinstance(values, list) else [values]
            result[name] = [self._header(name, str(value)) for value in listed]
        return result

    def _header(self, name: str, value: str) -> str:
        key = normalise_key(name)
        if key in ("cookie", "setcookie"):
            return self._cookies(value, attributes=key == "setcookie")
        if key in SENSITIVE_HEADERS:
            return self.placeholder(Kind.TOKEN, value)
        return self.text(value)

    def _cookies(self, value: str, *, attributes: bool) -> str:
        pieces = []
        for index, piece in enumerate(value.split(";")):
            name, sep, cookie = piece.partition("=")
            keep = attributes and index > 0  # Path=/, Domain=..., Expires=... of a Set-Cookie
            if sep and cookie.strip() and not keep:
                cookie = self.placeholder(Kind.TOKEN, cookie.strip())
            pieces.append(f"{name}{sep}{cookie}")
        return ";".join(pieces)

    def body(self, body: str) -> str:
        """A request or response body: JSON, XML/HTML attributes, form data or plain text."""
        try:
            document = json.loads(body)
        except ValueError:
            return self.text(self._markup_attributes(self._form(body)))
        return json.dumps(self.json(document))

    def _form(self, body: str) -> str:
        if "=" not in body or any(c in body for c in "<{ \n"):
            return body
        pairs = parse_qsl(body, keep_blank_values=True)
        return urlencode(
            [(k, self._learn(kind, v) if (kind := kind_of_key(k)) else v) for k, v in pairs]
        )

    def _markup_attributes(self, body: str) -> str:
        def attribute(match: re.Match[str]) -> str:
            name, quote, value = match.groups()
            kind = kind_of_key(name)
            if kind is None or not value:
                return match.group(0)
            return f"{name}={quote}{self._learn(kind, value)}{quote}"

        return XML_ATTRIBUTE.sub(attribute, body)

    # -- cassettes ---------------------------------------------------------------------

    def cassette(self, cassette: Mapping[str, Any]) -> dict[str, Any]:
        """A scrubbed copy of a VCR cassette (vcrpy's dict format).

        Two passes: the first learns every secret of every interaction, the second replaces
        the learned values everywhere, so a secret first met in the last response is also
        gone from the first request.
        """
        scrubbed = copy.deepcopy(dict(cassette))
        for _ in range(2):
            for interaction in scrubbed.get("interactions", []):
                self._interaction(interaction)
        return scrubbed

    def _interaction(self, interaction: dict[str, Any]) -> None:
        request, response = interaction["request"], interaction["response"]
        request["uri"] = self.url(request["uri"])
        request["headers"] = self.headers(request.get("headers") or {})
        request["body"] = _map_text(request.get("body"), self.body)
        response["headers"] = self.headers(response.get("headers") or {})
        body = response.get("body") or {}
        body["string"] = _map_text(body.get("string"), self.body)
        response["body"] = body


def _worth_propagating(secret: str) -> bool:
    minimum = MIN_PROPAGATED_DIGITS if secret.isdigit() else MIN_PROPAGATED
    return len(secret) >= minimum


def _make_placeholder(kind: Kind, value: str, number: int) -> str:
    if kind is Kind.ACCOUNT:
        match = ACCOUNT_VALUE.match(value)
        prefix = match.group(1) if match else "U"
        return f"{prefix}{number:07d}"
    if kind is Kind.NUMBER:
        return str(1_000_000 + number)
    if kind is Kind.NAME:
        return f"Scrubbed Name {number}"
    if kind is Kind.ADDRESS:
        return f"Scrubbed Address {number}"
    return f"SCRUBBED-TOKEN-{number}"


def _map_text(body: Any, scrub: Callable[[str], str]) -> Any:
    if body is None or body == "":
        return body
    if isinstance(body, bytes):
        try:
            return scrub(body.decode("utf-8")).encode("utf-8")
        except UnicodeDecodeError:
            raise ScrubError(
                "a binary body cannot be scrubbed safely; record it without the body"
            ) from None
    if isinstance(body, str):
        return scrub(body)
    raise ScrubError(f"unexpected body type {type(body).__name__} in the cassette")

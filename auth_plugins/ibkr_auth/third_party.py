"""The third-party OAuth flow: request token, user authorization, access token.

First-party users get their access token and secret from the Self Service Portal and skip
this. Third parties (and TESTCONS) do::

    flow = ThirdPartyOAuth("TESTCONS", signature_key="private_signature.pem")
    with httpx.Client() as client:
        request_token = flow.fetch_request_token(client)
        print("Log in at", flow.authorization_url(request_token))
        _, verifier = parse_callback(input("URL you were sent to: "))
        access = flow.fetch_access_token(client, request_token, verifier)
    auth = OAuth1aAuth("TESTCONS", access.token, access.secret, ...)
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import parse_qs, urlencode, urlsplit

import httpx

from .clock import Clock, MonotonicTimestamps, new_nonce
from .config import DEFAULT_OAUTH_BASE_URL, KeySource, default_realm
from .errors import OAuthRequestError
from .keys import load_private_key
from .redaction import protect_in_logs
from .secret import Secret, as_secret
from .token_requests import RSA_SHA256, json_object, rsa_signed_post, string_field

REQUEST_TOKEN_PATH = "/oauth/request_token"
ACCESS_TOKEN_PATH = "/oauth/access_token"
DEFAULT_AUTHORIZE_URL = "https://interactivebrokers.com/authorize"


@dataclass(frozen=True, repr=False)
class AccessToken:
    """The access token and its (still encrypted) secret, both kept as `Secret`."""

    token: Secret[str]
    secret: Secret[str]

    def __repr__(self) -> str:
        return "AccessToken(token=***, secret=***)"


def parse_callback(callback_url: str) -> tuple[Secret[str], Secret[str]]:
    """The request token and verifier from the URL IBKR redirected the user to.

    >>> token, verifier = parse_callback(
    ...     "http://localhost:20000/?oauth_token=b9082d68&oauth_verifier=0ffb93ab")
    >>> token.reveal(), verifier.reveal()
    ('b9082d68', '0ffb93ab')
    """
    query = parse_qs(urlsplit(callback_url).query)
    try:
        return Secret(query["oauth_token"][0]), Secret(query["oauth_verifier"][0])
    except (KeyError, IndexError):
        raise OAuthRequestError("authorization callback", 0,
                                "the URL has no oauth_token or oauth_verifier") from None


class ThirdPartyOAuth:
    """Builds and sends the request-token and access-token requests (RSA-SHA256-signed)."""

    def __init__(
        self,
        consumer_key: str,
        signature_key: KeySource,
        *,
        realm: str | None = None,
        callback: str = "oob",
        base_url: str = DEFAULT_OAUTH_BASE_URL,
        authorize_url: str = DEFAULT_AUTHORIZE_URL,
        clock: Clock = time.time,
        nonce_factory: Callable[[], str] = new_nonce,
    ) -> None:
        self._consumer_key = consumer_key
        self._signature_key = load_private_key(signature_key)
        self._realm = realm or default_realm(consumer_key)
        self._callback = callback
        self._base_url = base_url.rstrip("/")
        self._authorize_url = authorize_url
        self._timestamps = MonotonicTimestamps(clock)
        self._nonce = nonce_factory

    def __repr__(self) -> str:
        return f"ThirdPartyOAuth(realm={self._realm!r}, base_url={self._base_url!r})"

    # ----------------------------------------------------------------- request token

    def request_token_request(self) -> httpx.Request:
        """POST /oauth/request_token, signed, with the callback."""
        return self._signed(REQUEST_TOKEN_PATH, {"oauth_callback": self._callback})

    def fetch_request_token(self, client: httpx.Client) -> Secret[str]:
        response = client.send(self.request_token_request(), auth=None)
        response.read()
        return _request_token(response)

    async def afetch_request_token(self, client: httpx.AsyncClient) -> Secret[str]:
        response = await client.send(self.request_token_request(), auth=None)
        await response.aread()
        return _request_token(response)

    def authorization_url(self, request_token: str | Secret[str]) -> str:
        """Where the user logs in to authorize the request token."""
        query = urlencode({"oauth_token": as_secret(request_token).reveal()})
        return f"{self._authorize_url}?{query}"

    # ----------------------------------------------------------------- access token

    def access_token_request(
        self, request_token: str | Secret[str], verifier: str | Secret[str]
    ) -> httpx.Request:
        """POST /oauth/access_token, signed, with the request token and the verifier."""
        return self._signed(ACCESS_TOKEN_PATH, {
            "oauth_token": as_secret(request_token).reveal(),
            "oauth_verifier": as_secret(verifier).reveal(),
        })

    def fetch_access_token(
        self, client: httpx.Client, request_token: str | Secret[str], verifier: str | Secret[str]
    ) -> AccessToken:
        response = client.send(self.access_token_request(request_token, verifier), auth=None)
        response.read()
        return _access_token(response)

    async def afetch_access_token(
        self,
        client: httpx.AsyncClient,
        request_token: str | Secret[str],
        verifier: str | Secret[str],
    ) -> AccessToken:
        response = await client.send(self.access_token_request(request_token, verifier), auth=None)
        await response.aread()
        return _access_token(response)

    def _signed(self, path: str, extra: dict[str, str]) -> httpx.Request:
        params = {
            **extra,
            "oauth_consumer_key": self._consumer_key,
            "oauth_nonce": self._nonce(),
            "oauth_signature_method": RSA_SHA256,
            "oauth_timestamp": self._timestamps.next(),
        }
        return rsa_signed_post(self._base_url + path, params,
                               signature_key=self._signature_key.reveal(), realm=self._realm)


def _request_token(response: httpx.Response) -> Secret[str]:
    body = json_object(response, REQUEST_TOKEN_PATH)
    token = Secret(string_field(body, "oauth_token", REQUEST_TOKEN_PATH))
    protect_in_logs(token)
    return token


def _access_token(response: httpx.Response) -> AccessToken:
    body = json_object(response, ACCESS_TOKEN_PATH)
    token = Secret(string_field(body, "oauth_token", ACCESS_TOKEN_PATH))
    secret = Secret(string_field(body, "oauth_token_secret", ACCESS_TOKEN_PATH))
    protect_in_logs(token, secret)
    return AccessToken(token=token, secret=secret)

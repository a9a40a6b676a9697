"""`OAuth1aAuth`: IBKR OAuth 1.0a as an httpx.Auth plugin, sync and async.

It obtains the live session token lazily (RSA-SHA256-signed POST /oauth/live_session_token),
validates it, signs every request with HMAC-SHA256 over the method, the URL and its query
parameters (in the signing form chosen, see below), renews the token before it expires and
once after a 401 (resending the request, unless it places, modifies or cancels an order),
with a single renewal at a time however many threads or tasks ask.

Example, against the embedded mock server and its test-only keys (for IBKR, pass your own
keys and tokens, or use ``OAuth1aAuth.from_env()``: see ibkr_auth.config):

>>> import httpx
>>> from ibkr_webapi.mock.app import MockServer
>>> from ibkr_webapi.mock.config import MockConfig
>>> with MockServer(MockConfig(auth="oauth", session_initialised=True)) as server:
...     auth = OAuth1aAuth(**server.oauth_credentials(), base_url=server.base_url)
...     with httpx.Client(base_url=auth.base_url, auth=auth,
...                       transport=server.transport()) as client:
...         answer = client.get("/iserver/accounts")
...     [entry.operation_id for entry in server.requests]
['get_live_session_token', 'get_brokerage_accounts']
>>> answer.status_code
200

Signing form: how the query enters the base string
---------------------------------------------------
Decision: by default requests are signed in IBKR's first-party sample form (``"ibkr"``): the
query parameters join the ``oauth_*`` parameters in the sorted list, the ``name=value`` pairs
are joined raw and the joined string is percent-encoded once, so ``conids=265598,8314``
appears as ``conids%3D265598%2C8314``. ``OAuth1aAuth(..., signing="rfc5849")`` signs per
RFC 5849 (each value encoded first, the comma appears as ``%252C``) and ``signing="no_query"``
leaves the query out (ibind's form). ``ibkr_auth.base_string`` builds each form.

Evidence (public; there is no live access here):

- IBKR's first-party Python sample builds ``"&".join(f"{k}={v}" ...)`` over the sorted
  parameters and signs ``quote(params_string)``; the run log committed with it shows 200s from
  api.ibkr.com for ``iserver/marketdata/snapshot?conids=...,...&fields=84,86`` and for
  ``iserver/auth/ssodh/init?compete=true&publish=true``. The signing snippets of IBKR's
  documentation (cpapi-v1, OAuth 1.0a chapter) use the same recipe.
- IBKR's 2018 OAuth guide signs ``snapshot?conid=8314`` with the query parameter in the sorted
  list; for a value without reserved characters the RFC form and the sample form are the same
  bytes, so it supports both.
- ibind 0.2.2, the most used Python client, signs with the query left out, and its users get
  snapshots with ``?conids=...&fields=...`` over OAuth: the server accepts that form too.
- Nobody has published a live 200 for the RFC form with a comma in a value (``%252C``), and
  this project's earlier default was that form. It is the one form without live evidence, so
  it is no longer the default; it stays available for servers that follow RFC 5849 strictly.

The sample form has live evidence with query values that need encoding, where the query-less
form's evidence only shows that the server tolerates it; hence ``"ibkr"`` is the default.
The known-answer test (tests/auth/test_signing_forms.py) names each form's base string for
one request.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qsl

import httpx

from .base_string import (
    BASE_STRING_BUILDERS,
    DEFAULT_SIGNING_FORM,
    SIGNING_FORMS,
    SigningForm,
    authorization_header,
)
from .clock import Clock, MonotonicTimestamps, new_dh_random, new_nonce
from .config import DHSource, KeySource, OAuthConfig
from .crypto import hmac_sha256_signature_with_key
from .live_session import (
    LIVE_SESSION_TOKEN_PATH,
    LiveSession,
    live_session_from_record,
    live_session_from_response,
    live_session_token_request,
)
from .redaction import protect_in_logs
from .secret import Secret
from .single_flight import Renewal, SingleFlightAuth
from .token_requests import HMAC_SHA256, json_object
from .websocket import WebsocketHandshake, oauth_handshake, websocket_url

logger = logging.getLogger(__name__)

DEFAULT_RENEW_MARGIN = 300.0
"""Seconds before the live session token's expiration at which a new one is obtained."""

_FORM_CONTENT_TYPE = "application/x-www-form-urlencoded"


class OAuth1aAuth(SingleFlightAuth[LiveSession]):
    """IBKR OAuth 1.0a for httpx clients (``httpx.Client(auth=...)`` or ``AsyncClient``).

    Every argument falls back to its environment variable (see `ibkr_auth.config`). Keys
    and DH parameters are PEM text, a file path, or already parsed. `clock`, `nonce_factory`
    and `dh_random_factory` exist for tests. `signing` chooses how the query enters the
    base string (``"ibkr"``, the default; ``"rfc5849"``; ``"no_query"``): see the module
    docstring for the decision and its evidence.

    One instance can serve many threads (sync clients) or many tasks (async clients). Sync
    and async renewals use different locks, so give sync and async clients their own
    instance if both run at the same time: otherwise both may renew at once, and IBKR keeps
    only the newest token.
    """

    def __init__(
        self,
        consumer_key: str | None = None,
        access_token: str | Secret[str] | None = None,
        access_token_secret: str | Secret[str] | None = None,
        signature_key: KeySource | None = None,
        encryption_key: KeySource | None = None,
        dh_parameters: DHSource | None = None,
        realm: str | None = None,
        *,
        base_url: str | None = None,
        environ: Mapping[str, str] | None = None,
        renew_margin: float = DEFAULT_RENEW_MARGIN,
        clock: Clock = time.time,
        nonce_factory: Callable[[], str] = new_nonce,
        dh_random_factory: Callable[[], int] = new_dh_random,
        signing: SigningForm = DEFAULT_SIGNING_FORM,
    ) -> None:
        super().__init__()
        if signing not in SIGNING_FORMS:
            raise ValueError(f"signing must be one of {', '.join(SIGNING_FORMS)}, not {signing!r}")
        self._build_base_string = BASE_STRING_BUILDERS[signing]
        self.signing: SigningForm = signing
        self._config = OAuthConfig.create(
            consumer_key, access_token, access_token_secret, signature_key, encryption_key,
            dh_parameters, realm, base_url=base_url, environ=environ)
        protect_in_logs(self._config.access_token)
        self._renew_margin = renew_margin
        self._clock = clock
        self._timestamps = MonotonicTimestamps(clock)
        self._nonce = nonce_factory
        self._dh_random = dh_random_factory

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **options: Any) -> OAuth1aAuth:
        """Build from environment variables only (`options` are the keyword-only tuning)."""
        return cls(environ=environ, **options)

    def __repr__(self) -> str:
        return (f"OAuth1aAuth(realm={self.realm!r}, base_url={self.base_url!r}, "
                f"signing={self.signing!r})")

    @property
    def base_url(self) -> str:
        """REST base URL, e.g. ``https://api.ibkr.com/v1/api``."""
        return self._config.base_url

    @property
    def realm(self) -> str:
        return self._config.realm

    @property
    def consumer_key(self) -> str:
        return self._config.consumer_key

    @property
    def access_token(self) -> Secret[str]:
        return self._config.access_token

    @property
    def live_session(self) -> LiveSession | None:
        """The current live session token, if one was obtained."""
        return self._state

    def invalidate(self) -> None:
        """Forget the live session token; the next request obtains a new one."""
        self._state = None

    def websocket_handshake(self, tickle_body: Mapping[str, Any] | str | Secret[str]) -> (
            WebsocketHandshake):
        """Cookie and ``oauth_token`` URL for the websocket, from a POST /tickle body."""
        return oauth_handshake(tickle_body, self.access_token, websocket_url(self.base_url))

    # ----------------------------------------------------------------- SingleFlightAuth hooks

    shared_name = "live_session_token"

    def _to_record(self, state: LiveSession) -> dict[str, Any]:
        return {"token": state.token.reveal(), "expires_at": state.expires_at,
                "renew_at": state.renew_at}

    def _from_record(self, data: dict[str, Any]) -> LiveSession | None:
        return live_session_from_record(data)

    def _shared_ttl(self, state: LiveSession) -> float:
        return max(1.0, state.expires_at - self._clock())

    def _is_fresh(self, state: LiveSession) -> bool:
        return self._clock() < state.renew_at

    def _start_renewal(self, request: httpx.Request) -> Renewal[LiveSession]:
        dh_random = self._dh_random()
        logger.debug("requesting a live session token")
        lst_request = live_session_token_request(
            self._config, dh_random=dh_random, nonce=self._nonce(),
            timestamp=self._timestamps.next())
        return Renewal(lst_request, lambda response: self._finish_renewal(response, dh_random))

    def _finish_renewal(self, response: httpx.Response, dh_random: int) -> LiveSession:
        body = json_object(response, LIVE_SESSION_TOKEN_PATH)
        session = live_session_from_response(
            body, self._config, dh_random=dh_random, now=self._clock(),
            renew_margin=self._renew_margin)
        protect_in_logs(session.token)
        logger.info("live session token obtained, valid until %s",
                    datetime.fromtimestamp(session.expires_at, UTC).isoformat())
        return session

    def _apply(self, request: httpx.Request, state: LiveSession) -> httpx.Request:
        params = {
            "oauth_consumer_key": self._config.consumer_key,
            "oauth_nonce": self._nonce(),
            "oauth_signature_method": HMAC_SHA256,
            "oauth_timestamp": self._timestamps.next(),
            "oauth_token": self._config.access_token.reveal(),
        }
        pairs = [*params.items(), *_form_parameters(request)]
        base_string = self._build_base_string(request.method, str(request.url), pairs, "")
        params["oauth_signature"] = hmac_sha256_signature_with_key(base_string, state.key.reveal())
        request.headers["Authorization"] = authorization_header(params, self._config.realm)
        # The signature covers the URL's host; the Host header must name the same host even if
        # the caller copied IBKR's examples and set "Host: api.ibkr.com" for another host.
        host = request.url.netloc.decode("ascii")
        if request.headers.get("Host") != host:
            request.headers["Host"] = host
        return request


def _form_parameters(request: httpx.Request) -> list[tuple[str, str]]:
    """Form-encoded body parameters, which RFC 5849 section 3.4.1.3.1 signs. JSON bodies,
    which IBKR uses everywhere, are not signed."""
    content_type = request.headers.get("Content-Type", "")
    if not content_type.startswith(_FORM_CONTENT_TYPE):
        return []
    return parse_qsl(request.content.decode("utf-8"), keep_blank_values=True)

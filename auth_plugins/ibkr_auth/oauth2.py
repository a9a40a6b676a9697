"""`OAuth2Auth`: IBKR OAuth 2.0 as an httpx.Auth plugin, sync and async.

It obtains an access token lazily from POST /oauth2/api/v1/token (client credentials, the
client authenticated by a signed ``private_key_jwt`` assertion or by its client secret), then,
when an end user is configured, opens the user's SSO session (POST /gw/api/v1/sso-sessions with
a signed JWT body) whose bearer token reaches the trading endpoints under /v1/api. Requests to
/gw/api carry the access token, the others the SSO session's. The brokerage session is opened
as for the other targets (POST /iserver/auth/ssodh/init, which ibkr_webapi.Client sends).

Both tokens are renewed together before the access token expires and once after a 401
(resending the request, unless it places, modifies or cancels an order), with a single renewal
at a time however many threads or tasks ask (`ibkr_auth.single_flight`).

Example, against the embedded mock server and its test-only key (for IBKR, pass your own
client id and key, or use ``OAuth2Auth.from_env()``: see ibkr_auth.oauth2_config):

>>> import httpx
>>> from ibkr_webapi.mock.app import MockServer
>>> from ibkr_webapi.mock.config import MockConfig
>>> with MockServer(MockConfig(auth="oauth2", session_initialised=True)) as server:
...     auth = OAuth2Auth(**server.oauth2_credentials(), base_url=server.base_url)
...     with httpx.Client(base_url=auth.base_url, auth=auth,
...                       transport=server.transport()) as client:
...         answer = client.get("/iserver/accounts")
...     [entry.operation_id for entry in server.requests]
['create_oauth2_access_token', 'create_sso_session', 'get_brokerage_accounts']
>>> answer.status_code
200
"""

from __future__ import annotations

import base64
import logging
import time
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import httpx

from .errors import OAuthRequestError
from .jwt_signing import ASSERTION_TYPE, SigningKey, client_assertion, signed_body
from .keys import PemSource
from .oauth2_config import SSO_SESSION_PATH, TOKEN_PATH, AuthMethod, OAuth2Config
from .redaction import protect_in_logs, redact
from .secret import Secret
from .single_flight import Renewal, SingleFlightAuth
from .token_requests import REQUIRED_HEADERS

logger = logging.getLogger(__name__)

DEFAULT_RENEW_MARGIN = 60.0
"""Seconds before the access token's expiry at which new tokens are obtained."""
DEFAULT_LIFETIME = 3600.0
"""Assumed lifetime when the token response has no ``expires_in``."""
_MAX_ERROR_TEXT = 200
GW_PREFIX = "/gw/api/"


@dataclass(frozen=True, repr=False)
class OAuth2Session:
    """The access token, the SSO session's bearer token (if any) and when to renew them."""

    access_token: Secret[str]
    trading_token: Secret[str] | None
    expires_at: float
    renew_at: float

    def __repr__(self) -> str:
        return (f"OAuth2Session(sso={self.trading_token is not None}, "
                f"expires_at={self.expires_at!r}, renew_at={self.renew_at!r})")


def token_request(config: OAuth2Config, *, now: int, jti: str) -> httpx.Request:
    """POST /oauth2/api/v1/token for the client credentials grant, authenticated by the
    configured method (pure: the assertion depends only on the key, `now` and `jti`)."""
    form: dict[str, str] = {"grant_type": "client_credentials"}
    headers = {**REQUIRED_HEADERS, "Accept": "application/json"}
    if config.scope:
        form["scope"] = config.scope
    if config.method == "private_key_jwt":
        assert config.signing_key is not None  # OAuth2Config.create guarantees it
        form["client_assertion_type"] = ASSERTION_TYPE
        form["client_assertion"] = client_assertion(
            config.client_id, config.token_url, config.signing_key, now=now, jti=jti,
            kid=config.key_id)
    elif config.method == "client_secret_post":
        assert config.client_secret is not None
        form["client_id"] = config.client_id
        form["client_secret"] = config.client_secret.reveal()
    else:
        assert config.client_secret is not None
        headers["Authorization"] = basic_authorization(config.client_id, config.client_secret)
    return httpx.Request("POST", config.token_url, data=form, headers=headers)


def basic_authorization(client_id: str, secret: Secret[str]) -> str:
    """RFC 6749 section 2.3.1: both parts form-encoded, then Basic.

    >>> basic_authorization("a b", Secret("s:1"))
    'Basic YStiOnMlM0Ex'
    """
    from urllib.parse import quote_plus

    pair = f"{quote_plus(client_id)}:{quote_plus(secret.reveal())}".encode()
    return "Basic " + base64.b64encode(pair).decode("ascii")


def sso_session_request(config: OAuth2Config, access_token: Secret[str], *, now: int,
                        jti: str) -> httpx.Request:
    """POST /gw/api/v1/sso-sessions: the bearer access token, and a body signed with the
    client's key naming the end user and their IP address."""
    if config.signing_key is None:
        raise OAuthRequestError(SSO_SESSION_PATH, 0, "an SSO session needs the client's "
                                "private key (IBKR_OAUTH2_PRIVATE_KEY_FILE) to sign its body")
    body = signed_body(config.client_id, {"credential": config.username, "ip": config.ip},
                       config.signing_key, now=now, jti=jti, kid=config.key_id)
    headers = {**REQUIRED_HEADERS, "Accept": "application/json",
               "Authorization": f"Bearer {access_token.reveal()}",
               "Content-Type": "application/jwt"}
    return httpx.Request("POST", config.sso_session_url, content=body, headers=headers)


def problem_text(response: httpx.Response) -> str:
    """The server's explanation: Problem Details' detail or title, IBKR's error, or the reason.

    >>> problem_text(httpx.Response(400, json={"title": "Bad Request", "detail": "bad jti"}))
    'bad jti'
    """
    try:
        body = response.json()
    except ValueError:
        body = None
    text = response.reason_phrase or "no error text"
    if isinstance(body, dict):
        for name in ("detail", "error_description", "title", "error"):
            if isinstance(body.get(name), str) and body[name]:
                text = body[name]
                break
    return redact(text[:_MAX_ERROR_TEXT])


def _json(response: httpx.Response, endpoint: str) -> dict[str, Any]:
    if response.status_code != 200:
        raise OAuthRequestError(endpoint, response.status_code, problem_text(response))
    try:
        body = response.json()
    except ValueError:
        body = None
    if not isinstance(body, dict):
        raise OAuthRequestError(endpoint, response.status_code, "response is not a JSON object")
    return body


def _token(body: Mapping[str, Any], endpoint: str) -> Secret[str]:
    value = body.get("access_token")
    if not isinstance(value, str) or not value:
        raise OAuthRequestError(endpoint, 200, "response has no string field 'access_token'")
    token = Secret(value)
    protect_in_logs(token)
    return token


class OAuth2Auth(SingleFlightAuth[OAuth2Session]):
    """IBKR OAuth 2.0 for httpx clients (``httpx.Client(auth=...)`` or ``AsyncClient``).

    Every argument falls back to its environment variable (see `ibkr_auth.oauth2_config`).
    `clock` and `jti_factory` exist for tests. See the module docstring for an example. As with
    OAuth1aAuth, give sync and async clients that run at the same time their own instance.
    """

    def __init__(
        self,
        client_id: str | None = None,
        private_key: PemSource | SigningKey | None = None,
        client_secret: str | Secret[str] | None = None,
        *,
        method: AuthMethod | None = None,
        key_id: str | None = None,
        scope: str | None = None,
        username: str | None = None,
        ip: str | None = None,
        base_url: str | None = None,
        environ: Mapping[str, str] | None = None,
        renew_margin: float = DEFAULT_RENEW_MARGIN,
        clock: Callable[[], float] = time.time,
        jti_factory: Callable[[], str] = lambda: uuid.uuid4().hex,
    ) -> None:
        super().__init__()
        self._config = OAuth2Config.create(
            client_id, private_key, client_secret, method=method, key_id=key_id, scope=scope,
            username=username, ip=ip, base_url=base_url, environ=environ)
        protect_in_logs(self._config.client_secret)
        self._renew_margin = renew_margin
        self._clock = clock
        self._jti = jti_factory

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **options: Any) -> OAuth2Auth:
        """Build from environment variables only (`options` are the keyword-only tuning)."""
        return cls(environ=environ, **options)

    def __repr__(self) -> str:
        return f"OAuth2Auth({self._config!r})"

    @property
    def base_url(self) -> str:
        """REST base URL of the trading endpoints, e.g. ``https://api.ibkr.com/v1/api``."""
        return self._config.base_url

    @property
    def config(self) -> OAuth2Config:
        return self._config

    @property
    def session(self) -> OAuth2Session | None:
        """The current tokens, if obtained."""
        return self._state

    def invalidate(self) -> None:
        """Forget the tokens; the next request obtains new ones."""
        self._state = None

    # ----------------------------------------------------------------- SingleFlightAuth hooks

    shared_name = "oauth2_session"
    """Beside OAuth 1.0a's live session token: its own record in a shared store."""

    def _to_record(self, state: OAuth2Session) -> dict[str, Any]:
        trading = state.trading_token
        return {"access_token": state.access_token.reveal(),
                "trading_token": trading.reveal() if trading is not None else None,
                "expires_at": state.expires_at, "renew_at": state.renew_at}

    def _from_record(self, data: dict[str, Any]) -> OAuth2Session | None:
        access, trading = data.get("access_token"), data.get("trading_token")
        expires_at, renew_at = data.get("expires_at"), data.get("renew_at")
        if (not isinstance(access, str) or not isinstance(trading, str | None)
                or not isinstance(expires_at, int | float)
                or not isinstance(renew_at, int | float)):
            return None
        tokens = [Secret(access), *([Secret(trading)] if trading is not None else [])]
        protect_in_logs(*tokens)
        return OAuth2Session(tokens[0], tokens[1] if trading is not None else None,
                             float(expires_at), float(renew_at))

    def _shared_ttl(self, state: OAuth2Session) -> float:
        return max(1.0, state.expires_at - self._clock())

    def _needs_state(self, request: httpx.Request) -> bool:
        return not request.url.path.endswith(TOKEN_PATH)

    def _is_fresh(self, state: OAuth2Session) -> bool:
        return self._clock() < state.renew_at

    def _start_renewal(self, request: httpx.Request) -> Renewal[OAuth2Session]:
        logger.debug("requesting an OAuth 2.0 access token (%s)", self._config.method)
        now = int(self._clock())
        return Renewal(token_request(self._config, now=now, jti=self._jti()), self._after_token)

    def _after_token(self, response: httpx.Response) -> OAuth2Session | Renewal[OAuth2Session]:
        body = _json(response, TOKEN_PATH)
        token = _token(body, TOKEN_PATH)
        lifetime = body.get("expires_in")
        if not isinstance(lifetime, int | float) or isinstance(lifetime, bool) or lifetime <= 0:
            lifetime = DEFAULT_LIFETIME
        now = self._clock()
        expires_at = now + float(lifetime)
        margin = min(self._renew_margin, float(lifetime) / 2)
        logger.info("OAuth 2.0 access token obtained, valid until %s",
                    datetime.fromtimestamp(expires_at, UTC).isoformat())
        session = OAuth2Session(token, None, expires_at, expires_at - margin)
        if self._config.username is None:
            return session
        sso = sso_session_request(self._config, token, now=int(now), jti=self._jti())
        return Renewal(sso, lambda answer: self._after_sso(answer, session))

    def _after_sso(self, response: httpx.Response, session: OAuth2Session) -> OAuth2Session:
        body = _json(response, SSO_SESSION_PATH)
        logger.info("SSO session opened")
        return OAuth2Session(session.access_token, _token(body, SSO_SESSION_PATH),
                             session.expires_at, session.renew_at)

    def _apply(self, request: httpx.Request, state: OAuth2Session) -> httpx.Request:
        token = state.access_token
        if not request.url.path.startswith(GW_PREFIX) and state.trading_token is not None:
            token = state.trading_token
        request.headers["Authorization"] = f"Bearer {token.reveal()}"
        return request

"""OAuth 2.0 configuration, from arguments or environment variables.

Environment variables (each argument, when given, wins over its variable):

==================================== ==========================================================
``IBKR_OAUTH2_CLIENT_ID``            the client id IBKR registered
``IBKR_OAUTH2_PRIVATE_KEY_FILE``     path of the client's RSA private key (PEM), or
``IBKR_OAUTH2_PRIVATE_KEY``          the PEM text itself (for ``private_key_jwt``)
``IBKR_OAUTH2_KEY_ID``               optional: the ``kid`` IBKR knows the public key by
``IBKR_OAUTH2_CLIENT_SECRET``        the client secret (for the client-secret methods)
``IBKR_OAUTH2_AUTH_METHOD``          optional: ``private_key_jwt`` (default with a key),
                                     ``client_secret_post`` (default with a secret) or
                                     ``client_secret_basic``
``IBKR_OAUTH2_SCOPE``                optional: space-separated scopes to ask for
``IBKR_OAUTH2_USERNAME``             optional: the end user whose SSO session to open; without
                                     it no SSO session is created (Account Management only)
``IBKR_OAUTH2_IP``                   optional: the end user's IP address for the SSO session
                                     (default ``127.0.0.1``)
``IBKR_OAUTH2_BASE_URL``             optional: ``https://api.ibkr.com/v1/api``
==================================== ==========================================================

The token endpoint and the ``/gw/api`` endpoints live on the same host as the base URL, at its
root: ``https://api.ibkr.com/oauth2/api/v1/token``.

>>> try:
...     OAuth2Config.create(environ={})
... except OAuthConfigError as error:
...     print(error)
IBKR_OAUTH2_CLIENT_ID is not set: pass client_id or set the environment variable
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal
from urllib.parse import urlsplit

from .config import DEFAULT_OAUTH_BASE_URL
from .errors import OAuthConfigError
from .jwt_signing import SigningKey, load_signing_key
from .keys import PemSource
from .secret import Secret, as_secret

AuthMethod = Literal["private_key_jwt", "client_secret_post", "client_secret_basic"]
AUTH_METHODS: tuple[AuthMethod, ...] = (
    "private_key_jwt", "client_secret_post", "client_secret_basic")
TOKEN_PATH = "/oauth2/api/v1/token"
SSO_SESSION_PATH = "/gw/api/v1/sso-sessions"
DEFAULT_IP = "127.0.0.1"

ENV = "IBKR_OAUTH2_"


@dataclass(frozen=True, repr=False)
class OAuth2Config:
    """Everything OAuth2Auth needs, resolved once. The repr shows no secret."""

    client_id: str
    method: AuthMethod
    signing_key: SigningKey | None
    client_secret: Secret[str] | None
    key_id: str | None
    scope: str | None
    username: str | None
    ip: str
    base_url: str

    def __repr__(self) -> str:
        return (f"OAuth2Config(client_id={self.client_id!r}, method={self.method!r}, "
                f"base_url={self.base_url!r}, sso={self.username is not None})")

    @property
    def origin(self) -> str:
        """Scheme and host of the base URL: where /oauth2 and /gw/api live."""
        parts = urlsplit(self.base_url)
        return f"{parts.scheme}://{parts.netloc}"

    @property
    def token_url(self) -> str:
        return self.origin + TOKEN_PATH

    @property
    def sso_session_url(self) -> str:
        return self.origin + SSO_SESSION_PATH

    @classmethod
    def create(
        cls,
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
    ) -> OAuth2Config:
        """Resolve each value from its argument, else from its environment variable."""
        env = os.environ if environ is None else environ
        client = client_id or env.get(ENV + "CLIENT_ID")
        if not client:
            raise OAuthConfigError(
                f"{ENV}CLIENT_ID is not set: pass client_id or set the environment variable")
        key_source = private_key if private_key is not None else (
            env.get(ENV + "PRIVATE_KEY_FILE") or env.get(ENV + "PRIVATE_KEY"))
        secret = client_secret or env.get(ENV + "CLIENT_SECRET")
        chosen = _method(method or env.get(ENV + "AUTH_METHOD"), key_source, secret)
        if chosen == "private_key_jwt" and not key_source:
            raise OAuthConfigError(f"private_key_jwt needs a key: pass private_key, or set "
                                   f"{ENV}PRIVATE_KEY_FILE (a path) or {ENV}PRIVATE_KEY (PEM)")
        if chosen != "private_key_jwt" and not secret:
            raise OAuthConfigError(f"{chosen} needs a secret: pass client_secret or set "
                                   f"{ENV}CLIENT_SECRET")
        return cls(
            client_id=client,
            method=chosen,
            signing_key=load_signing_key(key_source) if chosen == "private_key_jwt"
            and key_source else None,
            client_secret=as_secret(secret) if secret else None,
            key_id=key_id or env.get(ENV + "KEY_ID") or None,
            scope=scope or env.get(ENV + "SCOPE") or None,
            username=username or env.get(ENV + "USERNAME") or None,
            ip=ip or env.get(ENV + "IP") or DEFAULT_IP,
            base_url=(base_url or env.get(ENV + "BASE_URL") or DEFAULT_OAUTH_BASE_URL).rstrip("/"),
        )


def _method(named: str | None, key: object, secret: object) -> AuthMethod:
    if named:
        if named not in AUTH_METHODS:
            raise OAuthConfigError(
                f"{ENV}AUTH_METHOD must be one of {', '.join(AUTH_METHODS)}, not {named!r}")
        return named
    if key:
        return "private_key_jwt"
    if secret:
        return "client_secret_post"
    raise OAuthConfigError(f"no client credentials: set {ENV}PRIVATE_KEY_FILE (private_key_jwt) "
                           f"or {ENV}CLIENT_SECRET (client secret)")

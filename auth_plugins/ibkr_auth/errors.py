"""Typed errors raised by ibkr_auth.

Messages name what went wrong (an environment variable, an endpoint, a status code) and never
carry a secret value: no token, key, cookie or live session token ever reaches one.

>>> from ibkr_auth.errors import AuthError, OAuthConfigError
>>> issubclass(OAuthConfigError, AuthError)
True
"""

from __future__ import annotations

from typing import Any


def _rebuild(cls: type[BaseException], args: tuple[Any, ...],
             state: dict[str, Any]) -> BaseException:
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


class PicklableError(Exception):
    """An exception that survives pickling whatever its constructor takes.

    Python pickles an exception as ``cls(*self.args)``, which fails for any constructor with
    other parameters; an error raised in a ``ProcessPoolExecutor`` worker then surfaces as
    ``BrokenProcessPool``. This one is rebuilt from its args and attributes instead. Every
    typed error of ibkr_auth and ibkr_webapi derives from it.

    >>> import pickle
    >>> error = pickle.loads(pickle.dumps(OAuthRequestError("/oauth/x", 401, "refused")))
    >>> error.status_code, str(error)
    (401, '/oauth/x failed with HTTP 401: refused')
    """

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (type(self), self.args, dict(self.__dict__)))


class AuthError(PicklableError):
    """Base class of every error raised by ibkr_auth."""


class OAuthConfigError(AuthError):
    """OAuth configuration is missing or unusable (names the variable, never its value)."""


class KeyFormatError(OAuthConfigError):
    """A key or Diffie-Hellman parameters file could not be read or parsed."""


class AccessTokenSecretError(OAuthConfigError):
    """The access token secret could not be decrypted with the private encryption key."""


class OAuthRequestError(AuthError):
    """IBKR refused an OAuth token request (request token, access token, live session token).

    >>> str(OAuthRequestError("/oauth/live_session_token", 401, "invalid consumer"))
    '/oauth/live_session_token failed with HTTP 401: invalid consumer'
    """

    def __init__(self, endpoint: str, status_code: int, server_error: str) -> None:
        self.endpoint = endpoint
        self.status_code = status_code
        self.server_error = server_error
        super().__init__(f"{endpoint} failed with HTTP {status_code}: {server_error}")


class LiveSessionTokenError(AuthError):
    """The live session token response was malformed, or the computed token failed validation."""


class GatewayConfigError(AuthError):
    """The Client Portal Gateway session is misconfigured (e.g. no TLS verification choice)."""


class BrokerageSessionError(AuthError):
    """POST /iserver/auth/ssodh/init did not open a brokerage session.

    >>> str(BrokerageSessionError(500, "failed to generate sso dh token"))
    '/iserver/auth/ssodh/init failed with HTTP 500: failed to generate sso dh token'
    """

    def __init__(self, status_code: int, server_error: str) -> None:
        self.status_code = status_code
        self.server_error = server_error
        super().__init__(f"/iserver/auth/ssodh/init failed with HTTP {status_code}: {server_error}")


class WebsocketHandshakeError(AuthError):
    """The data needed for a websocket handshake (e.g. the tickle session) is missing."""


class FlexTokenError(AuthError):
    """The Flex Web Service token is missing."""

"""Where the facade connects: the Client Portal Gateway, IBKR over OAuth, or the mock.

A `Target` is a base URL, an auth plugin from ``ibkr_auth`` and, for the in-process mock,
the transports into its app. Give each client its own target: an auth plugin keeps session
state and must not be shared by a sync and an async client.

>>> target = Target.gateway(verify=False)
>>> target.name, target.base_url
('gateway', 'https://localhost:5000/v1/api')
>>> try:
...     Target.from_env({"IBKR_TARGET": "pigeon"})
... except ConfigurationError as error:
...     print(error)
IBKR_TARGET must be gateway, oauth, oauth2 or mock, not 'pigeon'
"""

from __future__ import annotations

import os
import ssl
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import httpx

from ibkr_auth import GatewaySession, OAuth1aAuth, OAuth2Auth
from ibkr_auth.gateway import VerifyChoice
from ibkr_webapi.settings import ConfigurationError

if TYPE_CHECKING:
    from ibkr_webapi.mock.app import MockServer

TARGETS = ("gateway", "oauth", "oauth2", "mock")


@dataclass(frozen=True)
class Target:
    """A base URL, its auth plugin, and how to reach it (TLS or in-process transports)."""

    name: str
    base_url: str
    auth: httpx.Auth | None
    verify: ssl.SSLContext | bool = True
    transport: httpx.BaseTransport | None = field(default=None, repr=False)
    async_transport: httpx.AsyncBaseTransport | None = field(default=None, repr=False)
    mock: MockServer | None = field(default=None, repr=False)
    """The mock server behind an in-process target, to inspect or inject faults."""
    owns_mock: bool = False
    """Whether closing the client closes `mock` too (a mock started by `from_env`)."""

    @classmethod
    def gateway(cls, url: str | None = None, *, verify: VerifyChoice | None = None,
                cookies: Mapping[str, str] | None = None,
                environ: Mapping[str, str] | None = None) -> Target:
        """The Client Portal Gateway (default ``https://localhost:5000/v1/api``, or
        IBKR_GATEWAY_URL); see ``ibkr_auth.GatewaySession`` for the TLS choice."""
        session = GatewaySession(url, verify=verify, cookies=cookies, environ=environ)
        return cls("gateway", session.base_url, session, session.ssl_context)

    @classmethod
    def oauth(cls, auth: OAuth1aAuth | None = None, *,
              environ: Mapping[str, str] | None = None) -> Target:
        """IBKR over OAuth 1.0a (``https://api.ibkr.com/v1/api``); `auth` defaults to
        ``OAuth1aAuth.from_env(environ)``."""
        plugin = auth if auth is not None else OAuth1aAuth.from_env(environ)
        return cls("oauth", plugin.base_url, plugin)

    @classmethod
    def oauth2(cls, auth: OAuth2Auth | None = None, *,
               environ: Mapping[str, str] | None = None) -> Target:
        """IBKR over OAuth 2.0 (``https://api.ibkr.com/v1/api``, Account Management at the
        host's root); `auth` defaults to ``OAuth2Auth.from_env(environ)``."""
        plugin = auth if auth is not None else OAuth2Auth.from_env(environ)
        return cls("oauth2", plugin.base_url, plugin)

    @classmethod
    def in_process(cls, server: MockServer, auth: httpx.Auth | None = None) -> Target:
        """An in-process mock server (``ibkr_webapi.mock.app.MockServer``); `auth` defaults
        to the plugin of its mode (GatewaySession, or OAuth1aAuth with the test-only keys)."""
        return cls("mock", server.base_url, auth if auth is not None else server.default_auth(),
                   transport=server.transport(), async_transport=server.async_transport(),
                   mock=server)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Target:
        """The target named by IBKR_TARGET (gateway, oauth, oauth2 or mock), configured from
        the environment. ``mock`` starts an in-process mock (IBKR_MOCK_SEED, default 0;
        IBKR_MOCK_AUTH gateway, oauth or oauth2, default gateway)."""
        env = os.environ if environ is None else environ
        name = env.get("IBKR_TARGET", "gateway")
        if name == "gateway":
            return cls.gateway(environ=env)
        if name == "oauth":
            return cls.oauth(environ=env)
        if name == "oauth2":
            return cls.oauth2(environ=env)
        if name == "mock":
            server = _mock_server(env)
            return cls("mock", server.base_url, server.default_auth(),
                       transport=server.transport(), async_transport=server.async_transport(),
                       mock=server, owns_mock=True)
        raise ConfigurationError(
            f"IBKR_TARGET must be gateway, oauth, oauth2 or mock, not {name!r}")

    def http_options(self) -> dict[str, Any]:
        """Arguments for httpx.Client / AsyncClient besides the transport."""
        return {"base_url": self.base_url, "auth": self.auth}


def _mock_server(environ: Mapping[str, str]) -> MockServer:
    from ibkr_webapi.mock.app import MockServer
    from ibkr_webapi.mock.config import AUTH_MODES, MockConfig

    seed = environ.get("IBKR_MOCK_SEED", "0")
    if not seed.isdigit():
        raise ConfigurationError(f"IBKR_MOCK_SEED must be a whole number, not {seed!r}")
    named = environ.get("IBKR_MOCK_AUTH", "gateway")
    auth = next((mode for mode in AUTH_MODES if mode == named), None)
    if auth is None:
        raise ConfigurationError(f"IBKR_MOCK_AUTH must be gateway, oauth or oauth2, not {named!r}")
    return MockServer(MockConfig(seed=int(seed), auth=auth))

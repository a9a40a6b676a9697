"""The mock IBKR server: `create_app` for ASGI hosts, `MockServer` to drive it from tests.

`MockServer` holds the Starlette app, the seeded world, the configuration, the fault plan,
the log of received requests, the OAuth verifier (OAuth mode), the Flex Web Service and the
websocket hub. It also builds clients wired to the app in process: the generated
``ibkr_client.Client``, plain httpx clients (sync and async), authenticated with the auth
plugin of its mode (``GatewaySession`` or ``OAuth1aAuth`` with the test-only keys).

>>> from ibkr_client.api.session import tickle
>>> from ibkr_webapi.mock.config import MockConfig
>>> with MockServer(MockConfig(seed=1, pacing=False)) as server:
...     answer = tickle.sync(client=server.client())
...     answer.iserver.auth_status.authenticated, server.requests.count("tickle")
(False, 1)

An ASGI host only needs the app (``uvicorn "ibkr_webapi.mock.app:create_app" --factory``);
the control handle stays reachable as ``app.state.mock``.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import httpx

try:
    from starlette.applications import Starlette
    from starlette.routing import BaseRoute
except ImportError as missing:  # the mock is an extra; say which, not just "no module"
    raise ImportError(
        f"the mock server needs the mock extra: pip install 'ibkr-webapi[mock]' "
        f"({missing.name} is missing)", name=missing.name
    ) from missing

from ibkr_webapi.mock.config import MockConfig
from ibkr_webapi.mock.flex_service import BASE_PATH as FLEX_PATH
from ibkr_webapi.mock.flex_service import FlexMockConfig, FlexMockService
from ibkr_webapi.mock.gates.faults import Fault, FaultKind, FaultPlan
from ibkr_webapi.mock.gates.oauth import TEST_ONLY_KEYS, OAuthCredentials, OAuthGate
from ibkr_webapi.mock.gates.oauth2 import OAuth2Credentials, OAuth2Gate
from ibkr_webapi.mock.gates.pacing import Pacer
from ibkr_webapi.mock.handlers import HANDLERS
from ibkr_webapi.mock.raw_path import RawPrefixRoute
from ibkr_webapi.mock.request_log import RequestLog
from ibkr_webapi.mock.request_rules import RequestRules
from ibkr_webapi.mock.routing import BASE_PATH, ROOT_PREFIXES, Gates, MockRouter, OperationTable
from ibkr_webapi.mock.transport import EventLoopThread, SyncASGITransport
from ibkr_webapi.mock.websocket import WebsocketHub
from ibkr_webapi.mock.world import World, build_world
from ibkr_webapi.mock.world.session import SessionState
from ibkr_webapi.transport_hooks import hooked, hooked_async

if TYPE_CHECKING:
    import ibkr_client

DEFAULT_ORIGIN = "https://localhost:5000"
"""The origin in-process clients use: the Gateway's, so URLs look like the real ones."""
DefaultAuth = Literal["default"]
UNLIMITED = 10**9


class _LiveFlexReports(Mapping[str, bytes]):
    """The Flex query the mock knows, its report built from the world when it is fetched."""

    def __init__(self, query_id: str, world: World) -> None:
        self._query_id = query_id
        self._world = world

    def __contains__(self, query_id: object) -> bool:
        return query_id == self._query_id

    def __getitem__(self, query_id: str) -> bytes:
        if query_id != self._query_id:
            raise KeyError(query_id)
        # Imported when used: the trading domain writes flex_report.py beside this framework.
        build_report: Callable[[World], bytes] = importlib.import_module(
            "ibkr_webapi.mock.flex_report").build_report
        return build_report(self._world)

    def __iter__(self) -> Iterator[str]:
        return iter((self._query_id,))

    def __len__(self) -> int:
        return 1


class MockServer:
    """One mock IBKR server and its control handle; see the module docstring."""

    def __init__(self, config: MockConfig | None = None) -> None:
        self.config = config or MockConfig()
        cfg = self.config
        self.world = build_world(cfg.seed, cfg.clock)
        self.world.session = SessionState(
            cfg.clock, seed=cfg.seed, timeout=cfg.session_timeout,
            initialised=cfg.session_initialised, publish=self.world.events.publish)
        self.faults = FaultPlan()
        self.requests = RequestLog()
        self.oauth = (OAuthGate.for_test_keys(seed=cfg.seed, clock=cfg.clock,
                                              consumer_key=cfg.consumer_key, realm=cfg.realm)
                      if cfg.auth == "oauth" else None)
        self.oauth2 = (OAuth2Gate.for_test_keys(clock=cfg.clock, seed=cfg.seed,
                                                lifetime=cfg.oauth2_token_lifetime)
                       if cfg.auth == "oauth2" else None)
        limit = 1 if cfg.pacing else UNLIMITED
        self.flex = FlexMockService(FlexMockConfig(
            tokens={cfg.flex_token: "valid"}, queries=_LiveFlexReports(cfg.flex_query_id,
                                                                       self.world),
            polls_before_ready=cfg.flex_polls_before_ready, clock=cfg.clock,
            per_second=limit, per_minute=10 * limit))
        self.websocket = WebsocketHub(
            self.world,
            oauth_token_valid=self.oauth.verifier.knows_access_token if self.oauth else None,
            bearer_valid=self.oauth2.trading_bearer_valid if self.oauth2 else None)
        self.gates = Gates(cfg, self.world, HANDLERS, self.faults, self.requests,
                           Pacer.from_spec(cfg.clock, penalty_seconds=cfg.penalty,
                                           violations_before_penalty=cfg.violations_before_penalty,
                                           time_scale=cfg.pacing_scale),
                           self.oauth, RequestRules(), self.oauth2)
        routes: list[BaseRoute] = [self.websocket.route, self.requests.identities.route(),
                                   RawPrefixRoute(BASE_PATH, MockRouter(self.gates))]
        if self.oauth2 is not None:
            # OAuth 2.0 and Account Management live at the host's root, never on a Gateway.
            root = MockRouter(self.gates, OperationTable.from_spec(at_root=True), base_path="")
            routes += [RawPrefixRoute(prefix, root) for prefix in ROOT_PREFIXES]
        self.app = Starlette(routes=[*routes, *self.flex.app.routes])
        self.app.state.mock = self
        self._loop = EventLoopThread()
        self._opened: list[httpx.Client | httpx.AsyncClient] = []
        self.tls_certificate: Path | None = None
        """While `serve(tls=True)` runs: the self-signed certificate clients pin."""

    def __repr__(self) -> str:
        return f"MockServer(auth={self.config.auth!r}, seed={self.config.seed})"

    def __enter__(self) -> MockServer:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the sync clients this server built and stop its event loop thread."""
        for client in self._opened:
            if isinstance(client, httpx.Client):
                client.close()
        self._opened.clear()
        self._loop.close()

    async def aclose(self) -> None:
        """Close every client this server built, async ones included."""
        for client in self._opened:
            if isinstance(client, httpx.AsyncClient):
                await client.aclose()
        self.close()

    # ----------------------------------------------------------------- addresses and clients

    @property
    def base_url(self) -> str:
        """The REST base URL of in-process clients."""
        return DEFAULT_ORIGIN + BASE_PATH

    @property
    def flex_url(self) -> str:
        """The Flex Web Service base URL of in-process clients."""
        return DEFAULT_ORIGIN + FLEX_PATH

    def transport(self) -> httpx.BaseTransport:
        """A sync transport into the app (it runs on this server's event loop thread)."""
        return hooked(SyncASGITransport(self.app, self._loop))

    def async_transport(self) -> httpx.AsyncBaseTransport:
        """An async transport into the app, running it on the caller's event loop; it also
        carries websockets (httpx-ws), so one client serves REST and the stream client."""
        from httpx_ws.transport import ASGIWebSocketTransport

        return hooked_async(ASGIWebSocketTransport(self.app))

    def default_auth(self) -> httpx.Auth:
        """A new auth plugin for this server's mode: GatewaySession, OAuth1aAuth or
        OAuth2Auth (the test-only keys)."""
        if self.oauth2 is not None:
            from ibkr_auth import OAuth2Auth

            return OAuth2Auth(**self.oauth2_credentials(), base_url=self.base_url,
                              clock=self.config.clock, environ={})
        if self.oauth is None:
            from ibkr_auth import GatewaySession

            return GatewaySession(self.base_url, verify=str(TEST_ONLY_KEYS / "gateway_cert.pem"),
                                  environ={})
        from ibkr_auth import OAuth1aAuth

        return OAuth1aAuth(**self.oauth_credentials(), base_url=self.base_url,
                           clock=self.config.clock, environ={})

    def oauth_credentials(self) -> OAuthCredentials:
        """A fresh access token with the test-only keys: the arguments of ``OAuth1aAuth``."""
        if self.oauth is None:
            raise RuntimeError("this mock serves the Gateway: use MockConfig(auth='oauth')")
        return self.oauth.credentials()

    def oauth2_credentials(self) -> OAuth2Credentials:
        """The client id, test-only key file and end user: the arguments of ``OAuth2Auth``."""
        if self.oauth2 is None:
            raise RuntimeError("this mock does not serve OAuth 2.0: use MockConfig(auth='oauth2')")
        return self.oauth2.credentials()

    def _auth(self, auth: httpx.Auth | DefaultAuth | None) -> httpx.Auth | None:
        return self.default_auth() if auth == "default" else auth

    def http_client(self, auth: httpx.Auth | DefaultAuth | None = "default",
                    **options: Any) -> httpx.Client:
        """An httpx.Client on the app (base URL set; `auth` None for no auth at all)."""
        options.setdefault("base_url", self.base_url)
        client = httpx.Client(transport=self.transport(), auth=self._auth(auth), **options)
        self._opened.append(client)
        return client

    def async_http_client(self, auth: httpx.Auth | DefaultAuth | None = "default",
                          **options: Any) -> httpx.AsyncClient:
        """An httpx.AsyncClient on the app (base URL set)."""
        options.setdefault("base_url", self.base_url)
        client = httpx.AsyncClient(transport=self.async_transport(), auth=self._auth(auth),
                                   **options)
        self._opened.append(client)
        return client

    def client(self, auth: httpx.Auth | DefaultAuth | None = "default",
               **options: Any) -> ibkr_client.Client:
        """The generated client on the app, for ``sync`` and ``asyncio`` calls alike (one
        auth instance shared by both)."""
        import ibkr_client

        shared = self._auth(auth)
        generated = ibkr_client.Client(base_url=self.base_url)
        generated.set_httpx_client(self.http_client(shared, **options))
        generated.set_async_httpx_client(self.async_http_client(shared, **options))
        return generated

    def websocket_client(self, **options: Any) -> httpx.AsyncClient:
        """An httpx.AsyncClient whose transport also speaks websocket (httpx-ws)."""
        from httpx_ws.transport import ASGIWebSocketTransport

        client = httpx.AsyncClient(base_url=self.base_url,
                                   transport=ASGIWebSocketTransport(self.app), **options)
        self._opened.append(client)
        return client

    @contextmanager
    def serve(self, port: int = 0, *, tls: bool = False) -> Iterator[str]:
        """Serve on 127.0.0.1 with uvicorn in a thread; yields the REST base URL. With `tls`,
        HTTPS with a self-signed certificate made now; its path is `tls_certificate` while
        serving (pin it: ``verify=server.tls_certificate``)."""
        from ibkr_webapi.mock.serve import serving
        from ibkr_webapi.mock.tls import self_signed_files

        if not tls:
            with serving(self.app, port) as origin:
                yield origin + BASE_PATH
            return
        with self_signed_files() as files, serving(self.app, port, files) as origin:
            self.tls_certificate = files.certificate
            try:
                yield origin + BASE_PATH
            finally:
                self.tls_certificate = None

    # ----------------------------------------------------------------- session control

    def open_brokerage_session(self) -> None:
        """As if POST /iserver/auth/ssodh/init had succeeded."""
        self.world.session.init(compete=True)

    def start_competing_session(self) -> None:
        """Another login takes the brokerage session (auth status shows competing: true)."""
        self.world.session.start_competing()

    def expire_brokerage_session(self) -> None:
        """The brokerage session times out, as after the idle timeout."""
        self.world.session.expire()

    def log_in(self) -> None:
        """A new Gateway login after /logout (what the browser login does)."""
        self.world.session.login()

    def expire_live_session_tokens(self) -> None:
        """Invalidate every OAuth live session token now (OAuth mode), or every OAuth 2.0
        token (OAuth 2.0 mode)."""
        if self.oauth is not None:
            self.oauth.verifier.expire_live_session_tokens()
        if self.oauth2 is not None:
            self.oauth2.expire_tokens()

    # ----------------------------------------------------------------- faults

    def inject(self, kind: FaultKind, operation: str | None = None, **options: Any) -> Fault:
        """Add a fault (see `ibkr_webapi.mock.gates.faults`); returns it.

        ``server.inject("status", "place_order", status=503)``,
        ``server.inject("latency", seconds=0.2, times=None)``,
        ``server.inject("drop", "place_order", when="after")``.
        """
        return self.faults.add(Fault(kind, operation, **options))


def create_app(config: MockConfig | None = None) -> Starlette:
    """The mock's ASGI app; its `MockServer` is ``app.state.mock``.

    >>> app = create_app(MockConfig(seed=3))
    >>> app.state.mock.config.seed
    3
    """
    return MockServer(config).app

"""`GatewaySession`: the Client Portal Gateway on localhost.

The Gateway serves a self-signed certificate. TLS verification is an explicit choice, never
silently off:

- ``verify="gateway-cert.pem"``: trust a CA bundle (e.g. the Gateway's own certificate, saved
  with ``openssl s_client -connect localhost:5000 -showcerts``), or set
  ``IBKR_GATEWAY_CA_BUNDLE`` to its path;
- ``verify=ssl_context``: any context you built;
- ``verify=True``: the system trust store, for a Gateway configured with a real certificate;
- ``verify=False``: no verification, accepted only for a loopback host and logged as a warning.

Leaving `verify` unset without ``IBKR_GATEWAY_CA_BUNDLE`` raises `GatewayConfigError`.

The plugin opens the brokerage session lazily (POST /iserver/auth/ssodh/init with
``{"publish": true, "compete": true}``) before the first /iserver request, and again, once,
after a 401 from /iserver. Cookies you pass are sent with every request and kept out of logs.

>>> session = GatewaySession(verify=False)
>>> session
GatewaySession(base_url='https://localhost:5000/v1/api', verify='disabled (loopback only)')
>>> GatewaySession("https://gw.example.com/v1/api", verify=False)  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
ibkr_auth.errors.GatewayConfigError: verify=False is only accepted for a Gateway on a loopback ...
"""

from __future__ import annotations

import dataclasses
import ipaddress
import logging
import os
import ssl
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from http.cookies import SimpleCookie
from typing import Any
from urllib.parse import urlsplit

import httpx

from .errors import BrokerageSessionError, GatewayConfigError
from .redaction import protect_in_logs
from .secret import Secret, as_secret
from .shared_state import BROKERAGE_SESSION
from .single_flight import Renewal, SingleFlightAuth
from .token_requests import REQUIRED_HEADERS, server_error_text
from .websocket import WebsocketHandshake, gateway_handshake, websocket_url

logger = logging.getLogger(__name__)

DEFAULT_GATEWAY_URL = "https://localhost:5000/v1/api"
ENV_GATEWAY_URL = "IBKR_GATEWAY_URL"
ENV_GATEWAY_CA_BUNDLE = "IBKR_GATEWAY_CA_BUNDLE"
SSODH_INIT_PATH = "/iserver/auth/ssodh/init"
_ISERVER = "/iserver/"

VerifyChoice = ssl.SSLContext | str | os.PathLike[str] | bool


@dataclass(frozen=True)
class BrokerageSession:
    """What POST /iserver/auth/ssodh/init reported."""

    authenticated: bool
    connected: bool
    competing: bool


def is_loopback(host: str) -> bool:
    """Whether `host` names this machine.

    >>> is_loopback("localhost"), is_loopback("127.0.0.1"), is_loopback("api.ibkr.com")
    (True, True, False)
    """
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def gateway_ssl_context(
    verify: VerifyChoice | None, host: str, environ: Mapping[str, str] | None = None
) -> tuple[ssl.SSLContext, str]:
    """The SSL context for the Gateway, and a description of the choice (for reprs and logs)."""
    env = os.environ if environ is None else environ
    if verify is None:
        bundle = env.get(ENV_GATEWAY_CA_BUNDLE)
        if not bundle:
            raise GatewayConfigError(
                "choose how to verify the Gateway's TLS certificate: pass verify=<CA bundle "
                f"path>, an ssl.SSLContext, True, or False (loopback only), or set "
                f"{ENV_GATEWAY_CA_BUNDLE}")
        verify = bundle
    if isinstance(verify, ssl.SSLContext):
        return verify, "custom SSLContext"
    if verify is True:
        return ssl.create_default_context(), "system trust store"
    if verify is False:
        return _unverified_context(host), "disabled (loopback only)"
    return _bundle_context(os.fspath(verify)), f"CA bundle {os.fspath(verify)}"


def _unverified_context(host: str) -> ssl.SSLContext:
    if not is_loopback(host):
        raise GatewayConfigError(
            f"verify=False is only accepted for a Gateway on a loopback host, not {host!r}")
    logger.warning("TLS certificate verification is disabled for the Gateway at %s, as "
                   "requested with verify=False", host)
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    return context


def _bundle_context(path: str) -> ssl.SSLContext:
    try:
        if os.path.isdir(path):
            return ssl.create_default_context(capath=path)
        return ssl.create_default_context(cafile=path)
    except (OSError, ssl.SSLError) as error:
        raise GatewayConfigError(
            f"cannot load the CA bundle {path!r}: {type(error).__name__}") from None


class GatewaySession(SingleFlightAuth[BrokerageSession]):
    """Client Portal Gateway access: TLS choice, cookies and brokerage session initialisation.

    Use it as the auth of your own client, or let it build one (`client`, `async_client`)
    with the base URL and the SSL context set.
    """

    def __init__(
        self,
        base_url: str | None = None,
        *,
        verify: VerifyChoice | None = None,
        cookies: Mapping[str, str | Secret[str]] | None = None,
        init_brokerage_session: bool = True,
        publish: bool = True,
        compete: bool = True,
        environ: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__()
        env = os.environ if environ is None else environ
        self._base_url = (base_url or env.get(ENV_GATEWAY_URL) or DEFAULT_GATEWAY_URL).rstrip("/")
        self._base_path = urlsplit(self._base_url).path
        host = urlsplit(self._base_url).hostname or ""
        self._ssl_context, self._verify_description = gateway_ssl_context(verify, host, env)
        self._cookies = {name: as_secret(value) for name, value in (cookies or {}).items()}
        protect_in_logs(*self._cookies.values())
        self._init_brokerage_session = init_brokerage_session
        self._init_body = {"publish": publish, "compete": compete}

    def __repr__(self) -> str:
        return (f"GatewaySession(base_url={self._base_url!r}, "
                f"verify={self._verify_description!r})")

    @property
    def base_url(self) -> str:
        return self._base_url

    @property
    def ssl_context(self) -> ssl.SSLContext:
        return self._ssl_context

    @property
    def brokerage_session(self) -> BrokerageSession | None:
        """What the last successful ssodh/init reported, if any."""
        return self._state

    def client(self, **options: Any) -> httpx.Client:
        """An httpx.Client for the Gateway (base URL, SSL context and this auth set)."""
        return httpx.Client(base_url=self._base_url, verify=self._ssl_context, auth=self,
                            **options)

    def async_client(self, **options: Any) -> httpx.AsyncClient:
        """An httpx.AsyncClient for the Gateway (base URL, SSL context and this auth set)."""
        return httpx.AsyncClient(base_url=self._base_url, verify=self._ssl_context, auth=self,
                                 **options)

    def init_request(self) -> httpx.Request:
        """POST /iserver/auth/ssodh/init with ``{"publish": ..., "compete": ...}``."""
        return httpx.Request("POST", self._base_url + SSODH_INIT_PATH, json=self._init_body,
                             headers=REQUIRED_HEADERS)

    def initialise(self, client: httpx.Client) -> BrokerageSession:
        """Open the brokerage session now instead of lazily."""
        return self._store(brokerage_session_from(client.send(self.init_request())))

    async def ainitialise(self, client: httpx.AsyncClient) -> BrokerageSession:
        """Open the brokerage session now instead of lazily (async)."""
        return self._store(brokerage_session_from(await client.send(self.init_request())))

    def websocket_handshake(self, tickle_body: Mapping[str, Any] | str | Secret[str]) -> (
            WebsocketHandshake):
        """The ``api`` cookie and the ws URL, from a POST /tickle response body."""
        return gateway_handshake(tickle_body, websocket_url(self._base_url))

    # ----------------------------------------------------------------- SingleFlightAuth hooks

    shared_name = BROKERAGE_SESSION

    def _to_record(self, state: BrokerageSession) -> dict[str, Any]:
        return dataclasses.asdict(state)

    def _from_record(self, data: dict[str, Any]) -> BrokerageSession | None:
        if data.get("authenticated") is not True:
            return None
        return BrokerageSession(True, data.get("connected") is True,
                                data.get("competing") is True)

    def _prepare(self, request: httpx.Request) -> None:
        if not self._cookies:
            return
        ours = "; ".join(f"{name}={value.reveal()}" for name, value in self._cookies.items())
        existing = request.headers.get("Cookie")
        request.headers["Cookie"] = f"{existing}; {ours}" if existing else ours

    def _needs_state(self, request: httpx.Request) -> bool:
        path = request.url.path
        return (self._init_brokerage_session
                and path.startswith(self._base_path + _ISERVER)
                and not path.endswith(SSODH_INIT_PATH))

    def _state_from_passing(self, request: httpx.Request) -> (
            Callable[[httpx.Response], BrokerageSession | None] | None):
        # A caller's own ssodh/init (the session keeper's, say) opens the session too: noting
        # it spares the next /iserver request a second init.
        return _opened_session if request.url.path.endswith(SSODH_INIT_PATH) else None

    def _start_renewal(self, request: httpx.Request) -> Renewal[BrokerageSession]:
        logger.info("opening the brokerage session (POST %s)", SSODH_INIT_PATH)
        init = self.init_request()
        self._prepare(init)
        return Renewal(init, brokerage_session_from)


def _opened_session(response: httpx.Response) -> BrokerageSession | None:
    try:
        return brokerage_session_from(response)
    except BrokerageSessionError:
        return None


def brokerage_session_from(response: httpx.Response) -> BrokerageSession:
    """Read an ssodh/init response; `BrokerageSessionError` unless it opened a session.

    >>> brokerage_session_from(httpx.Response(200, json={"authenticated": True}))
    BrokerageSession(authenticated=True, connected=False, competing=False)
    """
    if response.status_code != 200:
        raise BrokerageSessionError(response.status_code, server_error_text(response))
    try:
        body = response.json()
    except (ValueError, RecursionError):  # RecursionError: a body nested 100k levels deep
        body = None
    if not isinstance(body, dict) or body.get("authenticated") is not True:
        raise BrokerageSessionError(response.status_code, "the brokerage session is not "
                                    "authenticated (log in to the Gateway first)")
    return BrokerageSession(
        authenticated=True,
        connected=body.get("connected") is True,
        competing=body.get("competing") is True,
    )


def cookies_from_header(header: str) -> dict[str, Secret[str]]:
    """Cookies from a ``Cookie`` header value (e.g. copied from a browser), kept secret.

    >>> sorted(cookies_from_header("api=abc; x-sess-uuid=0.1"))
    ['api', 'x-sess-uuid']
    """
    parsed = SimpleCookie()
    parsed.load(header)
    return {name: Secret(morsel.value) for name, morsel in parsed.items()}

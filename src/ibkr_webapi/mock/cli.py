"""``ibkr-webapi mock serve``: the mock IBKR server on loopback, for any HTTP client.

    ibkr-webapi mock serve [--port 8765 | --gateway-port] [--tls] [--seed 7]
                           [--auth gateway|oauth] [--no-pacing] [--penalty-box]
                           [--session-open] [--pacing-scale 0.1] [--penalty-seconds 1]

It prints the REST base URL and, in OAuth mode, the environment variables that make
``OAuth1aAuth.from_env()`` work against it: a fresh access token of the mock's TEST-ONLY
consumer, whose keys ship in ibkr_webapi/mock/test_only_keys (never registered with IBKR).

``--tls`` serves HTTPS, as the Gateway does, with a self-signed certificate made at start; the
certificate's path is printed so clients can pin it (``verify=``, ``REQUESTS_CA_BUNDLE``).
``--gateway-port`` serves on the Gateway's default port, 5000. Plain HTTP stays the default.

>>> parser = argparse.ArgumentParser(prog="ibkr-webapi")
>>> register(parser.add_subparsers())
>>> args = parser.parse_args(["mock", "serve", "--port", "9000", "--auth", "oauth"])
>>> args.port, args.auth, args.seed, args.tls
(9000, 'oauth', 0, False)
>>> parser.parse_args(["mock", "serve", "--tls", "--gateway-port"]).port
5000
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any, TextIO

from starlette.types import ASGIApp

from ibkr_auth import config
from ibkr_webapi.mock.app import MockServer
from ibkr_webapi.mock.config import AUTH_MODES, MockConfig
from ibkr_webapi.mock.serve import LOOPBACK, serve_forever
from ibkr_webapi.mock.tls import TlsFiles, self_signed_files

DEFAULT_PORT = 8765
GATEWAY_PORT = 5000
"""The Client Portal Gateway's default port (https://localhost:5000)."""
Serve = Callable[[ASGIApp, int, TlsFiles | None], None]


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    """Add ``mock serve`` to the ``ibkr-webapi`` parser."""
    mock = subparsers.add_parser("mock", help="the mock IBKR server")
    commands = mock.add_subparsers(dest="mock_command", metavar="COMMAND", required=True)
    serve = commands.add_parser("serve", help=f"serve the mock on {LOOPBACK}")
    ports = serve.add_mutually_exclusive_group()
    ports.add_argument("--port", type=_port, default=DEFAULT_PORT, help="TCP port")
    ports.add_argument("--gateway-port", dest="port", action="store_const", const=GATEWAY_PORT,
                       help=f"the Gateway's default port, {GATEWAY_PORT}")
    serve.add_argument("--tls", action="store_true",
                       help="HTTPS with a self-signed certificate made at start (path printed)")
    serve.add_argument("--seed", type=int, default=0, help="seed of the mock's state")
    serve.add_argument("--auth", choices=AUTH_MODES, default="gateway",
                       help="gateway: no signing; oauth: every request OAuth 1.0a signed")
    serve.add_argument("--no-pacing", action="store_true", help="do not answer 429")
    serve.add_argument("--penalty-box", action="store_true",
                       help="after a 429, refuse the client for the spec's penalty (15 min)")
    serve.add_argument("--session-open", action="store_true",
                       help="start with the brokerage session initialised")
    serve.add_argument("--pacing-scale", type=float, default=1.0,
                       help="multiply every pacing window's length (0.05: 20x IBKR's rates)")
    serve.add_argument("--penalty-seconds", type=float, default=None,
                       help="seconds in the penalty box after a 429 (turns the box on)")
    serve.set_defaults(handler=run_serve)


def _port(text: str) -> int:
    port = int(text)
    if not 0 < port < 65536:
        raise argparse.ArgumentTypeError(f"{port} is not a TCP port (1-65535)")
    return port


def run_serve(args: argparse.Namespace, *, serve: Serve = serve_forever,
              out: TextIO | None = None) -> int:
    """Build the mock from `args`, print how to reach it, then serve until interrupted."""
    server = MockServer(MockConfig(seed=args.seed, auth=args.auth, pacing=not args.no_pacing,
                                   penalty_box=args.penalty_box,
                                   session_initialised=args.session_open,
                                   pacing_scale=args.pacing_scale,
                                   penalty_seconds=args.penalty_seconds))
    if not args.tls:
        return _announce_and_serve(server, args, serve, out or sys.stdout, None)
    with self_signed_files() as files:
        return _announce_and_serve(server, args, serve, out or sys.stdout, files)


def _announce_and_serve(server: MockServer, args: argparse.Namespace, serve: Serve,
                        stream: TextIO, tls: TlsFiles | None) -> int:
    origin = f"{'http' if tls is None else 'https'}://{LOOPBACK}:{args.port}"
    base_url = f"{origin}/v1/api"
    print(f"IBKR mock ({args.auth} mode, seed {args.seed}) at {base_url}", file=stream)
    if tls is not None:
        print(f"TLS certificate (self-signed, TEST ONLY; pin it): {tls.certificate}",
              file=stream)
    print(f"Flex Web Service at {origin}/AccountManagement/"
          f"FlexWebService (token {server.config.flex_token}, query "
          f"{server.config.flex_query_id})", file=stream)
    print(f"Requests and 429s per identity at {origin}/mock/identities", file=stream)
    if server.oauth is not None:
        print("TEST-ONLY OAuth credentials (export them, then OAuth1aAuth.from_env()):",
              file=stream)
        for name, value in oauth_environment(server, base_url).items():
            print(f"export {name}={value}", file=stream)
    stream.flush()
    try:
        serve(server.app, args.port, tls)
    except KeyboardInterrupt:
        pass
    finally:
        server.close()
    return 0


def oauth_environment(server: MockServer, base_url: str) -> dict[str, str]:
    """The IBKR_OAUTH_* variables of a fresh access token of the mock's test-only consumer."""
    credentials = server.oauth_credentials()
    return {
        config.ENV_CONSUMER_KEY: credentials["consumer_key"],
        config.ENV_ACCESS_TOKEN: credentials["access_token"],
        config.ENV_ACCESS_TOKEN_SECRET: credentials["access_token_secret"],
        config.ENV_SIGNATURE_KEY: credentials["signature_key"],
        config.ENV_ENCRYPTION_KEY: credentials["encryption_key"],
        config.ENV_DH_PARAMS: credentials["dh_parameters"],
        config.ENV_REALM: credentials["realm"],
        config.ENV_BASE_URL: base_url,
    }

"""``ibkr-webapi mock serve``: the mock IBKR server on loopback, for any HTTP client.

    ibkr-webapi mock serve --port 8765 [--seed 7] [--auth gateway|oauth] [--no-pacing]
                           [--session-open] [--pacing-scale 0.05] [--penalty-seconds 1]

It prints the REST base URL and, in OAuth mode, the environment variables that make
``OAuth1aAuth.from_env()`` work against it: a fresh access token of the mock's TEST-ONLY
consumer, whose keys ship in ibkr_webapi/mock/test_only_keys (never registered with IBKR).

>>> parser = argparse.ArgumentParser(prog="ibkr-webapi")
>>> register(parser.add_subparsers())
>>> args = parser.parse_args(["mock", "serve", "--port", "9000", "--auth", "oauth"])
>>> args.port, args.auth, args.seed
(9000, 'oauth', 0)
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

DEFAULT_PORT = 8765
Serve = Callable[[ASGIApp, int], None]


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    """Add ``mock serve`` to the ``ibkr-webapi`` parser."""
    mock = subparsers.add_parser("mock", help="the mock IBKR server")
    commands = mock.add_subparsers(dest="mock_command", metavar="COMMAND", required=True)
    serve = commands.add_parser("serve", help=f"serve the mock on {LOOPBACK}")
    serve.add_argument("--port", type=_port, default=DEFAULT_PORT, help="TCP port")
    serve.add_argument("--seed", type=int, default=0, help="seed of the mock's state")
    serve.add_argument("--auth", choices=AUTH_MODES, default="gateway",
                       help="gateway: no signing; oauth: every request OAuth 1.0a signed")
    serve.add_argument("--no-pacing", action="store_true", help="do not answer 429")
    serve.add_argument("--session-open", action="store_true",
                       help="start with the brokerage session initialised")
    serve.add_argument("--pacing-scale", type=float, default=1.0,
                       help="multiply every pacing window's length (0.05: 20x IBKR's rates)")
    serve.add_argument("--penalty-seconds", type=float, default=None,
                       help="penalty box length after a 429 (default: the spec's 900 s)")
    serve.set_defaults(handler=run_serve)


def _port(text: str) -> int:
    port = int(text)
    if not 0 < port < 65536:
        raise argparse.ArgumentTypeError(f"{port} is not a TCP port (1-65535)")
    return port


def run_serve(args: argparse.Namespace, *, serve: Serve = serve_forever,
              out: TextIO | None = None) -> int:
    """Build the mock from `args`, print how to reach it, then serve until interrupted."""
    stream = out or sys.stdout
    server = MockServer(MockConfig(seed=args.seed, auth=args.auth, pacing=not args.no_pacing,
                                   session_initialised=args.session_open,
                                   pacing_scale=args.pacing_scale,
                                   penalty_seconds=args.penalty_seconds))
    base_url = f"http://{LOOPBACK}:{args.port}/v1/api"
    print(f"IBKR mock ({args.auth} mode, seed {args.seed}) at {base_url}", file=stream)
    print(f"Flex Web Service at http://{LOOPBACK}:{args.port}/AccountManagement/"
          f"FlexWebService (token {server.config.flex_token}, query "
          f"{server.config.flex_query_id})", file=stream)
    print(f"Requests and 429s per identity at http://{LOOPBACK}:{args.port}/mock/identities",
          file=stream)
    if server.oauth is not None:
        print("TEST-ONLY OAuth credentials (export them, then OAuth1aAuth.from_env()):",
              file=stream)
        for name, value in oauth_environment(server, base_url).items():
            print(f"export {name}={value}", file=stream)
    stream.flush()
    try:
        serve(server.app, args.port)
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

"""The main job, `nox -s demo`: one trading session, start to finish, with readable tables.

Without configuration it starts the embedded mock server in process, in OAuth 1.0a mode with
its test-only keys, so it needs no credentials and no network. ``IBKR_TARGET=oauth2`` without
``IBKR_OAUTH2_CLIENT_ID`` runs the same session on OAuth 2.0 against the mock (client
assertion, SSO session, bearer tokens), plus Account Management and FA model steps. With
``IBKR_TARGET=gateway``, ``oauth`` or ``oauth2`` and the auth plugin's variables (see README)
the same steps run against IBKR; orders are placed only on a paper account, and the Flex step
needs ``IBKR_FLEX_TOKEN`` and ``IBKR_FLEX_QUERY_ID``.

Run it with ``python -m ibkr_webapi.demo [--seed N]``.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import tempfile
import time
from collections.abc import Awaitable, Callable, Sequence
from pathlib import Path

from ibkr_webapi.client import AsyncClient
from ibkr_webapi.demo import management_steps, steps
from ibkr_webapi.demo.tables import heading
from ibkr_webapi.flex.cli import summarize
from ibkr_webapi.flex.fetch import AsyncFlexClient
from ibkr_webapi.mock.app import MockServer
from ibkr_webapi.mock.config import AuthMode, MockConfig
from ibkr_webapi.targets import Target
from ibkr_webapi.ws import StreamClient

ENV_OAUTH2_CLIENT = "IBKR_OAUTH2_CLIENT_ID"
FlexFetch = Callable[[Path], Awaitable[object]]


async def run(target: Target, fetch_flex: FlexFetch | None) -> None:
    """Every step against `target`; the Flex report through `fetch_flex` when given."""
    async with AsyncClient(target) as client:
        if target.mock is not None and target.mock.oauth2 is not None:
            management_steps.print_oauth2_handshake(target.mock)
        elif target.mock is not None:
            print_handshake(target.mock)
        demo = steps.Demo(client, mock=target.mock is not None)
        for step in (steps.session, steps.accounts, steps.positions, steps.contract_search,
                     steps.snapshot, steps.history, steps.what_if):
            await step(demo)
        async with StreamClient(client.http) as stream:
            await steps.ticks(stream)
            await steps.order_to_fill(demo, stream)
        await steps.ledger(demo)
        if target.mock is not None and target.mock.oauth2 is not None:
            await management_steps.account_management(client, demo.account)
            await management_steps.model_portfolio(client)
    await flex_report(fetch_flex)


async def flex_report(fetch_flex: FlexFetch | None) -> None:
    heading("Flex report")
    if fetch_flex is None:
        print("skipped: set IBKR_FLEX_TOKEN and IBKR_FLEX_QUERY_ID to fetch one")
        return
    with tempfile.TemporaryDirectory() as scratch:
        report = Path(scratch) / "report.xml"
        await fetch_flex(report)
        print(summarize(report))


def mock_flex(server: MockServer) -> FlexFetch:
    config = server.config

    async def fetch(destination: Path) -> object:
        async with AsyncFlexClient(config.flex_token, base_url=server.flex_url,
                                   transport=server.async_transport()) as flex:
            return await flex.fetch(config.flex_query_id, destination)
    return fetch


def env_flex() -> FlexFetch | None:
    token, query = os.environ.get("IBKR_FLEX_TOKEN"), os.environ.get("IBKR_FLEX_QUERY_ID")
    if not token or not query:
        return None

    async def fetch(destination: Path) -> object:
        async with AsyncFlexClient(token) as flex:
            return await flex.fetch(query, destination)
    return fetch


def print_handshake(server: MockServer) -> None:
    heading("OAuth 1.0a")
    for entry in server.requests:
        if entry.operation_id == "get_live_session_token":
            print(f"POST /oauth/live_session_token -> {entry.status}: Diffie-Hellman exchange "
                  "done, live session token verified, every request since signed HMAC-SHA256")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ibkr_webapi.demo", description=__doc__)
    parser.add_argument("--seed", type=int, default=0, help="the mock's seed (default 0)")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    name = os.environ.get("IBKR_TARGET", "mock")
    on_mock = name == "mock" or (name == "oauth2" and not os.environ.get(ENV_OAUTH2_CLIENT))
    if on_mock:
        auth: AuthMode = "oauth2" if name == "oauth2" else "oauth"
        with MockServer(MockConfig(seed=args.seed, auth=auth)) as server:
            print(f"Target: the embedded mock server ({server.base_url}, seed {args.seed}, "
                  f"{'OAuth 2.0' if auth == 'oauth2' else 'OAuth 1.0a'})")
            asyncio.run(run(Target.in_process(server), mock_flex(server)))
    else:
        target = Target.from_env()
        print(f"Target: {target.name} ({target.base_url})")
        asyncio.run(run(target, env_flex()))
    print(f"\nDone in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

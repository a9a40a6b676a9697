"""Logging on "ibkr_webapi": one DEBUG line per request, warnings for retries and pacing
waits; and a canary: with DEBUG on everywhere, no secret reaches a log, a repr or an error."""

from __future__ import annotations

import base64
import logging
import re
from collections.abc import Callable

import pytest

from ibkr_auth import OAuth1aAuth
from ibkr_webapi import errors
from ibkr_webapi.client import Client
from ibkr_webapi.mock.app import MockServer
from runtime_support import quiet_settings

ACCOUNT_ID = re.compile(r"\b(?:U|DU|F)\d{7}\b")


def test_one_debug_line_per_request_with_account_ids_masked(
        client: Client, server: MockServer, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG, logger="ibkr_webapi"):
        client.portfolio.get_portfolio_positions("U1234567", 0)
        client.portfolio.get_portfolio_ledger("U1234567")
    lines = [r.getMessage() for r in caplog.records
             if r.name == "ibkr_webapi" and r.levelno == logging.DEBUG]
    assert len(lines) == 2
    assert lines[0].startswith("GET /v1/api/portfolio/U***567/positions/0 "
                               "(get_portfolio_positions): HTTP 200 in ")
    assert lines[0].endswith(" ms")
    assert not any(ACCOUNT_ID.search(line) for line in lines)


def test_retries_and_pacing_waits_are_warnings(client: Client, server: MockServer,
                                               caplog: pytest.LogCaptureFixture) -> None:
    server.inject("status", "get_live_orders", status=503)
    with caplog.at_level(logging.WARNING, logger="ibkr_webapi"):
        client.order_monitoring.get_live_orders()
    messages = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert any(m.startswith("retry: get_live_orders attempt 1 of 4 failed (ServerError)")
               for m in messages)
    # The retry waits for the operation's own window (1 request per 5 s).
    assert any("pacing: get_live_orders waits" in m for m in messages)


def test_no_secret_in_logs_reprs_or_errors(make_server: Callable[..., MockServer],
                                           make_client: Callable[..., Client],
                                           caplog: pytest.LogCaptureFixture) -> None:
    server = make_server(seed=5, auth="oauth")
    credentials = server.oauth_credentials()
    auth = OAuth1aAuth(**credentials, base_url=server.base_url, clock=server.config.clock,
                       environ={})
    shown: list[str] = []
    with caplog.at_level(logging.DEBUG):
        client = make_client(server, quiet_settings(attempts=1), auth=auth)
        with client:
            tickle_session = client.http.post("/tickle").json()["session"]
            client.portfolio.get_portfolio_accounts()
            for fault, options in [("html", {}), ("drop", {}), ("truncate", {}),
                                   ("expire_token", {"times": None})]:
                server.inject(fault, "get_brokerage_accounts", **options)  # type: ignore[arg-type]
                with pytest.raises(errors.IbkrError) as raised:
                    client.accounts.get_brokerage_accounts()
                server.faults.clear()
                shown += [str(raised.value), repr(raised.value)]
            shown += [repr(client), repr(client.target), repr(auth), repr(client.settings),
                      repr(client.session_keeper.last_outcome)]
    secrets = [auth.access_token.reveal(), credentials["access_token_secret"], tickle_session]
    live = auth.live_session
    assert live is not None
    secrets += [live.token.reveal(), base64.b64encode(live.key.reveal()).decode()]
    ours = [r.getMessage() for r in caplog.records if not r.name.startswith("ibkr_webapi.mock")]
    assert len(ours) > 10
    text = "\n".join(ours + shown)
    for secret in secrets:
        assert secret and secret not in text
    assert not ACCOUNT_ID.search("\n".join(
        r.getMessage() for r in caplog.records if r.name == "ibkr_webapi"))

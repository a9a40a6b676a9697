"""Command-line options of the contract suite: the fuzzing budget (part 3) and the live mode
(part 6)."""

from __future__ import annotations

from pathlib import Path

import pytest

DEFAULT_RECORD_DIR = Path("contract_tests") / "cassettes" / "live"
DEFAULT_FUZZ_EXAMPLES = 10


def add_options(parser: pytest.Parser) -> None:
    parser.getgroup("ibkr-contract", "IBKR contract suite").addoption(
        "--fuzz-examples", type=int, default=DEFAULT_FUZZ_EXAMPLES,
        help="generated cases per operation in the schemathesis run against the mock "
             f"(default {DEFAULT_FUZZ_EXAMPLES}; the seed is fixed)")
    add_live_options(parser)


def add_live_options(parser: pytest.Parser) -> None:
    group = parser.getgroup("ibkr-live", "IBKR live contract mode (paper accounts)")
    group.addoption(
        "--live", action="store_true",
        help="run the read-only operations against the real server configured by "
             "IBKR_GATEWAY_URL or the IBKR_OAUTH_* variables, validating every response")
    group.addoption(
        "--record", action="store_true",
        help="with --live: write scrubbed VCR cassettes of what the server answered")
    group.addoption(
        "--record-dir", type=Path, default=DEFAULT_RECORD_DIR,
        help=f"where --record writes cassettes (default {DEFAULT_RECORD_DIR})")
    group.addoption(
        "--allow-writes", action="store_true",
        help="with --live: also run flows that change account state (watchlists, alerts, "
             "orders); refused unless the account is a paper account (DU...)")

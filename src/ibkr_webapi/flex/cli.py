"""``ibkr-webapi flex``: fetch a report from the Flex Web Service, or summarize a report file.

    ibkr-webapi flex fetch --query 123456 [--token-env IBKR_FLEX_TOKEN] -o report.xml
    ibkr-webapi flex summary report.xml
    ibkr-webapi flex sync --query 123456 --db flex.sqlite [--token-env IBKR_FLEX_TOKEN]

``fetch`` saves the report with the extension of what IBKR sent (a CSV query's report
asked for as report.xml is saved as report.csv, and the message says so).

The token is read from an environment variable, never from the command line
(where it would land in shell history and process lists).
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import sqlite3
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO, TypeVar

from .errors import FlexError
from .fetch import DEFAULT_BASE_URL, FetchProgress, FetchResult, FlexClient
from .parser import iter_entries
from .policy import RetryPolicy
from .sync import SyncError, sync

T = TypeVar("T")

DEFAULT_TOKEN_ENV = "IBKR_FLEX_TOKEN"
EXIT_ERROR = 1
EXIT_USAGE = 2


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    """Add ``flex fetch`` and ``flex summary`` to the ``ibkr-webapi`` parser."""
    flex = subparsers.add_parser("flex", help="Flex Web Service reports")
    commands = flex.add_subparsers(dest="flex_command", metavar="COMMAND", required=True)
    fetch = commands.add_parser("fetch", help="generate and download a Flex report")
    fetch.add_argument("--query", required=True, help="Flex query ID")
    fetch.add_argument("--token-env", default=DEFAULT_TOKEN_ENV, help="variable holding the token")
    fetch.add_argument("-o", "--output", required=True, type=Path, help="where to save the report")
    fetch.add_argument(
        "--deadline", type=float, default=600.0, help="give up after this many seconds"
    )
    fetch.add_argument("--base-url", default=DEFAULT_BASE_URL, help=argparse.SUPPRESS)
    fetch.set_defaults(handler=run_fetch)
    sync = commands.add_parser("sync", help="fetch a report and store its new rows in SQLite")
    sync.add_argument("--query", required=True, help="Flex query ID")
    sync.add_argument("--db", required=True, type=Path, help="SQLite database (created if new)")
    sync.add_argument("--token-env", default=DEFAULT_TOKEN_ENV, help="variable holding the token")
    sync.add_argument(
        "--deadline", type=float, default=600.0, help="give up after this many seconds"
    )
    sync.add_argument("--base-url", default=DEFAULT_BASE_URL, help=argparse.SUPPRESS)
    sync.set_defaults(handler=run_sync)
    summary = commands.add_parser("summary", help="summarize a Flex report (XML or CSV)")
    summary.add_argument("report", type=Path)
    summary.add_argument("--date-format", default=None, help="e.g. dd/MM/yyyy when not detectable")
    summary.set_defaults(handler=run_summary)


def _with_client(args: argparse.Namespace, work: Callable[[FlexClient, ProgressDisplay], T]
                 ) -> T | int:
    """Run `work` with a FlexClient on the token of ``--token-env``, progress on stderr; an
    exit status instead when the token is missing or the work fails (the error printed)."""
    token = os.environ.get(args.token_env, "").strip()
    if not token:
        print(f"error: set the Flex token in ${args.token_env}", file=sys.stderr)
        return EXIT_USAGE
    progress = ProgressDisplay(sys.stderr)
    policy = RetryPolicy(deadline=args.deadline)
    try:
        with FlexClient(token, base_url=args.base_url, policy=policy) as client:
            outcome = work(client, progress)
    except (FlexError, SyncError, sqlite3.Error) as error:
        progress.finish()
        print(f"error: {error}", file=sys.stderr)
        return EXIT_ERROR
    progress.finish()
    return outcome


def run_fetch(args: argparse.Namespace) -> int:
    fetched = _with_client(
        args, lambda client, progress: client.fetch(args.query, args.output, on_progress=progress)
    )
    if isinstance(fetched, int):
        return fetched
    result = with_right_extension(fetched)
    print(describe_fetch(result))
    if result.format in ("xml", "csv"):
        print(summarize(result.path))
    return 0


def with_right_extension(result: FetchResult) -> FetchResult:
    """Rename the saved report when its extension says another format than it has."""
    wanted = {"xml": ".xml", "csv": ".csv"}.get(result.format)
    if wanted is None or result.path.suffix.lower() == wanted:
        return result
    target = result.path.with_suffix(wanted)
    result.path.replace(target)
    return dataclasses.replace(result, path=target)


def run_sync(args: argparse.Namespace) -> int:
    synced = _with_client(
        args, lambda client, progress: sync(args.query, args.db, client=client,
                                            on_progress=progress)
    )
    if isinstance(synced, int):
        return synced
    print(f"synced query {args.query} ({synced.report_format}) into {args.db}")
    print(synced.summary())
    return 0


def run_summary(args: argparse.Namespace) -> int:
    out, err = sys.stdout, sys.stderr
    try:
        print(summarize(args.report, date_format=args.date_format), file=out)
    except (FlexError, OSError) as error:
        print(f"error: {error}", file=err)
        return EXIT_ERROR
    return 0


class ProgressDisplay:
    """One status line, rewritten in place on a terminal, one line per event otherwise."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._live = stream.isatty()
        self._dirty = False

    def __call__(self, progress: FetchProgress) -> None:
        text = progress_text(progress)
        if self._live:
            self._stream.write(f"\r\x1b[2K{text}")
            self._dirty = True
        else:
            self._stream.write(f"{text}\n")
        self._stream.flush()

    def finish(self) -> None:
        if self._dirty:
            self._stream.write("\n")
            self._dirty = False


def progress_text(progress: FetchProgress) -> str:
    """One line describing a progress event.

    >>> progress_text(FetchProgress("waiting", 12.0, delay=4.5, code=1019))
    '[12s] IBKR is generating the report (1019); next try in 4.5s'
    """
    stamp = f"[{progress.elapsed:.0f}s]"
    if progress.stage == "waiting":
        what = "IBKR is generating the report" if progress.code == 1019 else "server busy"
        code = f" ({progress.code})" if progress.code else ""
        return f"{stamp} {what}{code}; next try in {progress.delay:.1f}s"
    if progress.stage == "downloading":
        return f"{stamp} asking for the statement (try {progress.attempt})"
    if progress.stage == "done":
        return f"{stamp} downloaded {progress.received:,} bytes"
    return f"{stamp} requesting the report"


def describe_fetch(result: FetchResult) -> str:
    return (
        f"saved {result.path} ({result.size:,} bytes, {result.format}) in {result.elapsed:.1f}s; "
        f"reference {result.reference_code}, {result.attempts} GetStatement call(s)"
    )


def summarize(path: Path, *, date_format: str | None = None) -> str:
    """Statements, row counts per section and schema drift of a report, streamed."""
    stream = iter_entries(path, date_format=date_format)
    counts: Counter[tuple[str, str]] = Counter()
    for entry in stream:
        counts[(entry.statement.account_id or "?", entry.section)] += 1
    lines = [f"query {stream.response.query_name!r}: {len(stream.statements)} statement(s)"]
    for statement in stream.statements:
        lines.append(
            f"  {statement.account_id}: {statement.from_date} to {statement.to_date}"
            f" ({statement.period})"
        )
        lines.extend(
            f"    {section}: {count} row(s)"
            for (account, section), count in sorted(counts.items())
            if account == (statement.account_id or "?")
        )
    drift = stream.drift.summary()
    lines.append(
        f"schema drift:\n  {drift.replace(chr(10), chr(10) + '  ')}"
        if drift
        else "schema drift: none"
    )
    return "\n".join(lines)

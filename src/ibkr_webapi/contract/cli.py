"""``ibkr-webapi contract``: check recorded traffic against the installed contract, record it.

    ibkr-webapi contract check PATH... [--json] [--junit FILE] [--strict]
    ibkr-webapi contract record --out DIR [--operation ID ...] [--format cassette|vcr]

``check`` reads this project's cassettes, VCR.py YAML cassettes, HAR files, websocket frames
(JSON lines) and Flex reports (files or folders) and prints a findings table per operation.
It exits 1 when a finding fails the run (violations and unreadable recordings; with
``--strict`` drift too) or when the paths hold no recording at all, else 0. Needs the
``contract`` extra; this module imports nothing heavy, so ``ibkr-webapi --help`` works in the
base install.

>>> parser = argparse.ArgumentParser(prog="ibkr-webapi")
>>> register(parser.add_subparsers())
>>> args = parser.parse_args(["contract", "check", "a.har", "cassettes/", "--strict"])
>>> [str(p) for p in args.paths], args.strict, args.json
(['a.har', 'cassettes'], True, False)
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

EXTRA_HINT = "this command needs the contract extra: pip install 'ibkr-webapi[contract]'"
CONTRACT_MODULES = frozenset({"jsonschema", "referencing", "yaml", "xmlschema"})


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    """Add ``contract check`` and ``contract record`` to the ``ibkr-webapi`` parser."""
    contract = subparsers.add_parser("contract", help="contract tests of recorded traffic")
    commands = contract.add_subparsers(dest="contract_command", metavar="COMMAND", required=True)
    check = commands.add_parser("check", help="check recorded traffic against the contract")
    check.add_argument("paths", nargs="+", type=Path, metavar="PATH",
                       help="files or folders: cassettes, VCR YAML, HAR, .jsonl frames, Flex")
    check.add_argument("--json", action="store_true", help="print JSON instead of tables")
    check.add_argument("--junit", type=Path, metavar="FILE", help="also write JUnit XML here")
    check.add_argument("--strict", action="store_true", help="drift fails the run too")
    check.set_defaults(handler=run_check)
    record = commands.add_parser("record", help="record a live server's answers, scrubbed")
    record.add_argument("--out", type=Path, required=True, help="folder for the cassettes")
    record.add_argument("--operation", action="append", default=[],
                        help="only this operationId (repeatable)")
    record.add_argument("--format", choices=("cassette", "vcr"), default="cassette",
                        help="this project's format (default) or VCR.py YAML")
    record.set_defaults(handler=run_record)


def _missing_extra(error: ImportError) -> bool:
    return (error.name or "").split(".")[0] in CONTRACT_MODULES


def run_check(args: argparse.Namespace) -> int:
    """Check every path; print the report; write JUnit XML if asked."""
    try:
        from ibkr_webapi.contract.check import check_paths
        from ibkr_webapi.contract.check_output import json_report, junit_report, text_report
        from ibkr_webapi.contract.results import failed
    except ImportError as error:
        if not _missing_extra(error):
            raise
        print(f"{EXTRA_HINT} ({error.name} is missing)", file=sys.stderr)
        return 2
    checked = check_paths(args.paths)
    if not checked:  # an empty folder is a misconfigured job, not a passing one
        print("no recordings found in " + ", ".join(map(str, args.paths)), file=sys.stderr)
        return 1
    report = json_report if args.json else text_report
    print(report(checked, strict=args.strict))
    if args.junit is not None:
        args.junit.parent.mkdir(parents=True, exist_ok=True)
        args.junit.write_text(junit_report(checked, strict=args.strict), encoding="utf-8")
    return 1 if failed(checked, strict=args.strict) else 0


def run_record(args: argparse.Namespace) -> int:
    """Record read-only operations from the server the environment configures."""
    try:
        from ibkr_webapi.contract.recorder import record_from_env
    except ImportError as error:
        if not _missing_extra(error):
            raise
        print(f"{EXTRA_HINT} ({error.name} is missing)", file=sys.stderr)
        return 2
    return record_from_env(args.out, os.environ, operations=args.operation, fmt=args.format,
                           echo=lambda line: print(line, flush=True))

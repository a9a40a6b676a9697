"""The ``ibkr-webapi`` command: an argparse main built from subcommand registrations.

Each entry of SUBCOMMANDS names a module with ``register(subparsers)``; that
function adds its parser and sets ``handler`` (a function of the parsed
arguments returning the exit code). Add a command by adding its module here.

>>> from ibkr_webapi.cli import build_parser
>>> build_parser().parse_args(["flex", "fetch", "--query", "1", "-o", "r.xml"]).query
'1'
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from typing import Final

SUBCOMMANDS: Final = ("ibkr_webapi.flex.cli", "ibkr_webapi.mock.cli")
"""Modules providing ``register(subparsers)``."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="ibkr-webapi", description="IBKR Web API tools")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for module_name in SUBCOMMANDS:
        importlib.import_module(module_name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``ibkr-webapi``; returns the exit code."""
    args = build_parser().parse_args(argv)
    code: int = args.handler(args)
    return code


if __name__ == "__main__":
    sys.exit(main())

"""The ``ibkr-webapi`` command: an argparse main built from subcommand registrations.

Each entry of SUBCOMMANDS names a module with ``register(subparsers)``; that
function adds its parser and sets ``handler`` (a function of the parsed
arguments returning the exit code). Add a command by adding its module here.
A module whose optional dependencies are not installed still gets its command,
which then names the extra to install.

>>> from ibkr_webapi.cli import build_parser
>>> build_parser().parse_args(["flex", "fetch", "--query", "1", "-o", "r.xml"]).query
'1'
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from typing import Any, Final

SUBCOMMANDS: Final = {
    "ibkr_webapi.flex.cli": ("flex", ""),
    "ibkr_webapi.mock.cli": ("mock", "mock"),
    "ibkr_webapi.contract.cli": ("contract", "contract"),
    "ibkr_webapi.codegen.cli": ("generate", "codegen"),
}
"""Modules providing ``register(subparsers)``: their command and the extra they need."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="ibkr-webapi", description="IBKR Web API tools")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for module_name, (command, extra) in SUBCOMMANDS.items():
        try:
            module = importlib.import_module(module_name)
        except ImportError as error:
            if not extra or (error.name or "").startswith("ibkr_"):
                raise
            _register_missing(subparsers, command, extra, str(error.name))
        else:
            module.register(subparsers)
    return parser


def _register_missing(subparsers: argparse._SubParsersAction[Any], command: str, extra: str,
                      missing: str) -> None:
    hint = f"needs the {extra} extra: pip install 'ibkr-webapi[{extra}]' ({missing} is missing)"
    parser = subparsers.add_parser(command, help=hint, add_help=False)
    parser.add_argument("rest", nargs=argparse.REMAINDER)

    def handler(args: argparse.Namespace) -> int:
        print(f"ibkr-webapi {command} {hint}", file=sys.stderr)
        return 2

    parser.set_defaults(handler=handler)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``ibkr-webapi``; returns the exit code."""
    args = build_parser().parse_args(argv)
    code: int = args.handler(args)
    return code


if __name__ == "__main__":
    sys.exit(main())

"""``ibkr-webapi generate``: regenerate the typed client from the installed contract plus your
own Overlay 1.0 documents, without a fork.

    ibkr-webapi generate --overlay my-fields.yaml [--overlay more.yaml ...] --out patched/

writes ``patched/openapi.json`` (the patched effective spec) and ``patched/ibkr_client`` with
the same pinned generator, templates and configuration as the project's ``nox -s generate``.
``PYTHONPATH=patched`` makes your programs (and ``ibkr_webapi.Client``) use it. Needs the
``codegen`` extra; this module imports nothing heavy.

>>> parser = argparse.ArgumentParser(prog="ibkr-webapi")
>>> register(parser.add_subparsers())
>>> args = parser.parse_args(["generate", "--overlay", "a.yaml", "--overlay", "b.yaml",
...                           "--out", "patched"])
>>> [str(p) for p in args.overlay], str(args.out)
(['a.yaml', 'b.yaml'], 'patched')
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path
from typing import Any

EXTRA_HINT = "this command needs the codegen extra: pip install 'ibkr-webapi[codegen]'"


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    """Add ``generate`` to the ``ibkr-webapi`` parser."""
    generate = subparsers.add_parser(
        "generate", help="regenerate ibkr_client from the installed spec plus your overlays")
    generate.add_argument("--overlay", action="append", type=Path, default=[], metavar="FILE",
                          help="an Overlay 1.0 document, applied in the order given (repeatable)")
    generate.add_argument("--out", type=Path, required=True, metavar="DIR",
                          help="folder for openapi.json and the ibkr_client package")
    generate.set_defaults(handler=run_generate)


def run_generate(args: argparse.Namespace) -> int:
    """Regenerate; a bad overlay or a generator failure is a message and exit status 1."""
    try:
        from ibkr_webapi.codegen.generator import regenerate
        from ibkr_webapi.codegen.overlay import OverlayError
    except ImportError as error:
        print(f"{EXTRA_HINT} ({error.name} is missing)", file=sys.stderr)
        return 2
    for overlay in args.overlay:
        if not overlay.is_file():
            print(f"no such overlay file: {overlay}", file=sys.stderr)
            return 1
    try:
        package = regenerate(args.overlay, args.out)
    except OverlayError as error:
        print(f"overlay error: {error}", file=sys.stderr)
        return 1
    except subprocess.CalledProcessError as error:
        print(f"the generator failed ({error.cmd[0]} exited {error.returncode})",
              file=sys.stderr)
        return 1
    print(f"generated {package} (use it with PYTHONPATH={args.out})")
    return 0

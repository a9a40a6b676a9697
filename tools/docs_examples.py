"""Run the README's Python examples, which the guides include verbatim (one source, no copies).

README.md marks each section the site includes with snippet markers
(``<!-- --8<-- [start:first-bot] -->``); pymdownx.snippets pastes those sections into the
guides, and this tool runs every ``python`` block inside them. Each section has a run rule:

- ``script``: the block runs as written, in a fresh interpreter, with the environment given
  (``IBKR_TARGET=mock`` runs a bot against the embedded mock, as the README says).
- ``stream``: a websocket fragment that uses a REST ``client``; it runs inside ``async def``
  with an AsyncClient on the in-process mock, until it has printed the lines asked for.
- ``files``: runs in a folder holding the files it opens (a Flex report built by the mock).
- ``imports``: the block talks to a real Gateway or IBKR; it is compiled and every name it
  imports must exist, so a renamed API fails the build. The rest needs credentials.

A section with a python block and no rule fails the build: a new example gets a rule.
Shell blocks (``nox -s ...``) are the commands CI itself runs (.ci/run).
"""

from __future__ import annotations

import ast
import importlib
import os
import re
import subprocess
import sys
import tempfile
import textwrap
from dataclasses import dataclass, field
from pathlib import Path

from docs_common import ROOT, DocsError

README = ROOT / "README.md"
SECTION = re.compile(r"--8<-- \[start:([a-z][-_0-9a-z]*)\].*?\n(.*?)--8<-- \[end:\1\]", re.S)
PYTHON_BLOCK = re.compile(r"```python\n(.*?)```", re.S)
TIMEOUT = 120


@dataclass(frozen=True)
class Rule:
    kind: str
    env: dict[str, str] = field(default_factory=dict)
    expect: tuple[str, ...] = ()
    """Patterns (re.search, multiline) the output must match."""


RULES = {
    "first-bot": Rule("script", {"IBKR_TARGET": "mock"}, (r"^placed order \S+",)),
    "mock-server": Rule("script", expect=(r"^U1234567\n2\n$",)),
    # A tick of a price: "<last price> <the same number as IBKR's display string>".
    "websockets": Rule("stream", expect=(r"^(\d+\.\d+) \1$",)),
    "flex": Rule("files"),
    "generated-client": Rule("imports"),
    "authentication": Rule("imports"),
}

STREAM_HARNESS = '''
import asyncio, builtins
from ibkr_webapi import AsyncClient, Target
from ibkr_webapi.mock.app import MockServer
from ibkr_webapi.mock.config import MockConfig

class _Enough(Exception):
    pass

def print(*args, **kwargs):
    builtins.print(*args, **kwargs)
    raise _Enough

async def _example(client):
{body}

async def _main():
    with MockServer(MockConfig(seed=7)) as server:
        async with AsyncClient(Target.in_process(server)) as client:
            try:
                await asyncio.wait_for(_example(client), 60)
            except _Enough:
                return
    raise SystemExit("the example printed nothing")

asyncio.run(_main())
'''

FILES_HARNESS = '''
from pathlib import Path
from ibkr_webapi.mock.flex_report import build_report
from ibkr_webapi.mock.world import build_world
report = build_report(build_world(seed=0, clock=lambda: 1_760_022_000.0))
Path("statement.xml").write_bytes(report)
Path("big.xml").write_bytes(report)
del Path, build_report, build_world, report
'''


def sections(text: str) -> dict[str, list[str]]:
    """Section name -> its python blocks, for every marked section of the README."""
    return {name: PYTHON_BLOCK.findall(body) for name, body in SECTION.findall(text)}


def run_python(source: str, *, env: dict[str, str], cwd: Path, label: str) -> str:
    result = subprocess.run([sys.executable, "-c", source], cwd=cwd, capture_output=True,
                            text=True, timeout=TIMEOUT, env={**os.environ, **env}, check=False)
    if result.returncode != 0:
        raise DocsError(f"README example {label!r} failed:\n{result.stdout}{result.stderr}")
    return result.stdout


def check_imports(source: str, label: str) -> None:
    """Compile the block and check every ``from X import Y`` / ``import X`` resolves."""
    tree = ast.parse(source, filename=f"README.md ({label})")
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            module = importlib.import_module(node.module)
            for alias in node.names:
                if not hasattr(module, alias.name):
                    try:
                        importlib.import_module(f"{node.module}.{alias.name}")
                    except ImportError:
                        raise DocsError(f"README example {label!r}: {node.module} has no "
                                        f"{alias.name}") from None
        elif isinstance(node, ast.Import):
            for alias in node.names:
                importlib.import_module(alias.name)


def run_block(name: str, rule: Rule, source: str, workdir: Path) -> str:
    if rule.kind == "imports":
        check_imports(source, name)
        return "imports resolve"
    if rule.kind == "stream":
        source = STREAM_HARNESS.format(body=textwrap.indent(source, "    "))
    elif rule.kind == "files":
        source = FILES_HARNESS + source
    output = run_python(source, env=rule.env, cwd=workdir, label=name)
    missing = [pattern for pattern in rule.expect if not re.search(pattern, output, re.M)]
    if missing:
        raise DocsError(f"README example {name!r} printed {output!r}, without {missing}")
    return f"ran, {len(output.splitlines())} lines of output"


def run_all(readme: Path = README) -> dict[str, str]:
    """Run every python block of every marked README section; returns what was done."""
    done: dict[str, str] = {}
    for name, blocks in sections(readme.read_text(encoding="utf-8")).items():
        if blocks and name not in RULES:
            raise DocsError(f"README section {name!r} has python examples but no run rule "
                            "in tools/docs_examples.py")
        for number, source in enumerate(blocks, start=1):
            with tempfile.TemporaryDirectory() as workdir:
                done[f"{name}#{number}"] = run_block(name, RULES[name], source, Path(workdir))
    return done


if __name__ == "__main__":
    for label, outcome in run_all().items():
        print(f"{label}: {outcome}")

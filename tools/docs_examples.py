"""Run the README's Python examples, which the guides include verbatim (one source, no copies).

README.md marks each section the site includes with snippet markers
(``<!-- --8<-- [start:first-bot] -->``); pymdownx.snippets pastes those sections into the
guides, and this tool runs every ``python`` block inside them. Each section has a run rule:

- ``script``: the block runs as written, in a fresh interpreter, with the environment given
  (``IBKR_TARGET=mock`` runs a bot against the embedded mock, as the README says).
- ``stream``: a websocket fragment that uses a REST ``client``; it runs inside ``async def``
  with an AsyncClient on the in-process mock, until it has printed the lines asked for.
- ``files``: runs in a folder holding the files it opens (a Flex report built by the mock).
- ``mock``: the block talks to a Gateway or to IBKR. It runs as written with every httpx
  client of the process sent to an in-process mock (Gateway or OAuth mode), the mock's
  test-only credentials in the environment (``IBKR_OAUTH_*``) and the mock's test-only
  certificate as ``gateway-cert.pem``; like a cassette, only the network is replaced. A
  ``preamble`` supplies what the README takes from an earlier section (an import).

A section with a python block and no rule fails the build: a new example gets a rule.
Shell blocks (``nox -s ...``) are the commands CI itself runs (.ci/run).
"""

from __future__ import annotations

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
    auth: str = "gateway"
    preamble: str = ""


RULES = {
    "first-bot": Rule("script", {"IBKR_TARGET": "mock"}, (r"^placed order \S+",)),
    "mock-server": Rule("script", expect=(r"^U1234567\n2\n$",)),
    # A tick of a price: "<last price> <the same number as IBKR's display string>", which
    # carries a "C" (previous close) outside trading hours, as the README's comment shows.
    "websockets": Rule("stream", expect=(r"^(\d+\.\d+) C?\1$",)),
    "flex": Rule("files"),
    "generated-client": Rule("mock", expect=(r"^U1234567 USD$",)),
    # Uses `Client` as imported by the generated-client section just above it in the README.
    "authentication": Rule("mock", auth="oauth", preamble="from ibkr_client import Client\n"),
}

MOCK_HARNESS = '''
import os, shutil
import httpx
from ibkr_webapi.mock.app import MockServer
from ibkr_webapi.mock.config import MockConfig
from ibkr_webapi.mock.gates.oauth import TEST_ONLY_KEYS

_server = MockServer(MockConfig(seed=7, auth={auth!r})).__enter__()
shutil.copy(TEST_ONLY_KEYS / "gateway_cert.pem", "gateway-cert.pem")
if {auth!r} == "oauth":
    _credentials = _server.oauth_credentials()
    os.environ.update({{"IBKR_OAUTH_" + name: _credentials[key] for name, key in (
        ("CONSUMER_KEY", "consumer_key"), ("ACCESS_TOKEN", "access_token"),
        ("ACCESS_TOKEN_SECRET", "access_token_secret"), ("SIGNATURE_KEY", "signature_key"),
        ("ENCRYPTION_KEY", "encryption_key"), ("DH_PARAMS", "dh_parameters"),
        ("REALM", "realm"))}})
_connect = httpx.Client.__init__

def _to_the_mock(self, *args, **kwargs):
    kwargs["transport"] = _server.transport()
    _connect(self, *args, **kwargs)

httpx.Client.__init__ = _to_the_mock
del os, shutil, MockServer, MockConfig, TEST_ONLY_KEYS
'''

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


def run_block(name: str, rule: Rule, source: str, workdir: Path) -> str:
    if rule.kind == "mock":
        source = MOCK_HARNESS.format(auth=rule.auth) + rule.preamble + source
    elif rule.kind == "stream":
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

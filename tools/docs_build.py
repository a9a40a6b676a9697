"""Build the documentation site into site/ (``nox -s docs`` runs this), offline, failing loudly.

Steps: stage docs/pages into build/docs/pages; generate the REST, websocket, Flex and Python
API pages and the docs copy of the spec; render the REST reference with Redocly's
``build-docs`` (Redoc, scripts inlined, no CDN); write the navigation into a copy of
docs/mkdocs.yml; ``mkdocs build --strict``; then check the built site (docs_check.py): every
operation of the spec is in the REST reference and on its tag page, and every internal link
and anchor resolves.
"""

from __future__ import annotations

import os
import pkgutil
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import yaml

import docs_check
import docs_flex
import docs_rest
import docs_websocket
from docs_common import DOCS, PAGES, REST_HTML, ROOT, SITE, STAGE, write_page

API_PACKAGES = ("ibkr_webapi", "ibkr_auth")
API_SKIPPED = ("ibkr_webapi.demo", "ibkr_webapi.mock.world", "ibkr_webapi.mock.handlers",
               "ibkr_webapi.mock.gates")
"""The mock's internals (its simulated world, route handlers, request gates) and the demo
script are implementation, not API; the mock's API (app, config, plugin...) is documented."""


def stage() -> None:
    shutil.rmtree(STAGE, ignore_errors=True)
    shutil.copytree(DOCS / "pages", PAGES)


def api_modules() -> list[str]:
    """Every module of the two packages, the skipped internals aside (walked, not listed)."""
    found = []
    for package in API_PACKAGES:
        module = __import__(package)
        found.append(package)
        found += [info.name for info in pkgutil.walk_packages(module.__path__, package + ".")
                  if not info.name.startswith(API_SKIPPED) and "__main__" not in info.name]
    return found


def api_page_of(module: str) -> str:
    """Modules are grouped one page per package (``ibkr_webapi.ws`` holds ws.*) or top module."""
    parts = module.split(".")
    return ".".join(parts[:2]) if len(parts) > 1 else parts[0]


def api_pages() -> list[str]:
    pages: dict[str, list[str]] = {}
    for module in api_modules():
        pages.setdefault(api_page_of(module), []).append(module)
    for page, modules in pages.items():
        blocks = [f"::: {module}\n    options:\n      heading_level: 2\n" for module in modules]
        write_page(f"api/{page}.md", f"# {page}\n\n" + "\n".join(blocks))
    rows = "\n".join(f"- [{page}]({page}.md)" for page in pages)
    write_page("api/index.md", "# Python API\n\nFrom the docstrings of `ibkr_webapi` and "
               "`ibkr_auth`; every docstring example runs in the docs build. Not shown: "
               + ", ".join(f"`{name}`" for name in API_SKIPPED) + " (the demo script and the "
               "mock's internals).\n\n" + rows + "\n")
    return ["api/index.md", *(f"api/{page}.md" for page in pages)]


def pages_under(folder: str, first: str) -> list[str]:
    others = sorted(p.relative_to(PAGES).as_posix() for p in (PAGES / folder).glob("*.md"))
    return [first, *(page for page in others if page != first)]


def navigation(api: list[str]) -> dict[str, Any]:
    return {
        "REST reference": [{"All operations (Redoc)": REST_HTML},
                           *pages_under("reference/operations", "reference/operations/index.md"),
                           "reference/observed-deviations.md"],
        "Websocket reference": ["reference/websocket.md"],
        "Flex reference": pages_under("reference/flex", "reference/flex/index.md"),
        "Python API": api,
    }


def write_config(api: list[str]) -> Path:
    config = yaml.safe_load((DOCS / "mkdocs.yml").read_text(encoding="utf-8"))
    filled = navigation(api)
    config["nav"] = [{name: filled.get(name, pages) for name, pages in entry.items()}
                     for entry in config["nav"]]
    path = STAGE / "mkdocs.yml"
    path.write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    return path


def redoc() -> None:
    """The REST reference page, rendered by the pinned Redocly CLI (npm ci in the session)."""
    out = PAGES / REST_HTML
    out.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(["npx", "--no-install", "redocly", "build-docs", str(docs_rest.ENRICHED),
                    "--output", str(out), "--inlineBundle", "--config", "redocly.yaml",
                    "--title", "ibkr-webapi REST reference"], cwd=ROOT, check=True,
                   # Off, the CLI sends nothing and writes disableTelemetry into the page,
                   # which would otherwise report every page view to Redocly's servers.
                   env={**os.environ, "REDOCLY_TELEMETRY": "off"})


def mkdocs(config: Path) -> None:
    shutil.rmtree(SITE, ignore_errors=True)
    env = {**os.environ, "PYTHONPATH": str(ROOT / "tools"), "NO_MKDOCS_2_WARNING": "1"}
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--config-file",
                    str(config)], cwd=ROOT, check=True, env=env)


def main() -> int:
    started = time.monotonic()
    stage()
    operations = docs_rest.build()
    topics = docs_websocket.build()
    sections = docs_flex.build()
    api = api_pages()
    redoc()
    mkdocs(write_config(api))
    pages = docs_check.check_site(SITE)
    print(f"docs: {operations} REST operations, {topics} websocket operations, {sections} Flex "
          f"sections, {len(api)} API pages; {pages} HTML pages in site/ "
          f"in {time.monotonic() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

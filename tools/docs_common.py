"""What the documentation generators (tools/docs_*.py) share: paths, the staging folder, Markdown.

The site is built from a staging folder (build/docs/pages): the handwritten pages of docs/pages
copied as they are, plus the pages generated from the contract (REST index, websocket and Flex
references). Nothing generated is committed, so the site cannot go stale against the spec.
"""

from __future__ import annotations

import html
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
STAGE = ROOT / "build" / "docs"
PAGES = STAGE / "pages"
SITE = ROOT / "site"
SPEC = ROOT / "generated" / "openapi.json"
REST_HTML = "rest/index.html"
"""Where the Redoc page lands, relative to the site root (and to the staged pages)."""


class DocsError(Exception):
    """The documentation cannot be built as it stands (a missing operation, a broken link...)."""


def load_spec(path: Path = SPEC) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return document


def cell(text: object) -> str:
    """Text that is safe inside one Markdown table cell (no pipes, no line breaks)."""
    return " ".join(str(text).split()).replace("|", "\\|")


def code(text: object) -> str:
    """Inline code that survives backticks in the text."""
    value = str(text)
    fence = "``" if "`" in value else "`"
    pad = " " if fence == "``" else ""
    return f"{fence}{pad}{value}{pad}{fence}"


def code_cell(text: object) -> str:
    """Inline code for a table cell: Markdown cannot escape a pipe inside backticks there."""
    return f"<code>{html.escape(str(text)).replace('|', '&#124;')}</code>"


def prose(text: object) -> str:
    """Text from a contract file (XSD documentation...) on one line, its markup escaped."""
    return html.escape(" ".join(str(text).split()), quote=False)


def table(header: Iterable[str], rows: Iterable[Iterable[object]]) -> str:
    head = list(header)
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(cell(value) for value in row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def fenced(text: str, language: str = "") -> str:
    fence = "````" if "```" in text else "```"
    return f"{fence}{language}\n{text.rstrip()}\n{fence}\n"


def write_page(relative: str, text: str) -> Path:
    """Write a generated page under the staged pages; returns its path."""
    path = PAGES / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def slug(text: str) -> str:
    """An anchor id made of lowercase letters, digits and dashes."""
    out = "".join(char.lower() if char.isalnum() else "-" for char in text)
    return "-".join(part for part in out.split("-") if part)

"""Write what a real server answered as VCR cassettes, always through the scrubber.

Example:
    >>> import httpx
    >>> request = httpx.Request("GET", "https://api.ibkr.com/v1/api/portfolio/U7654321/meta")
    >>> response = httpx.Response(200, json={"accountTitle": "Jo Doe"}, request=request)
    >>> cassette = scrubbed_cassette([interaction_of(response)], Scrubber())
    >>> cassette["interactions"][0]["request"]["uri"]
    'https://api.ibkr.com/v1/api/portfolio/U0000001/meta'
    >>> cassette["interactions"][0]["response"]["body"]["string"]
    '{"accountTitle": "Scrubbed Name 1"}'
"""

from __future__ import annotations

from http import HTTPStatus
from pathlib import Path
from typing import Any

import httpx
import yaml

from ibkr_webapi.contract.scrub import Scrubber


def _headers(headers: httpx.Headers) -> dict[str, list[str]]:
    collected: dict[str, list[str]] = {}
    for name, value in headers.multi_items():
        collected.setdefault(name, []).append(value)
    return collected


def _text(content: bytes) -> str | None:
    return content.decode("utf-8", errors="replace") if content else None


def interaction_of(response: httpx.Response) -> dict[str, Any]:
    """One vcrpy interaction: the request that was sent and the response (read in full)."""
    request = response.request
    response.read()
    try:
        reason = HTTPStatus(response.status_code).phrase
    except ValueError:
        reason = response.reason_phrase
    return {
        "request": {
            "method": request.method,
            "uri": str(request.url),
            "body": _text(request.content),
            "headers": _headers(request.headers),
        },
        "response": {
            "status": {"code": response.status_code, "message": reason},
            "headers": _headers(response.headers),
            "body": {"string": _text(response.content) or ""},
        },
    }


def scrubbed_cassette(interactions: list[dict[str, Any]], scrubber: Scrubber) -> dict[str, Any]:
    """A cassette of `interactions` with every secret replaced."""
    return scrubber.cassette({"version": 1, "interactions": interactions})


def write_cassette(
    path: Path, interactions: list[dict[str, Any]], scrubber: Scrubber
) -> Path:
    """Scrub, then write; nothing unscrubbed ever reaches the disk."""
    cassette = scrubbed_cassette(interactions, scrubber)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(cassette, sort_keys=False), encoding="utf-8")
    return path

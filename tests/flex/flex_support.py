"""Helpers of the Flex tests: a fake clock, a sync bridge to ASGI apps, report builders."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[2]
# The project is not installed in every environment the suite runs in; make its three
# import roots visible the way the wheel lays them out.
for folder in ("src", "generated", "auth_plugins"):
    if str(ROOT / folder) not in sys.path:
        sys.path.insert(0, str(ROOT / folder))

SAMPLES = ROOT / "contract_tests" / "flex" / "samples"


class FakeClock:
    """Monotonic time that only moves when someone sleeps."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)


class SyncASGITransport(httpx.BaseTransport):
    """httpx.ASGITransport driven from synchronous code (one private event loop)."""

    def __init__(self, app: Any) -> None:
        self._inner = httpx.ASGITransport(app=app)
        self._loop = asyncio.new_event_loop()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        body = request.read()

        async def call() -> httpx.Response:
            forwarded = httpx.Request(
                request.method, request.url, headers=request.headers, content=body
            )
            response = await self._inner.handle_async_request(forwarded)
            content = await response.aread()
            return httpx.Response(response.status_code, headers=response.headers, content=content)

        return self._loop.run_until_complete(call())

    def close(self) -> None:
        self._loop.close()


def statement_xml(sections: str, *, header: str = 'accountId="U1"') -> bytes:
    """A minimal report around the given section XML."""
    return (
        '<FlexQueryResponse queryName="t" type="AF"><FlexStatements count="1">'
        f"<FlexStatement {header}>{sections}</FlexStatement></FlexStatements></FlexQueryResponse>"
    ).encode()

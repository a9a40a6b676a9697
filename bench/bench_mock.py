"""The mock server's throughput: run ``python bench/bench_mock.py`` from the repository root.

The mock runs under uvicorn in a subprocess on 127.0.0.1 (so client and server do not share
a GIL); one keep-alive httpx.Client sends simple GETs (GET /iserver/auth/status, which passes
the whole gate chain: routing, pacing off, session gate, request rules, handler, JSON). The
same client then calls a bare Starlette app returning the same JSON, served the same way:
the ratio is what the mock's machinery costs per request. In-process figures (the
ASGITransport every test uses) are printed too. Also measured: the time to build a server.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for folder in ("src", "auth_plugins", "generated"):
    sys.path.insert(0, str(ROOT / folder))

import httpx  # noqa: E402

REQUESTS = 2_000
ROUNDS = 5
PATH = "/v1/api/iserver/auth/status"
SERVER = """
import sys
sys.path[:0] = {paths!r}
from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route
from ibkr_webapi.mock.app import MockServer
from ibkr_webapi.mock.config import MockConfig
from ibkr_webapi.mock.serve import serve_forever
server = MockServer(MockConfig(pacing=False))
if {bare!r}:
    body = server.world.session.status()
    app = Starlette(routes=[Route({path!r}, lambda request: JSONResponse(body))])
else:
    app = server.app
serve_forever(app, {port})
"""


def start(port: int, bare: bool) -> subprocess.Popen[bytes]:
    paths = [str(ROOT / folder) for folder in ("src", "auth_plugins", "generated")]
    code = SERVER.format(paths=paths, bare=bare, path=PATH, port=port)
    process = subprocess.Popen([sys.executable, "-c", code])
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            httpx.get(f"http://127.0.0.1:{port}{PATH}")
            return process
        except httpx.TransportError:
            time.sleep(0.05)
    process.kill()
    raise RuntimeError(f"the server on port {port} did not start")


def best_rate(send: Callable[[], object]) -> float:
    rates = []
    for _ in range(ROUNDS):
        began = time.perf_counter()
        for _ in range(REQUESTS):
            send()
        rates.append(REQUESTS / (time.perf_counter() - began))
    return max(rates)


def loopback_rate(port: int, bare: bool) -> float:
    process = start(port, bare)
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}") as client:
            assert client.get(PATH).json()["connected"] is True
            return best_rate(lambda: client.get(PATH).raise_for_status())
    finally:
        process.terminate()
        process.wait()


def in_process_rate() -> float:
    from ibkr_webapi.mock.app import MockServer
    from ibkr_webapi.mock.config import MockConfig

    with MockServer(MockConfig(pacing=False)) as server:
        client = server.http_client(auth=None)
        return best_rate(lambda: client.get(PATH.removeprefix("/v1/api")).raise_for_status())


def startup_seconds() -> float:
    from ibkr_webapi.mock.app import MockServer
    from ibkr_webapi.mock.config import MockConfig

    MockServer(MockConfig())  # imports and the spec load, once per process
    times = []
    for seed in range(5):
        began = time.perf_counter()
        MockServer(MockConfig(seed=seed, auth="oauth"))
        times.append(time.perf_counter() - began)
    return statistics.median(times)


def main() -> None:
    import_began = time.perf_counter()
    import ibkr_webapi.mock.app  # noqa: F401

    imported = time.perf_counter() - import_began
    mock = loopback_rate(18765, bare=False)
    bare = loopback_rate(18766, bare=True)
    print(f"loopback, uvicorn, keep-alive GET {PATH}:")
    print(f"  mock        {mock:8.0f} req/s")
    print(f"  bare app    {bare:8.0f} req/s   (mock/bare = {mock / bare:.2f})")
    print(f"in process (sync client on the ASGI app): {in_process_rate():.0f} req/s")
    print(f"import {imported * 1000:.0f} ms; building a server (OAuth mode) "
          f"{startup_seconds() * 1000:.1f} ms")


if __name__ == "__main__":
    main()

"""Per-request cost of the facade: run ``python bench/bench_facade.py`` from the repository root.

One operation, GET /iserver/accounts (``client.accounts.get_brokerage_accounts()``), sent
four ways against the same mock endpoint (pacing off in the mock, brokerage session open):

1. client side only (an httpx.MockTransport answering the mock's bytes): what the facade's
   machinery costs per request, with no server time to hide it;
2. in process (the mock's sync ASGI transport): a bare ``httpx.Client.get`` versus the
   facade (pacing, the Gateway auth plugin, retries bookkeeping, the generated parser and
   the typed model, the DEBUG log check);
3. over loopback (the mock under uvicorn in a subprocess, keep-alive): a bare httpx GET,
   the facade, and ibind 0.2.2 (``IbkrClient.receive_brokerage_accounts``, requests-based).

The facade's limiter keeps the spec's limits and windows but runs on a clock a thousand times
faster, so the limiter does all its work while never making a request wait: the ratio is the
cost of the machinery, not of IBKR's 10 requests per second. Ratios are facade/bare and
facade/ibind per request (lower is better).
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PATHS = [str(ROOT / folder) for folder in ("src", "auth_plugins", "generated")]
sys.path[:0] = PATHS

import httpx  # noqa: E402

REQUESTS = 1_000
ROUNDS = 5
PORT = 18791
PATH = "/iserver/accounts"
SERVER = """
import sys
sys.path[:0] = {paths!r}
from ibkr_webapi.mock.app import MockServer
from ibkr_webapi.mock.config import MockConfig
from ibkr_webapi.mock.serve import serve_forever
serve_forever(MockServer(MockConfig(pacing=False, session_initialised=True)).app, {port})
"""
DILATION = 1000.0


def per_request(*senders: Callable[[], object]) -> list[float]:
    """Best mean seconds per request of each sender, over `ROUNDS` rounds of `REQUESTS`.
    Rounds alternate between the senders, so load from other processes hits them alike."""
    for send in senders:
        for _ in range(50):
            send()  # warm up: connections, caches, the lazy brokerage session
    best = [float("inf")] * len(senders)
    for _ in range(ROUNDS):
        for index, send in enumerate(senders):
            began = time.perf_counter()
            for _ in range(REQUESTS):
                send()
            best[index] = min(best[index], (time.perf_counter() - began) / REQUESTS)
    return best


def facade(target: object) -> object:
    from ibkr_webapi.client import Client
    from ibkr_webapi.retries import RetryPolicy
    from ibkr_webapi.settings import Settings, Timing

    fast = Timing(clock=lambda: time.perf_counter() * DILATION,
                  sleep=lambda seconds: time.sleep(seconds / DILATION))
    # The call deadline is on the same dilated clock: 30 s of real time, not 30 ms.
    retry = RetryPolicy(deadline=RetryPolicy().deadline * DILATION)
    return Client(target, settings=Settings(tickle_interval=None, retry=retry),  # type: ignore[arg-type]
                  timing=fast)


def in_process() -> tuple[float, float]:
    from ibkr_webapi.mock.app import MockServer
    from ibkr_webapi.mock.config import MockConfig
    from ibkr_webapi.targets import Target

    with MockServer(MockConfig(pacing=False, session_initialised=True)) as server:
        bare = server.http_client(auth=None)
        client = facade(Target.in_process(server))
        bare_time, facade_time = per_request(lambda: bare.get(PATH).raise_for_status(),
                                             client.accounts.get_brokerage_accounts)  # type: ignore[attr-defined]
        client.close()  # type: ignore[attr-defined]
    return bare_time, facade_time


def client_side_only() -> tuple[float, float]:
    """Both clients on an httpx.MockTransport answering the mock's recorded bytes: what the
    client machinery alone costs, without any server time to hide it."""
    from ibkr_webapi.mock.app import MockServer
    from ibkr_webapi.mock.config import MockConfig
    from ibkr_webapi.targets import Target

    with MockServer(MockConfig(pacing=False, session_initialised=True)) as server:
        recorded = server.http_client(auth=None).get(PATH)
        base_url, auth = server.base_url, server.default_auth()

    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/ssodh/init"):  # the auth plugin opens the session once
            return httpx.Response(200, json={"authenticated": True, "connected": True})
        return httpx.Response(200, content=recorded.content,
                              headers={"content-type": "application/json"})

    bare = httpx.Client(base_url=base_url, transport=httpx.MockTransport(answer))
    client = facade(Target("mock", base_url, auth, transport=httpx.MockTransport(answer)))
    bare_time, facade_time = per_request(lambda: bare.get(PATH).raise_for_status(),
                                         client.accounts.get_brokerage_accounts)  # type: ignore[attr-defined]
    client.close()  # type: ignore[attr-defined]
    return bare_time, facade_time


def start_server() -> subprocess.Popen[bytes]:
    process = subprocess.Popen([sys.executable, "-c", SERVER.format(paths=PATHS, port=PORT)])
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            httpx.post(f"http://127.0.0.1:{PORT}/v1/api/tickle")
            return process
        except httpx.TransportError:
            time.sleep(0.05)
    process.kill()
    raise RuntimeError(f"the mock did not start on port {PORT}")


def loopback() -> tuple[float, float, float]:
    from ibind import IbkrClient  # type: ignore[import-untyped]

    from ibkr_auth import GatewaySession
    from ibkr_webapi.targets import Target

    base_url = f"http://127.0.0.1:{PORT}/v1/api"
    process = start_server()
    try:
        bare = httpx.Client(base_url=base_url)
        session = GatewaySession(base_url, verify=False, environ={})
        client = facade(Target("gateway", base_url, session, session.ssl_context))
        ibind = IbkrClient(url=base_url + "/", auto_register_shutdown=False, max_retries=0)
        bare_time, facade_time, ibind_time = per_request(
            lambda: bare.get(PATH).raise_for_status(),
            client.accounts.get_brokerage_accounts,  # type: ignore[attr-defined]
            ibind.receive_brokerage_accounts)
        bare.close()
        client.close()  # type: ignore[attr-defined]
        ibind.close()
    finally:
        process.terminate()
        process.wait()
    return bare_time, facade_time, ibind_time


def main() -> None:
    import logging

    logging.getLogger("ibind").setLevel(logging.WARNING)
    bare_cs, facade_cs = client_side_only()
    bare_in, facade_in = in_process()
    bare_lo, facade_lo, ibind_lo = loopback()
    print(f"GET {PATH}, best mean of {ROUNDS} x {REQUESTS} requests, microseconds per request")
    print(f"client only  bare httpx {bare_cs * 1e6:7.0f}   facade {facade_cs * 1e6:7.0f}   "
          f"facade/bare = {facade_cs / bare_cs:.2f}   (canned response, no server)")
    print(f"in process   bare httpx {bare_in * 1e6:7.0f}   facade {facade_in * 1e6:7.0f}   "
          f"facade/bare = {facade_in / bare_in:.2f}   (target < 1.5)")
    print(f"loopback     bare httpx {bare_lo * 1e6:7.0f}   facade {facade_lo * 1e6:7.0f}   "
          f"facade/bare = {facade_lo / bare_lo:.2f}")
    print(f"loopback     ibind 0.2.2 {ibind_lo * 1e6:6.0f}   facade/ibind = "
          f"{facade_lo / ibind_lo:.2f}   (target < 1)")
    print(f"facade overhead per request: {(facade_cs - bare_cs) * 1e6:.0f} us (pacing, auth, "
          f"parsing into the typed model, retry bookkeeping, logging check)")


if __name__ == "__main__":
    main()

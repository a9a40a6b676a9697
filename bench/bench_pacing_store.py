"""Per-request cost of the shared Redis pacing store against the in-memory default:
run ``python bench/bench_pacing_store.py`` from the repository root (needs redis-server on
PATH and the ``[redis]`` extra).

Both limiters have the spec's operations and windows, but rates so high (10 requests per
microsecond) that no request ever waits: what is measured is the bookkeeping, one
``acquire(...).release()`` per request, for an operation with only the global window and
for one with a concurrency cap (a lease taken and given back). The Redis server runs on
loopback, as next to a worker. Ratio: Redis/memory per request (the price of sharing).
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / folder) for folder in ("src", "auth_plugins", "generated")]

from ibkr_webapi.pacing import Limiter, OperationLimit, Rate, spec_limits  # noqa: E402
from ibkr_webapi.stores import PacingStoreConfig  # noqa: E402

REQUESTS = 2_000
ROUNDS = 3
FAST = 1e-6


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def limiter(store: PacingStoreConfig | None) -> Limiter:
    global_rate, _, limits = spec_limits()
    fast = {op: OperationLimit(Rate(limit.rate.requests, FAST) if limit.rate else None,
                               limit.concurrent) for op, limit in limits.items()}
    return Limiter(Rate(global_rate.requests, FAST), fast, penalty_seconds=0.0, margin=0.0,
                   store=store.build if store else None)


def per_request(send: Callable[[], object]) -> float:
    for _ in range(100):
        send()
    best = float("inf")
    for _ in range(ROUNDS):
        began = time.perf_counter()
        for _ in range(REQUESTS):
            send()
        best = min(best, (time.perf_counter() - began) / REQUESTS)
    return best


def main() -> None:
    binary = shutil.which("redis-server")
    if binary is None:
        raise SystemExit("redis-server is not installed (apt-get install -y redis-server)")
    port = free_port()
    server = subprocess.Popen([binary, "--port", str(port), "--bind", "127.0.0.1", "--save",
                               "", "--appendonly", "no"], stdout=subprocess.DEVNULL)
    try:
        time.sleep(0.5)
        memory, shared = limiter(None), limiter(
            PacingStoreConfig(f"redis://127.0.0.1:{port}/0", "bench"))
        print(f"per request, best of {ROUNDS} x {REQUESTS}:")
        for operation in ("get_brokerage_accounts", "get_market_data_history"):
            costs = [per_request(lambda chosen=chosen, op=operation: chosen.acquire(op).release())
                     for chosen in (memory, shared)]
            print(f"  {operation:<24} memory {costs[0] * 1e6:7.1f} us   redis "
                  f"{costs[1] * 1e6:7.1f} us   redis/memory {costs[1] / costs[0]:6.1f}x")
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()

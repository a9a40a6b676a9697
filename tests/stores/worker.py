"""One worker process of the shared-store tests: ``python worker.py '<job as JSON>'``.

It paces by the spec's limits sped up like the mock's (store_support.PACING_SCALE), through
a Redis pacing store when the job names one, and prints one JSON line: what it saw.

Jobs: ``burst`` (open the client, then send the mixed requests from several threads),
``hold_slot`` (take a concurrency slot, say so, and wait to be killed), ``handshake``
(OAuth: a few requests with the session state shared through Redis).
"""

from __future__ import annotations

import json
import logging
import sys
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from ibkr_auth import OAuth1aAuth
from ibkr_auth.errors import AuthError
from ibkr_webapi.client import Client
from ibkr_webapi.errors import IbkrError
from ibkr_webapi.pacing import Limiter, OperationLimit, Rate, spec_limits
from ibkr_webapi.retries import RetryPolicy
from ibkr_webapi.settings import Settings
from ibkr_webapi.stores import PacingStoreConfig, SessionStoreConfig, decode_store_key
from ibkr_webapi.targets import Target
from store_support import MARGIN, PACING_SCALE, PENALTY

CYCLE = (["/iserver/accounts"] * 30 + ["/fyi/unreadnumber"] * 4 + ["/portfolio/accounts"]
         + ["/iserver/marketdata/history?conid=265598&period=1d&bar=1h"] * 4
         + ["/iserver/marketdata/snapshot?conids=265598&fields=31"])
"""Forty requests: the global limit, three operation windows and a concurrency cap."""


def scaled_limiter(job: dict[str, Any]) -> Limiter:
    global_rate, _, limits = spec_limits()
    scaled = {op: OperationLimit(
        Rate(limit.rate.requests, limit.rate.per_seconds * PACING_SCALE) if limit.rate else None,
        limit.concurrent) for op, limit in limits.items()}
    store = None
    if job.get("redis_url"):
        store = PacingStoreConfig(job["redis_url"], job.get("identity", "workers"),
                                  job.get("on_unavailable", "error"),
                                  slot_ttl=job.get("slot_ttl", 60.0)).build
    return Limiter(Rate(global_rate.requests, global_rate.per_seconds * PACING_SCALE), scaled,
                   penalty_seconds=PENALTY, margin=MARGIN, store=store)


def gateway_client(job: dict[str, Any]) -> Client:
    settings = Settings(tickle_interval=None, retry=RetryPolicy(attempts=1))
    return Client(Target.gateway(job["base_url"], verify=False, environ={}), settings=settings,
                  limiter=scaled_limiter(job))


def burst(job: dict[str, Any]) -> dict[str, Any]:
    client = gateway_client(job)
    statuses: Counter[str] = Counter()
    refused: Counter[str] = Counter()
    try:
        client.open()
        opened = True
    except IbkrError:
        opened = False

    def send(path: str) -> None:
        try:
            status = client.http.get(path).status_code
            statuses[str(status)] += 1
            if status == 429:
                refused[path.split("?")[0]] += 1
        except AuthError as error:  # the brokerage session's lazy opening met a 429
            statuses[type(error).__name__] += 1

    paths = (CYCLE * (job["requests"] // len(CYCLE) + 1))[:job["requests"]]
    started = time.monotonic()
    with ThreadPoolExecutor(job.get("threads", 4)) as pool:
        list(pool.map(send, paths))
    client.close()
    return {"opened": opened, "statuses": dict(statuses), "refused": dict(refused),
            "seconds": round(time.monotonic() - started, 2)}


def hold_slot(job: dict[str, Any]) -> dict[str, Any]:
    limiter = scaled_limiter(job)
    # Every slot, never released: the process gets killed holding them.
    held = [limiter.acquire("get_market_data_history") for _ in range(job["slots"])]
    print(json.dumps({"holding": len(held)}), flush=True)
    time.sleep(600)
    return {}


def handshake(job: dict[str, Any]) -> dict[str, Any]:
    auth = OAuth1aAuth.from_env(job["environ"])
    session = SessionStoreConfig(job["redis_url"], decode_store_key(job["key"]))
    settings = Settings(tickle_interval=None, session_store=session,
                        retry=RetryPolicy(attempts=1))
    with Client(Target.oauth(auth), settings=settings, limiter=scaled_limiter(job)) as client:
        accounts = [client.http.get("/iserver/accounts").status_code for _ in range(3)]
    return {"statuses": accounts}


JOBS = {"burst": burst, "hold_slot": hold_slot, "handshake": handshake}

if __name__ == "__main__":
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    request = json.loads(sys.argv[1])
    print(json.dumps(JOBS[request["job"]](request)), flush=True)

"""What OAuth 1.0a signing costs: run ``python bench/bench_auth.py`` from the repository root.

Requests go through httpx.Client with an httpx.MockTransport (no network), once unsigned and
once with OAuth1aAuth holding a live session token, so the difference is what signing adds.
The live session token computation (one modular exponentiation in a 2048-bit group plus an
HMAC) is timed on its own, next to the building of the RSA-signed token request.

Keys are the repository's test-only keys (src/ibkr_webapi/mock/test_only_keys). Targets: signing
adds under 50 µs per request; the live session token computation takes under 20 ms.
"""

from __future__ import annotations

import contextlib
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "auth_plugins"))

import httpx  # noqa: E402

from ibkr_auth import OAuth1aAuth, compute_live_session_token  # noqa: E402
from ibkr_auth.live_session import live_session_token_request  # noqa: E402

KEYS = ROOT / "src" / "ibkr_webapi" / "mock" / "test_only_keys"
KNOWN = json.loads((KEYS / "known_answers.json").read_text())
VECTOR = KNOWN["vectors"][0]
URL = "https://1.api.ibkr.com/v1/api/iserver/marketdata/snapshot"
PARAMS = {"conids": "265598,8314", "fields": "31,84,86"}
REQUESTS = 5_000
ROUNDS = 7


def mock_ibkr(request: httpx.Request) -> httpx.Response:
    if request.url.path.endswith("/oauth/live_session_token"):
        return httpx.Response(200, json={
            "diffie_hellman_response": VECTOR["dh_response"],
            "live_session_token_signature": VECTOR["live_session_token_signature"],
            "live_session_token_expiration": int((time.time() + 86400) * 1000),
        })
    return httpx.Response(200, json={})


def make_auth() -> OAuth1aAuth:
    return OAuth1aAuth(
        consumer_key=KNOWN["consumer_key"], access_token=KNOWN["access_token"],
        access_token_secret=KNOWN["access_token_secret"],
        signature_key=KEYS / "private_signature.pem",
        encryption_key=KEYS / "private_encryption.pem", dh_parameters=KEYS / "dhparam.pem",
        realm=KNOWN["realm"], environ={},
        dh_random_factory=lambda: int(VECTOR["dh_random_hex"], 16),
    )


def per_call_us(run: Callable[[], object], calls: int) -> float:
    start = time.perf_counter_ns()
    for _ in range(calls):
        run()
    return (time.perf_counter_ns() - start) / calls / 1000


def best_per_call_us(run: Callable[[], object], calls: int, rounds: int = ROUNDS) -> float:
    """The fastest round's mean time per call, in µs (the least disturbed measurement)."""
    return min(per_call_us(run, calls) for _ in range(rounds))


def request_costs() -> tuple[float, float]:
    """Unsigned and signed requests, rounds interleaved so both see the same machine load."""
    transport = httpx.MockTransport(mock_ibkr)
    with httpx.Client(transport=transport) as plain, \
            httpx.Client(transport=transport, auth=make_auth()) as signed:
        signed.get(URL, params=PARAMS)  # obtain the live session token outside the timing
        unsigned, signed_ = [], []
        for _ in range(ROUNDS):
            unsigned.append(per_call_us(lambda: plain.get(URL, params=PARAMS), REQUESTS))
            signed_.append(per_call_us(lambda: signed.get(URL, params=PARAMS), REQUESTS))
    return min(unsigned), min(signed_)


def auth_flow_us(auth: httpx.Auth, requests: list[httpx.Request]) -> float:
    """Mean time of one pass through an auth flow, as httpx drives it, over fresh requests."""
    response = httpx.Response(200)
    start = time.perf_counter_ns()
    for request in requests:
        flow = auth.sync_auth_flow(request)
        next(flow)
        with contextlib.suppress(StopIteration):
            flow.send(response)
    return (time.perf_counter_ns() - start) / len(requests) / 1000


def flow_overhead_us() -> float:
    """OAuth1aAuth's flow minus httpx's no-op flow: the signing cost without client noise."""
    auth = make_auth()
    with httpx.Client(transport=httpx.MockTransport(mock_ibkr), auth=auth) as client:
        client.get(URL)
        differences = []
        for _ in range(ROUNDS):
            fresh = [client.build_request("GET", URL, params=PARAMS) for _ in range(REQUESTS)]
            fresh_too = [client.build_request("GET", URL, params=PARAMS)
                         for _ in range(REQUESTS)]
            differences.append(auth_flow_us(auth, fresh) - auth_flow_us(httpx.Auth(), fresh_too))
    return min(differences)


def live_session_token_ms() -> tuple[float, float]:
    auth = make_auth()
    prime, dh_random = auth._config.dh_parameters.prime, int(VECTOR["dh_random_hex"], 16)
    prepend = auth._config.prepend.reveal()
    compute = best_per_call_us(
        lambda: compute_live_session_token(VECTOR["dh_response"], dh_random, prime, prepend),
        calls=50) / 1000
    build = best_per_call_us(lambda: live_session_token_request(
        auth._config, dh_random=dh_random, nonce="0" * 32, timestamp="1722886871"),
        calls=50) / 1000
    return compute, build


def main() -> None:
    unsigned_us, signed_us = request_costs()
    flow_us = flow_overhead_us()
    lst_ms, lst_request_ms = live_session_token_ms()
    overhead = signed_us - unsigned_us
    rows = [
        ("unsigned GET via httpx.MockTransport", f"{unsigned_us:9.1f} µs/request", ""),
        ("OAuth1aAuth-signed GET (same)", f"{signed_us:9.1f} µs/request", ""),
        ("signing overhead per request", f"{overhead:9.1f} µs/request",
         "target < 50 µs: " + ("OK" if overhead < 50 else "MISSED")),
        ("auth flow alone, minus httpx's no-op flow", f"{flow_us:9.1f} µs/request",
         "target < 50 µs: " + ("OK" if flow_us < 50 else "MISSED")),
        ("live session token computation", f"{lst_ms:9.2f} ms",
         "target < 20 ms: " + ("OK" if lst_ms < 20 else "MISSED")),
        ("LST request build (DH challenge + RSA sign)", f"{lst_request_ms:9.2f} ms", ""),
    ]
    width = max(len(name) for name, _, _ in rows)
    print(f"Python {sys.version.split()[0]}, httpx {httpx.__version__}, "
          f"best of {ROUNDS} rounds of {REQUESTS} requests")
    print(f"{'measure':<{width}}  {'value':>18}  check")
    print(f"{'-' * width}  {'-' * 18}  {'-' * 20}")
    for name, value, check in rows:
        print(f"{name:<{width}}  {value:>18}  {check}")


if __name__ == "__main__":
    main()

"""What OAuth 2.0 costs: run ``python bench/bench_oauth2.py`` from the repository root.

- signing: one RS256 client assertion built and signed with joserfc (ibkr_auth.jwt_signing),
  next to the same claims signed with PyJWT, the peer a user would reach for;
- a token request: OAuth2Auth's whole renewal (assertion, POST /oauth2/api/v1/token, SSO
  session with its signed body, both answers read) against the in-process mock, which also
  verifies both JWTs, next to a plain request through the same mock;
- a bearer request: what OAuth2Auth adds to a request once it holds its tokens, over an
  httpx.MockTransport (no network), next to the same request without auth.

Keys are the repository's test-only keys. Targets: signing under 2 ms (one RSA-2048
private-key operation) and within 1.5x of PyJWT; a bearer request adds under 0.1 ms (the
single-flight bookkeeping and one header).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "auth_plugins"))
sys.path.insert(0, str(ROOT / "src"))

import httpx  # noqa: E402
import jwt as pyjwt  # noqa: E402
from cryptography.hazmat.primitives import serialization  # noqa: E402
from cryptography.hazmat.primitives.asymmetric import rsa  # noqa: E402

from ibkr_auth import OAuth2Auth, client_assertion, load_signing_key  # noqa: E402
from ibkr_auth.oauth2 import OAuth2Session  # noqa: E402
from ibkr_auth.secret import Secret  # noqa: E402
from ibkr_webapi.mock.app import MockServer  # noqa: E402
from ibkr_webapi.mock.config import MockConfig  # noqa: E402
from ibkr_webapi.mock.gates.oauth2 import TEST_CLIENT_ID, TEST_CLIENT_KEY  # noqa: E402

TOKEN_URL = "https://api.ibkr.com/oauth2/api/v1/token"
URL = "https://api.ibkr.com/v1/api/iserver/accounts"
ROUNDS = 5


def per_call_us(run: Callable[[], object], calls: int) -> float:
    start = time.perf_counter_ns()
    for _ in range(calls):
        run()
    return (time.perf_counter_ns() - start) / calls / 1000


def best(run: Callable[[], object], calls: int) -> float:
    return min(per_call_us(run, calls) for _ in range(ROUNDS))


def signing() -> tuple[float, float]:
    key = load_signing_key(TEST_CLIENT_KEY)
    # Both sides get a parsed key: parsing a PEM costs far more than signing.
    pem = serialization.load_pem_private_key(TEST_CLIENT_KEY.read_bytes(), None)
    assert isinstance(pem, rsa.RSAPrivateKey)
    counter = iter(range(10**9))

    def ours() -> str:
        return client_assertion(TEST_CLIENT_ID, TOKEN_URL, key, now=int(time.time()),
                                jti=str(next(counter)))

    def peer() -> str:
        now = int(time.time())
        claims = {"iss": TEST_CLIENT_ID, "sub": TEST_CLIENT_ID, "aud": TOKEN_URL, "iat": now,
                  "exp": now + 60, "jti": str(next(counter))}
        return pyjwt.encode(claims, pem, algorithm="RS256")

    return best(ours, 200), best(peer, 200)


def token_requests() -> tuple[float, float]:
    with MockServer(MockConfig(auth="oauth2", pacing=False, session_initialised=True)) as server:
        auth = OAuth2Auth(**server.oauth2_credentials(), base_url=server.base_url, environ={})
        with server.http_client(auth) as http, server.http_client(None) as plain:
            http.get("/iserver/accounts")

            def renew() -> None:
                auth.invalidate()
                http.get("/iserver/accounts")

            def request_only() -> None:
                plain.get("/tickle")

            return best(renew, 30), best(request_only, 30)


def bearer_overhead() -> tuple[float, float]:
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json={}))
    auth = OAuth2Auth(TEST_CLIENT_ID, TEST_CLIENT_KEY, environ={})
    far = time.time() + 10**6
    auth._state = OAuth2Session(Secret("at-bench"), Secret("ss-bench"), far, far)
    with httpx.Client(transport=transport) as plain, \
            httpx.Client(transport=transport, auth=auth) as bearer:
        return best(lambda: plain.get(URL), 3000), best(lambda: bearer.get(URL), 3000)


def main() -> None:
    ours, peer = signing()
    print(f"client assertion (RS256), joserfc via ibkr_auth: {ours:9.1f} µs")
    print(f"same claims, PyJWT (peer):                      {peer:9.1f} µs   "
          f"ratio ours/peer {ours / peer:.2f}")
    renewal, plain = token_requests()
    print(f"token + SSO session renewal, through the mock:  {renewal:9.1f} µs   "
          f"(a plain mock request: {plain:.1f} µs, ratio {renewal / plain:.1f})")
    unsigned, bearer = bearer_overhead()
    print(f"request without auth / with bearer:             {unsigned:9.1f} / {bearer:.1f} µs   "
          f"adds {bearer - unsigned:.1f} µs, ratio {bearer / unsigned:.2f}")


if __name__ == "__main__":
    main()

"""Process-wide transport wrappers: how a test run checks every response the client sees.

`ibkr_webapi.Client`, `AsyncClient` and the mock server's in-process transports pass their
transport through `hooked` / `hooked_async` when they are built. Nothing is installed by
default, so this costs one empty loop; the pytest plugin's ``--ibkr-contract`` option installs
a wrapper that checks each response against the contract (`ibkr_webapi.contract.checking`).
This module imports nothing but httpx, so the base install pays nothing for it.

>>> import httpx
>>> inner = httpx.MockTransport(lambda request: httpx.Response(204))
>>> class Counting(httpx.BaseTransport):
...     seen = 0
...     def __init__(self, inner): self.inner = inner
...     def handle_request(self, request):
...         Counting.seen += 1
...         return self.inner.handle_request(request)
>>> remove = install(Counting, None)
>>> httpx.Client(transport=hooked(inner)).get("https://x.test/").status_code, Counting.seen
(204, 1)
>>> remove()
>>> hooked(inner) is inner
True
"""

from __future__ import annotations

import threading
from collections.abc import Callable

import httpx

SyncWrapper = Callable[[httpx.BaseTransport], httpx.BaseTransport]
AsyncWrapper = Callable[[httpx.AsyncBaseTransport], httpx.AsyncBaseTransport]

_lock = threading.Lock()
_sync: list[SyncWrapper] = []
_async: list[AsyncWrapper] = []


def install(sync: SyncWrapper | None, async_: AsyncWrapper | None) -> Callable[[], None]:
    """Wrap every transport built from now on; returns the function that uninstalls it."""
    with _lock:
        if sync is not None:
            _sync.append(sync)
        if async_ is not None:
            _async.append(async_)

    def remove() -> None:
        with _lock:
            if sync is not None and sync in _sync:
                _sync.remove(sync)
            if async_ is not None and async_ in _async:
                _async.remove(async_)

    return remove


def hooked(transport: httpx.BaseTransport) -> httpx.BaseTransport:
    """`transport` wrapped by every installed sync wrapper (unchanged when there is none)."""
    for wrap in list(_sync):
        transport = wrap(transport)
    return transport


def hooked_async(transport: httpx.AsyncBaseTransport) -> httpx.AsyncBaseTransport:
    """`transport` wrapped by every installed async wrapper."""
    for wrap in list(_async):
        transport = wrap(transport)
    return transport

"""Serving an ASGI app on loopback with uvicorn, in a background thread or in the foreground,
over HTTP or, with `TlsFiles` (see tls.py), HTTPS.

>>> import httpx
>>> from ibkr_webapi.mock.app import create_app
>>> with serving(create_app()) as origin:
...     httpx.post(origin + "/v1/api/tickle").status_code
200
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

import uvicorn
from starlette.types import ASGIApp

from ibkr_webapi.mock.tls import TlsFiles

LOOPBACK = "127.0.0.1"


GRACEFUL_SHUTDOWN_SECONDS = 2
"""How long stopping waits for open connections (a client's idle TLS keep-alive connection
would otherwise hold the mock open for as long as the client keeps it)."""


def _server(app: ASGIApp, port: int, tls: TlsFiles | None) -> uvicorn.Server:
    return uvicorn.Server(uvicorn.Config(
        app, host=LOOPBACK, port=port, log_level="warning", lifespan="off", ws="auto",
        timeout_graceful_shutdown=GRACEFUL_SHUTDOWN_SECONDS,
        ssl_certfile=None if tls is None else str(tls.certificate),
        ssl_keyfile=None if tls is None else str(tls.key)))


@contextmanager
def serving(app: ASGIApp, port: int = 0, tls: TlsFiles | None = None) -> Iterator[str]:
    """Serve `app` on 127.0.0.1:`port` (0: any free port) in a thread; yields the origin
    (``https://`` with `tls`)."""
    server = _server(app, port, tls)
    thread = threading.Thread(target=server.run, name="ibkr-mock-uvicorn", daemon=True)
    thread.start()
    started = threading.Event()
    while not started.wait(0.01):
        if server.started:
            started.set()
        elif not thread.is_alive():
            raise RuntimeError(f"the mock could not serve on {LOOPBACK}:{port}")
    try:
        bound = server.servers[0].sockets[0].getsockname()[1]
        yield f"{'http' if tls is None else 'https'}://{LOOPBACK}:{bound}"
    finally:
        server.should_exit = True
        thread.join()


def serve_forever(app: ASGIApp, port: int, tls: TlsFiles | None = None) -> None:
    """Serve `app` on 127.0.0.1:`port` until interrupted (Ctrl-C)."""
    _server(app, port, tls).run()

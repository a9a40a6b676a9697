"""A hostile Flex Web Service: bombs, oversized, trickling, dropped, truncated and DTD-carrying
reports, entity expansion, XXE and redirects (see hostile_attacks.py)."""

from __future__ import annotations

import random
import socket
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from hostile_support import ChunkStream, MiB, RawServer, attack, gzip_bomb

from ibkr_webapi import flex
from ibkr_webapi.flex.fetch import FlexClient
from ibkr_webapi.flex.limiter import TokenRateLimiter
from ibkr_webapi.flex.policy import RetryPolicy

TOKEN = "123456789012345678901234"
BASE = "https://ndcdyn.interactivebrokers.com/AccountManagement/FlexWebService"
SUCCESS = (b"<FlexStatementResponse timestamp='1 May, 2026 10:00 AM EDT'><Status>Success</Status>"
           b"<ReferenceCode>1234567890</ReferenceCode><Url>" + BASE.encode() +
           b"/GetStatement</Url></FlexStatementResponse>")
REPORT = (b'<?xml version="1.0" encoding="UTF-8"?>\n<FlexQueryResponse queryName="q" type="AF">'
          b'<FlexStatements count="1"><FlexStatement accountId="U1234567" fromDate="20260101" '
          b'toDate="20260131" period="LastMonth" whenGenerated="20260201;120000"/>'
          b"</FlexStatements></FlexQueryResponse>\n")
Handler = Callable[[httpx.Request], httpx.Response]


class Clock:
    """Fake time for the retry waits (the bounds then measure the client's own work)."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds


def client(send: Handler, statement: Handler, clock: Clock | None = None,
           **options: object) -> FlexClient:
    def route(request: httpx.Request) -> httpx.Response:
        return send(request) if request.url.path.endswith("SendRequest") else statement(request)

    clock = clock or Clock()
    return FlexClient(TOKEN, base_url=BASE, transport=httpx.MockTransport(route),
                      limiter=TokenRateLimiter(clock=clock), clock=clock, sleep=clock.sleep,
                      rng=random.Random(7), **options)  # type: ignore[arg-type]


def body(content: bytes, status: int = 200, **headers: str) -> Handler:
    chunks = [content[i:i + MiB] for i in range(0, len(content), MiB)] or [b""]
    return lambda request: httpx.Response(status, headers=headers, stream=ChunkStream(chunks))


def test_flex_send_request_gzip_bomb(tmp_path: Path) -> None:
    bomb = body(gzip_bomb(512 * MiB), **{"Content-Encoding": "gzip"})
    with client(bomb, body(REPORT)) as flex_client, \
            attack("flex_send_request_gzip_bomb", flex.FlexLimitError) as measured:
        flex_client.fetch("42", tmp_path / "report.xml")
    assert isinstance(measured.error, flex.FlexLimitError)
    assert measured.error.limit == "max_flex_envelope_size"


def test_flex_get_statement_gzip_bomb(tmp_path: Path) -> None:
    from ibkr_webapi.limits import Limits  # here, so the old code fails this test only

    bomb = body(gzip_bomb(512 * MiB), **{"Content-Encoding": "gzip"})
    limits = Limits(max_flex_report_size=8 * MiB)
    with client(body(SUCCESS), bomb, limits=limits) as flex_client, \
            attack("flex_get_statement_gzip_bomb", flex.FlexLimitError) as measured:
        flex_client.fetch("42", tmp_path / "report.xml")
    assert isinstance(measured.error, flex.FlexLimitError)
    assert measured.error.limit == "max_flex_report_size"
    assert list(tmp_path.iterdir()) == []


def test_flex_report_over_limit(tmp_path: Path) -> None:
    huge = REPORT.replace(b"</FlexStatements>", b"<!--" + b"x" * (12 * MiB) + b"-->"
                          b"</FlexStatements>")
    from ibkr_webapi.limits import Limits

    limits = Limits(max_flex_report_size=8 * MiB)
    with client(body(SUCCESS), body(huge), limits=limits) as flex_client, \
            attack("flex_report_over_limit", flex.FlexLimitError):
        flex_client.fetch("42", tmp_path / "report.xml")
    assert list(tmp_path.iterdir()) == []


def test_flex_trickling_body(tmp_path: Path) -> None:
    def serve(connection: socket.socket) -> None:
        # SendRequest answers at once; GetStatement trickles a byte every 0.1 s for 20 s.
        served.append(1)
        if len(served) == 1:
            connection.sendall(b"HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: %d"
                               b"\r\n\r\n%s" % (len(success), success))
            return
        connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n" + REPORT[:40])
        for _ in range(200):
            if server.stopped.wait(0.1):
                return
            connection.sendall(b" ")

    served: list[int] = []
    server = RawServer(serve)
    success = SUCCESS.replace(BASE.encode(), server.url.encode())
    policy = RetryPolicy(deadline=2.0, first_poll=0.0)
    try:
        with FlexClient(TOKEN, base_url=server.url, policy=policy,
                        limiter=TokenRateLimiter()) as flex_client, \
                attack("flex_trickling_body", flex.FlexDeadlineExceededError):
            flex_client.fetch("42", tmp_path / "report.xml")
    finally:
        server.close()
    assert list(tmp_path.iterdir()) == []


def test_flex_drop_during_download(tmp_path: Path) -> None:
    attempts: list[int] = []

    def statement(request: httpx.Request) -> httpx.Response:
        attempts.append(1)
        halves = [REPORT[:100], REPORT[100:]]
        return httpx.Response(200, stream=ChunkStream(halves, fail_after=1 if
                                                      len(attempts) == 1 else None))

    with client(body(SUCCESS), statement) as flex_client, \
            attack("flex_drop_during_download"):
        result = flex_client.fetch("42", tmp_path / "report.xml")
    assert result.attempts == 2 and (tmp_path / "report.xml").read_bytes() == REPORT


def test_flex_truncated_report(tmp_path: Path) -> None:
    truncated = REPORT[: len(REPORT) // 2]
    with client(body(SUCCESS), body(truncated), policy=RetryPolicy(deadline=60.0)) \
            as flex_client, attack("flex_truncated_report", flex.FlexDeadlineExceededError) \
            as measured:
        flex_client.fetch("42", tmp_path / "report.xml")
    assert isinstance(measured.error, flex.FlexDeadlineExceededError)
    assert "truncated" in str(measured.error.last_error)
    assert list(tmp_path.iterdir()) == []


DTD = b'<!DOCTYPE FlexQueryResponse [<!ENTITY a "b">]>\n'
DTD_REPORT = REPORT.replace(b"<FlexQueryResponse", DTD + b"<FlexQueryResponse", 1)


def test_flex_report_with_dtd(tmp_path: Path) -> None:
    with client(body(SUCCESS), body(DTD_REPORT)) as flex_client, \
            attack("flex_report_with_dtd", flex.FlexUnsafeXmlError):
        flex_client.fetch("42", tmp_path / "report.xml")
    assert list(tmp_path.iterdir()) == []


# --------------------------------------------------------------------------- held already

LAUGHS = (b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
          + b"".join(b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;")
                                                 * 10) for i in range(1, 10))
          + b']>\n<FlexQueryResponse queryName="&lol9;"></FlexQueryResponse>')
XXE = (b'<?xml version="1.0"?>\n<!DOCTYPE FlexQueryResponse [<!ENTITY xxe SYSTEM '
       b'"file:///etc/passwd">]>\n<FlexQueryResponse queryName="&xxe;"></FlexQueryResponse>')


@pytest.mark.parametrize(("name", "document"), [("flex_entity_expansion", LAUGHS),
                                                ("flex_xxe", XXE)])
def test_flex_parser_refuses_entities(name: str, document: bytes) -> None:
    with attack(name, flex.FlexUnsafeXmlError):
        flex.parse(document)


def test_flex_redirect_to_other_host(tmp_path: Path) -> None:
    seen: list[httpx.URL] = []

    def redirect(request: httpx.Request) -> httpx.Response:
        seen.append(request.url)
        return httpx.Response(302, headers={"Location": "https://evil.example/steal"})

    with client(redirect, body(REPORT)) as flex_client, \
            attack("flex_redirect_to_other_host", flex.FlexTransportError):
        flex_client.send_request("42")
    assert all(url.host.endswith("interactivebrokers.com") for url in seen)

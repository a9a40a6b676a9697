"""The session keeper: POST /tickle on a schedule, ssodh/init when the brokerage session
dropped. Clocks, waits and sleeps are injected: nothing here depends on real time."""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from ibkr_webapi.session_keeper import (
    AsyncSessionKeeper,
    SessionKeeper,
    SessionState,
    TickleOutcome,
)

BASE = "https://localhost:5000/v1/api"
AUTHENTICATED = {"session": "abc", "iserver": {"authStatus": {"authenticated": True}}}
DROPPED = {"session": "abc", "iserver": {"authStatus": {"authenticated": False}}}


class Gateway:
    """Answers tickles from a script of bodies and records every request."""

    def __init__(self, *tickles: Any, init_status: int = 200) -> None:
        self.tickles = list(tickles)
        self.init_status = init_status
        self.paths: list[str] = []
        self.init_bodies: list[Any] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.paths.append(request.url.path)
        if request.url.path.endswith("/iserver/auth/ssodh/init"):
            self.init_bodies.append(json.loads(request.content))
            return httpx.Response(self.init_status, json={"authenticated": True})
        answer = self.tickles.pop(0) if len(self.tickles) > 1 else self.tickles[0]
        if isinstance(answer, Exception):
            raise answer
        if isinstance(answer, httpx.Response):
            return answer
        return httpx.Response(200, json=answer)

    def client(self) -> httpx.Client:
        return httpx.Client(base_url=BASE, transport=httpx.MockTransport(self))

    def async_client(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(base_url=BASE, transport=httpx.MockTransport(self))


@pytest.mark.parametrize(("answer", "state", "inits"), [
    (AUTHENTICATED, SessionState.AUTHENTICATED, 0),
    (DROPPED, SessionState.REINITIALISED, 1),
    ({"error": "no session"}, SessionState.NO_SESSION, 0),
    (httpx.Response(401, json={"error": "not authenticated", "statusCode": 401}),
     SessionState.NO_SESSION, 0),
    (httpx.Response(500, text="oops"), SessionState.ERROR, 0),
    ({"unexpected": True}, SessionState.ERROR, 0),
    (httpx.ConnectError("refused"), SessionState.ERROR, 0),
])
def test_one_tickle(answer: Any, state: SessionState, inits: int) -> None:
    gateway = Gateway(answer)
    with gateway.client() as client:
        outcome = SessionKeeper(client).tickle_once()
    assert outcome.state is state
    assert gateway.paths[0] == "/v1/api/tickle"
    assert len(gateway.init_bodies) == inits
    if inits:
        assert gateway.init_bodies == [{"publish": True, "compete": True}]


def test_failed_reinitialisation_is_reported() -> None:
    gateway = Gateway(DROPPED, init_status=500)
    with gateway.client() as client:
        assert SessionKeeper(client).tickle_once().state is SessionState.NOT_AUTHENTICATED


def test_outcome_keeps_the_session_secret() -> None:
    with Gateway(AUTHENTICATED).client() as client:
        outcome = SessionKeeper(client).tickle_once()
    assert outcome.session is not None and outcome.session.reveal() == "abc"
    assert "abc" not in repr(outcome)


class FakeTime:
    """A monotonic clock plus a wait() that jumps the clock instead of sleeping."""

    def __init__(self, stop_after: int) -> None:
        self.now = 1000.0
        self.waits: list[float] = []
        self.stop_after = stop_after
        self.done = threading.Event()

    def clock(self) -> float:
        return self.now

    def wait(self, timeout: float) -> bool:
        self.waits.append(timeout)
        self.now += timeout + 0.25  # the next tickle starts a little late
        if len(self.waits) >= self.stop_after:
            self.done.set()
            return True
        return False


def test_thread_tickles_on_schedule_and_reinitialises() -> None:
    gateway = Gateway(AUTHENTICATED, DROPPED, AUTHENTICATED)
    fake = FakeTime(stop_after=3)
    outcomes: list[TickleOutcome] = []
    with gateway.client() as client:
        keeper = SessionKeeper(client, interval=60, clock=fake.clock, wait=fake.wait,
                               on_tickle=outcomes.append)
        keeper.start()
        assert fake.done.wait(timeout=30)
        keeper.stop()
    assert [o.state for o in outcomes] == [
        SessionState.AUTHENTICATED, SessionState.REINITIALISED, SessionState.AUTHENTICATED]
    # Deadlines are kept on a fixed grid: a late start shortens the next wait.
    assert fake.waits == [60, 59.75, 59.75]
    assert keeper.last_outcome is outcomes[-1]
    assert not keeper.running


def test_stop_interrupts_the_default_wait() -> None:
    tickled = threading.Event()
    with Gateway(AUTHENTICATED).client() as client:
        keeper = SessionKeeper(client, interval=3600, on_tickle=lambda _: tickled.set())
        with keeper:
            assert keeper.running
            assert tickled.wait(timeout=30)
        assert not keeper.running


def test_interval_must_be_positive() -> None:
    with Gateway(AUTHENTICATED).client() as client, pytest.raises(ValueError):
        SessionKeeper(client, interval=0)


async def test_task_tickles_on_schedule() -> None:
    gateway = Gateway(DROPPED, AUTHENTICATED)
    now = [500.0]
    sleeps: list[float] = []
    third_tickle = asyncio.Event()

    async def fake_sleep(seconds: float) -> None:
        sleeps.append(seconds)
        now[0] += seconds
        await asyncio.sleep(0)

    def on_tickle(outcome: TickleOutcome) -> None:
        outcomes.append(outcome)
        if len(outcomes) == 3:
            third_tickle.set()

    outcomes: list[TickleOutcome] = []
    clock: Callable[[], float] = lambda: now[0]  # noqa: E731
    async with gateway.async_client() as client:
        keeper = AsyncSessionKeeper(client, interval=60, clock=clock, sleep=fake_sleep,
                                    on_tickle=on_tickle)
        async with keeper:
            await asyncio.wait_for(third_tickle.wait(), timeout=30)
        assert not keeper.running
    assert [o.state for o in outcomes[:3]] == [
        SessionState.REINITIALISED, SessionState.AUTHENTICATED, SessionState.AUTHENTICATED]
    assert sleeps[:2] == [60, 60]
    assert gateway.init_bodies == [{"publish": True, "compete": True}]


async def test_async_tickle_once_survives_transport_errors() -> None:
    async with Gateway(httpx.ReadTimeout("slow")).async_client() as client:
        outcome = await AsyncSessionKeeper(client).tickle_once()
    assert outcome.state is SessionState.ERROR


async def test_stop_without_start_is_harmless() -> None:
    async with Gateway(AUTHENTICATED).async_client() as client:
        await AsyncSessionKeeper(client).stop()

"""The limiter: limits from the spec, sliding windows, concurrency caps, the penalty box."""

from __future__ import annotations

import asyncio
import logging
import threading

import pytest

from ibkr_webapi import spec
from ibkr_webapi.pacing import FakeClock, Limiter, OperationLimit, Rate, spec_limits

UNLIMITED = "get_brokerage_accounts"  # only the global limit applies


def limiter(clock: FakeClock, margin: float = 0.05) -> Limiter:
    return Limiter.from_spec(clock=clock, sleep=clock.sleep, async_sleep=clock.async_sleep,
                             margin=margin)


def test_every_limit_comes_from_the_spec() -> None:
    global_rate, penalty, limits = spec_limits()
    root = spec.effective_spec()["x-ibkr-rate-limit"]
    assert global_rate == Rate(root["requests"], root["per_seconds"])
    assert penalty == root["penalty_seconds"]
    declared = {op.operation_id: op.rate_limit for op in spec.iter_operations() if op.rate_limit}
    assert set(limits) == set(declared)
    for operation_id, limit in limits.items():
        definition = declared[operation_id]
        assert limit.concurrent == definition.get("concurrent")
        if "requests" in definition:
            assert limit.rate == Rate(definition["requests"], definition["per_seconds"])


def respects_global_window(starts: list[float]) -> bool:
    """No 11 consecutive starts within one second (10 requests per second)."""
    return all(later - earlier >= 1.0 - 1e-9
               for earlier, later in zip(starts, starts[10:], strict=False))


def starts_of(limiter: Limiter, clock: FakeClock, operation: str, count: int) -> list[float]:
    starts = []
    for _ in range(count):
        limiter.acquire(operation).release()
        starts.append(clock.now)
    return starts


def test_the_global_window_is_never_exceeded() -> None:
    clock = FakeClock()
    starts = starts_of(limiter(clock, margin=0.0), clock, UNLIMITED, 35)
    assert starts[:10] == [0.0] * 10
    assert respects_global_window(starts)


def test_an_operation_window_spaces_its_own_requests() -> None:
    clock = FakeClock()
    assert starts_of(limiter(clock, margin=0.0), clock, "get_live_orders", 3) == [0, 5, 10]


def test_a_slow_operation_does_not_hold_up_the_others() -> None:
    clock = FakeClock()
    paced = limiter(clock, margin=0.0)
    assert paced.reserve("get_portfolio_accounts") == 0
    assert paced.reserve("get_portfolio_accounts") == 5.0  # reserved in the future
    assert paced.reserve(UNLIMITED) == 0  # others still start now


def test_future_reservations_count_in_the_global_window() -> None:
    clock = FakeClock()
    paced = Limiter(Rate(2, 1.0), {"slow": OperationLimit(Rate(1, 5.0))}, penalty_seconds=0,
                    clock=clock, margin=0.0)
    assert [paced.reserve("slow"), paced.reserve("slow")] == [0.0, 5.0]
    assert [paced.reserve("any"), paced.reserve("any"), paced.reserve("any")] == [0.0, 1.0, 1.0]
    # Two starts already sit at 5.0 and 1.0 twice; the window at 5.0 has one free place.
    assert paced.reserve("any") == 2.0


def test_a_429_closes_the_schedule_for_the_penalty_window(
        caplog: pytest.LogCaptureFixture) -> None:
    clock = FakeClock()
    paced = limiter(clock)
    with caplog.at_level(logging.WARNING, logger="ibkr_webapi"):
        assert paced.penalise("tickle") == 900.0  # the spec's penalty_seconds
    assert "429" in caplog.text and "tickle" in caplog.text
    assert paced.held_for() == 900.0
    assert paced.reserve(UNLIMITED) == 900.0
    assert paced.penalise(None, 12.0) == 12.0  # a shorter Retry-After never shortens it
    assert paced.held_for() == 900.0


def test_long_waits_are_logged_as_warnings(caplog: pytest.LogCaptureFixture) -> None:
    clock = FakeClock()
    paced = limiter(clock)
    with caplog.at_level(logging.DEBUG, logger="ibkr_webapi"):
        paced.reserve("get_trades")
        paced.reserve("get_trades")
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1 and "get_trades waits 5.05 s" in warnings[0].getMessage()


def wait_until(predicate: object) -> None:
    event = threading.Event()
    while not predicate():  # type: ignore[operator]
        event.wait(0.001)


def test_concurrency_cap_blocks_threads_until_a_slot_frees() -> None:
    clock = FakeClock()
    paced = limiter(clock)
    capped = "get_market_data_history"  # 5 concurrent requests
    permits = [paced.acquire(capped) for _ in range(5)]
    acquired = threading.Event()

    def sixth() -> None:
        paced.acquire(capped).release()
        acquired.set()

    thread = threading.Thread(target=sixth)
    thread.start()
    wait_until(lambda: len(paced.store._slots[capped]._waiters) == 1)
    assert not acquired.is_set()
    permits.pop().release()
    thread.join()
    assert acquired.is_set()
    for permit in permits:
        permit.release()
    assert paced.store._slots[capped].free == 5


async def test_concurrency_cap_is_shared_by_tasks_and_threads() -> None:
    clock = FakeClock()
    paced = limiter(clock)
    capped = "get_market_data_history"
    permits = [paced.acquire(capped) for _ in range(5)]  # held by "threads"
    task = asyncio.create_task(paced.acquire_async(capped))
    while len(paced.store._slots[capped]._waiters) < 1:
        await asyncio.sleep(0)
    assert not task.done()
    await asyncio.to_thread(permits.pop().release)
    (await task).release()
    for permit in permits:
        permit.release()
    assert paced.store._slots[capped].free == 5


def test_threads_share_one_schedule() -> None:
    clock = FakeClock()
    paced = limiter(clock, margin=0.0)
    starts: list[float] = []
    lock = threading.Lock()

    def burst() -> None:
        for _ in range(5):
            delay = paced.reserve(UNLIMITED)
            with lock:
                starts.append(delay)

    threads = [threading.Thread(target=burst) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    starts.sort()
    assert len(starts) == 30
    assert respects_global_window(starts)


class OversleepingClock(FakeClock):
    """A fake clock whose first sleep overshoots, as a stalled thread wakes late."""

    def __init__(self, overshoot: float) -> None:
        super().__init__()
        self.overshoot = overshoot

    def sleep(self, seconds: float) -> None:
        super().sleep(seconds + self.overshoot)
        self.overshoot = 0.0


def test_a_start_gone_stale_is_booked_again() -> None:
    clock = OversleepingClock(overshoot=0.5)
    paced = limiter(clock, margin=0.05)
    paced.acquire("get_live_orders").release()  # booked at 0, sent at 0
    paced.acquire("get_live_orders").release()  # booked at 5.05, woke at 5.55: books again
    assert clock.now == pytest.approx(10.1)
    # The stale start stays booked (0.0 has left every window by then).
    assert paced.store._windows["get_live_orders"]._starts == pytest.approx([5.05, 10.1])


def test_a_little_lateness_is_within_the_margin() -> None:
    clock = OversleepingClock(overshoot=0.02)
    paced = limiter(clock, margin=0.05)
    paced.acquire("get_live_orders").release()
    paced.acquire("get_live_orders").release()
    assert paced.store._windows["get_live_orders"]._starts == pytest.approx([0.0, 5.05])

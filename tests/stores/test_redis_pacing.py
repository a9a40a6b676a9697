"""The Redis pacing store keeps every rule of the in-memory one, across stores (processes)
naming the same identity, against a real Redis server."""

from __future__ import annotations

import logging

import pytest
import redis

from ibkr_webapi.errors import StoreUnavailableError
from ibkr_webapi.pacing import Limiter, Schedule, spec_limits
from ibkr_webapi.stores import PacingStoreConfig
from ibkr_webapi.stores.config import connect
from ibkr_webapi.stores.guarded import GuardedPacingStore
from ibkr_webapi.stores.redis_pacing import RedisPacingStore
from store_support import RedisServer

CAPPED = "get_market_data_history"  # 5 in flight


def schedule(margin: float = 0.0) -> Schedule:
    global_rate, penalty, limits = spec_limits()
    return Schedule(global_rate, limits, penalty, margin)


def store(url: str, identity: str = "one", **options: float) -> RedisPacingStore:
    return RedisPacingStore(schedule(), connect(url, 1.0), identity, **options)


def starts(url: str, key: str) -> list[float]:
    client = redis.Redis.from_url(url)
    return [score for _, score in client.zrange(f"ibkr-webapi:pacing:{{one}}:{key}", 0, -1,
                                                withscores=True)]


def test_two_processes_share_the_global_window(redis_url: str) -> None:
    first, second = store(redis_url), store(redis_url)
    delays = [(first if turn % 2 else second).reserve("get_brokerage_accounts")
              for turn in range(25)]
    assert delays[:10] == pytest.approx([0.0] * 10, abs=0.05)
    booked = starts(redis_url, "global")
    assert len(booked) == 25
    assert all(later - earlier >= 1.0 - 1e-6
               for earlier, later in zip(booked, booked[10:], strict=False))


def test_two_processes_share_an_operation_window(redis_url: str) -> None:
    first, second = store(redis_url), store(redis_url)
    delays = [first.reserve("get_live_orders"), second.reserve("get_live_orders"),
              first.reserve("get_live_orders")]
    assert delays == pytest.approx([0.0, 5.0, 10.0], abs=0.05)  # 1 request per 5 s


def test_identities_do_not_share(redis_url: str) -> None:
    store(redis_url, "one").reserve("get_live_orders")
    assert store(redis_url, "two").reserve("get_live_orders") == pytest.approx(0.0, abs=0.05)


def test_a_429_in_one_process_holds_the_others(redis_url: str) -> None:
    first, second = store(redis_url), store(redis_url)
    first.penalise(900.0)
    assert second.held_for() == pytest.approx(900.0, abs=1.0)
    assert second.reserve("get_brokerage_accounts") == pytest.approx(900.0, abs=1.0)
    first.penalise(10.0)  # a shorter Retry-After never opens the box early
    assert second.held_for() == pytest.approx(900.0, abs=1.0)


def test_the_concurrency_cap_counts_every_process(redis_url: str) -> None:
    first, second = store(redis_url), store(redis_url)
    held = [first.try_slot(CAPPED) for _ in range(5)]
    assert all(slot is not None for slot in held)
    assert second.try_slot(CAPPED) is None
    held[0].release()  # type: ignore[union-attr]
    again = second.try_slot(CAPPED)
    assert again is not None
    again.release()


def test_a_slot_never_released_comes_back_when_its_lease_expires(redis_url: str) -> None:
    first, second = store(redis_url, slot_ttl=0.3), store(redis_url, slot_ttl=0.3)
    for _ in range(5):
        first.take_slot(CAPPED)  # never released, as by a process that died
    assert second.try_slot(CAPPED) is None
    second.take_slot(CAPPED).release()  # waits for the first lease to expire


async def test_async_waits_share_the_schedule(redis_url: str) -> None:
    limiter = Limiter(*spec_limits()[::2], penalty_seconds=900.0, margin=0.0,
                      store=PacingStoreConfig(redis_url, "one").build)
    permits = [await limiter.acquire_async(CAPPED) for _ in range(5)]
    assert store(redis_url).try_slot(CAPPED) is None
    for permit in permits:
        permit.release()
    assert store(redis_url).try_slot(CAPPED) is not None


def test_an_unreachable_store_is_a_typed_error_by_default(
        stoppable_redis: RedisServer) -> None:
    limiter = Limiter.from_spec(store=PacingStoreConfig(stoppable_redis.url, "one").build)
    limiter.acquire("get_brokerage_accounts").release()
    stoppable_redis.stop()
    with pytest.raises(StoreUnavailableError, match="unreachable") as raised:
        limiter.acquire("get_brokerage_accounts")
    assert raised.value.operation == "get_brokerage_accounts"


def test_the_fallback_paces_in_memory_logs_and_returns_to_redis(
        stoppable_redis: RedisServer, caplog: pytest.LogCaptureFixture) -> None:
    config = PacingStoreConfig(stoppable_redis.url, "one", "memory", retry_after=0.0)
    limiter = Limiter.from_spec(margin=0.0, store=config.build)
    guarded = limiter.store
    assert isinstance(guarded, GuardedPacingStore)
    for _ in range(10):
        limiter.reserve("get_brokerage_accounts")
    stoppable_redis.stop()
    with caplog.at_level(logging.WARNING, "ibkr_webapi"):
        # The memory schedule saw the ten shared starts: the eleventh waits for the first of
        # them to leave the window (at most a second, less what stopping Redis took).
        assert 0.3 < limiter.reserve("get_brokerage_accounts") <= 1.0
        assert guarded.on_fallback
        stoppable_redis.start()
        limiter.reserve("get_brokerage_accounts")
    assert not guarded.on_fallback
    messages = [record.getMessage() for record in caplog.records]
    assert any("unreachable" in message and "this process only" in message
               for message in messages)
    assert any("answers again" in message for message in messages)

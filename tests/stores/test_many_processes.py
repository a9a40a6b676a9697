"""Four processes, one IBKR identity: the mock (``ibkr-webapi mock serve``, Gateway target)
referees, and counts every request and 429 per identity."""

from __future__ import annotations

import json
from typing import Any

from store_support import MockProcess, RedisServer, results, start_workers, wait_for_requests

WORKERS, REQUESTS = 4, 200


def burst(redis_url: str | None) -> tuple[dict[str, dict[str, Any]], list[dict[str, Any]]]:
    """Each of four workers opens a client and sends 200 mixed requests; the mock's counts."""
    mock = MockProcess()
    try:
        job = {"job": "burst", "base_url": mock.base_url, "redis_url": redis_url,
               "requests": REQUESTS}
        reports = results(start_workers(job, WORKERS))
        return mock.identities(), reports
    finally:
        mock.stop()


def too_many(counts: dict[str, dict[str, Any]]) -> int:
    return sum(identity["too_many_requests"] for identity in counts.values())


def test_four_processes_get_429s_alone_and_none_with_the_shared_store(redis_url: str) -> None:
    alone, alone_reports = burst(None)
    shared, shared_reports = burst(redis_url)
    print("\n429s without a store:", too_many(alone), json.dumps(alone_reports))
    print("429s with the Redis store:", too_many(shared), json.dumps(shared_reports))
    # Every request reached the mock, so the counts are whole.
    sent = WORKERS * (REQUESTS + 2)  # + the opening tickle and ssodh/init
    assert sum(identity["requests"] for identity in shared.values()) == sent
    assert too_many(shared) == 0, shared
    assert all(report["opened"] for report in shared_reports)
    assert all(report["statuses"] == {"200": REQUESTS} for report in shared_reports)
    assert too_many(alone) > 0, alone


def test_a_process_killed_holding_every_slot_frees_them_when_the_leases_expire(
        redis_url: str) -> None:
    from ibkr_webapi.pacing import Schedule, spec_limits
    from ibkr_webapi.stores.config import connect
    from ibkr_webapi.stores.redis_pacing import RedisPacingStore

    job = {"job": "hold_slot", "base_url": "unused", "redis_url": redis_url, "slots": 5,
           "slot_ttl": 3.0}
    (holder,) = start_workers(job, 1)
    assert holder.stdout is not None
    assert json.loads(holder.stdout.readline()) == {"holding": 5}
    holder.kill()
    holder.wait(10)
    global_rate, penalty, limits = spec_limits()
    store = RedisPacingStore(Schedule(global_rate, limits, penalty), connect(redis_url, 1.0),
                             "workers")
    assert store.try_slot("get_market_data_history") is None  # the dead process's leases
    slot = store.take_slot("get_market_data_history")  # returns once one lease expires
    slot.release()


def test_four_processes_share_one_live_session_token(redis_url: str) -> None:
    import redis

    from ibkr_webapi.stores import new_store_key

    mock = MockProcess("--auth", "oauth")
    try:
        job = {"job": "handshake", "base_url": mock.base_url, "redis_url": redis_url,
               "environ": mock.environ, "key": new_store_key()}
        reports = results(start_workers(job, WORKERS))
        counts = mock.identities()
    finally:
        mock.stop()
    assert all(report["statuses"] == [200, 200, 200] for report in reports)
    handshakes = sum(identity["operations"].get("get_live_session_token", 0)
                     for identity in counts.values())
    assert handshakes == 1, counts
    client = redis.Redis.from_url(redis_url)
    (name,) = client.keys("ibkr-webapi:session:*live_session_token")
    sealed = client.get(name)
    assert sealed is not None and b"token" not in sealed and b"expires_at" not in sealed


def test_redis_stopping_mid_run_switches_to_memory_pacing_with_a_warning(
        stoppable_redis: RedisServer) -> None:
    mock = MockProcess()
    try:
        job = {"job": "burst", "base_url": mock.base_url, "redis_url": stoppable_redis.url,
               "on_unavailable": "memory", "requests": REQUESTS}
        workers = start_workers(job, 1)
        wait_for_requests(mock, 60)
        stoppable_redis.stop()
        out, err = workers[0].communicate(timeout=120)
    finally:
        mock.stop()
    report = json.loads(out.strip().splitlines()[-1])
    assert workers[0].returncode == 0, err
    assert sum(report["statuses"].values()) == REQUESTS
    assert report["statuses"].get("200") == REQUESTS  # one process alone: its own pacing holds
    assert "shared store at redis://127.0.0.1" in err and "unreachable" in err

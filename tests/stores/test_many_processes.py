"""Four processes, one IBKR identity: the mock (``ibkr-webapi mock serve``, Gateway target)
referees, and counts every request and 429 per identity."""

from __future__ import annotations

import json
from typing import Any

from store_support import MockProcess, results, start_workers

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

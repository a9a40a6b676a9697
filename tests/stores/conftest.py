"""Fixtures of the shared-store tests: a real Redis server per test module (fresh data per
test), and one the test may stop."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import redis

from store_support import RedisServer


@pytest.fixture(scope="module")
def redis_server() -> Iterator[RedisServer]:
    server = RedisServer().start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def redis_url(redis_server: RedisServer) -> Iterator[str]:
    client = redis.Redis.from_url(redis_server.url)
    client.flushall()
    client.close()
    yield redis_server.url


@pytest.fixture
def stoppable_redis() -> Iterator[RedisServer]:
    """A Redis server of this test alone (it may stop it)."""
    server = RedisServer().start()
    try:
        yield server
    finally:
        server.stop()

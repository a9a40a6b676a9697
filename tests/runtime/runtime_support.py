"""Helpers shared by the runtime tests (conftest names collide across test folders)."""

from __future__ import annotations

import random
from typing import Any

from ibkr_webapi.retries import RetryPolicy
from ibkr_webapi.settings import Settings


def quiet_settings(**retry: Any) -> Settings:
    """No session keeper thread; a seeded retry policy (`retry`: RetryPolicy options)."""
    return Settings(tickle_interval=None, retry=RetryPolicy(rng=random.Random(7), **retry))

"""A real Redis server and a real mock server (``ibkr-webapi mock serve``) on free loopback
ports, each in its own process, and worker processes pacing through them."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import httpx
import pytest

WORKER = Path(__file__).with_name("worker.py")
INSTALL = ("redis-server is not installed: the shared-store tests run against a real Redis. "
           "Install it with `apt-get install -y redis-server` (Debian/Ubuntu) or "
           "`brew install redis`; CI (.ci/run) installs it.")
PACING_SCALE = 0.1
"""The mock and the workers run IBKR's limits ten times faster (10 requests per 0.1 s)."""
MARGIN = 0.15
"""Longer than the sped-up window: on a loaded machine a request reaches the mock later than
its booked start (the limiter books again past half the margin, and the mock, starved too,
reads requests in bursts)."""
PENALTY = 0.3


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _wait_for(predicate: Any, what: str, seconds: float = 15.0) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.02)
    raise RuntimeError(f"{what} did not start in {seconds:.0f} s")


class RedisServer:
    """``redis-server`` on a free loopback port, without persistence; stopped on `stop`."""

    def __init__(self) -> None:
        binary = shutil.which("redis-server")
        if binary is None:
            pytest.fail(INSTALL, pytrace=False)
        self.binary = binary
        self.port = free_port()
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> RedisServer:
        self.process = subprocess.Popen(
            [self.binary, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
             "--appendonly", "no", "--protected-mode", "yes"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        import redis

        client = redis.Redis.from_url(self.url)

        def answers() -> bool:
            try:
                return bool(client.ping())
            except redis.RedisError:
                return False

        _wait_for(answers, "redis-server")
        client.close()
        return self

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(10)
            self.process = None


def _before_the_workers() -> None:
    """Run the referee ahead of the workers when allowed (root in CI): IBKR's servers do not
    share the clients' CPU, and a mock starved by them would receive a backlog of requests at
    once, squeezing windows the clients spaced correctly."""
    with contextlib.suppress(OSError):
        os.nice(-10)


class MockProcess:
    """``ibkr-webapi mock serve`` in its own process, its pacing sped up by PACING_SCALE."""

    def __init__(self, *options: str) -> None:
        self.port = free_port()
        command = [sys.executable, "-m", "ibkr_webapi.cli", "mock", "serve", "--port",
                   str(self.port), "--session-open", "--pacing-scale", str(PACING_SCALE),
                   "--penalty-seconds", str(PENALTY), *options]
        self.process = subprocess.Popen(command, stdout=subprocess.PIPE,
                                        stderr=subprocess.DEVNULL, text=True,
                                        preexec_fn=_before_the_workers)
        self.origin = f"http://127.0.0.1:{self.port}"
        self.environ = self._printed_environment(oauth="oauth" in options)
        _wait_for(self._answers, "the mock")

    def _printed_environment(self, *, oauth: bool) -> dict[str, str]:
        """The IBKR_OAUTH_* exports the mock printed (OAuth mode), read off its output."""
        assert self.process.stdout is not None
        exports: dict[str, str] = {}
        for line in self.process.stdout:
            if line.startswith("export "):
                name, value = line.removeprefix("export ").rstrip("\n").split("=", 1)
                exports[name] = value
            if (not oauth and line.startswith("Requests and 429s")) or len(exports) == 8:
                return exports
        raise RuntimeError("the mock ended before printing how to reach it")

    def _answers(self) -> bool:
        try:
            return httpx.get(self.origin + "/mock/identities").status_code == 200
        except httpx.HTTPError:
            return False

    @property
    def base_url(self) -> str:
        return self.origin + "/v1/api"

    def identities(self) -> dict[str, dict[str, int]]:
        counts: dict[str, dict[str, int]] = httpx.get(self.origin + "/mock/identities").json()
        return counts

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(10)


def start_workers(job: dict[str, Any], count: int) -> list[subprocess.Popen[str]]:
    """`count` worker processes running `job` (see worker.py), started together."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    return [subprocess.Popen([sys.executable, str(WORKER), json.dumps(job)], env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for _ in range(count)]


def results(workers: Sequence[subprocess.Popen[str]], timeout: float = 120.0) -> (
        list[dict[str, Any]]):
    """Each worker's JSON report; fails with its stderr if it crashed."""
    reports = []
    for worker in workers:
        out, err = worker.communicate(timeout=timeout)
        if worker.returncode != 0:
            raise AssertionError(f"worker failed ({worker.returncode}):\n{err[-3000:]}")
        reports.append(json.loads(out.strip().splitlines()[-1]))
    return reports


def wait_for_requests(mock: MockProcess, count: int) -> None:
    """Return once the mock has answered `count` requests (a run is under way)."""
    _wait_for(lambda: sum(identity["requests"] for identity in mock.identities().values())
              >= count, f"{count} requests", seconds=60.0)

"""Configuring the shared stores: arguments, environment variables, the default unchanged."""

from __future__ import annotations

import pytest

from ibkr_webapi.client import Client
from ibkr_webapi.mock.app import MockServer
from ibkr_webapi.pacing import MemoryPacingStore
from ibkr_webapi.settings import ConfigurationError, Settings
from ibkr_webapi.stores import PacingStoreConfig, SessionStoreConfig, new_store_key
from ibkr_webapi.stores.guarded import GuardedPacingStore
from ibkr_webapi.targets import Target


def test_without_variables_nothing_is_shared() -> None:
    settings = Settings.from_env({})
    assert settings.pacing_store is None and settings.session_store is None
    with MockServer() as mock:
        client = Client(Target.in_process(mock), settings=Settings(tickle_interval=None))
        assert isinstance(client.limiter.store, MemoryPacingStore)
        assert client.shared_session is None
        client.close()


def test_the_variables_configure_both_stores() -> None:
    key = new_store_key()
    settings = Settings.from_env({
        "IBKR_PACING_URL": "redis://:pw@cache:6379/2", "IBKR_PACING_IDENTITY": "desk",
        "IBKR_PACING_ON_UNAVAILABLE": "memory", "IBKR_PACING_SLOT_TTL": "20",
        "IBKR_SESSION_STORE_URL": "redis://cache:6379/3", "IBKR_SESSION_STORE_KEY": key})
    assert settings.pacing_store == PacingStoreConfig("redis://:pw@cache:6379/2", "desk",
                                                      "memory", slot_ttl=20.0)
    assert isinstance(settings.session_store, SessionStoreConfig)
    assert settings.session_store.identity == "desk"
    assert "pw" not in repr(settings) and key not in repr(settings)


@pytest.mark.parametrize(("environ", "message"), [
    ({"IBKR_PACING_URL": "memcached://x"}, "must start with redis://"),
    ({"IBKR_PACING_URL": "redis://x", "IBKR_PACING_ON_UNAVAILABLE": "shrug"},
     "must be error or memory"),
    ({"IBKR_SESSION_STORE_URL": "redis://x"}, "needs IBKR_SESSION_STORE_KEY"),
    ({"IBKR_SESSION_STORE_URL": "redis://x", "IBKR_SESSION_STORE_KEY": "short"},
     "32 bytes"),
])
def test_bad_variables_are_named(environ: dict[str, str], message: str) -> None:
    with pytest.raises(ConfigurationError, match=message):
        Settings.from_env(environ)


def test_a_client_with_a_pacing_url_paces_through_redis(redis_url: str) -> None:
    with MockServer() as mock:
        settings = Settings.from_env({"IBKR_PACING_URL": redis_url,
                                      "IBKR_TICKLE_INTERVAL": "0"})
        with Client(Target.in_process(mock), settings=settings) as client:
            assert isinstance(client.limiter.store, GuardedPacingStore)
            client.accounts.get_brokerage_accounts()
    import redis

    keys = redis.Redis.from_url(redis_url).keys("ibkr-webapi:pacing:{mock:*}:global")
    assert len(keys) == 1


def test_the_default_client_does_not_import_redis() -> None:
    import subprocess
    import sys

    program = ("import sys\n"
               "from ibkr_webapi import Client, Settings, Target\n"
               "from ibkr_webapi.mock.app import MockServer\n"
               "with MockServer() as mock:\n"
               "    with Client(Target.in_process(mock), settings=Settings.from_env({})) as c:\n"
               "        c.accounts.get_brokerage_accounts()\n"
               "print(sorted(name for name in sys.modules if name.split('.')[0] == 'redis'))\n")
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "[]"

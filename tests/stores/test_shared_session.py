"""Shared session state in one process's view: sealed records, cross-process single flight
(two auth instances stand for two processes), the session keeper, the unreachable store."""

from __future__ import annotations

import logging
import threading

import httpx
import pytest
import redis

from ibkr_auth import OAuth1aAuth
from ibkr_auth.shared_state import BROKERAGE_SESSION, SharedRecord
from ibkr_webapi.client import Client
from ibkr_webapi.errors import StoreUnavailableError
from ibkr_webapi.mock.app import MockServer
from ibkr_webapi.mock.config import MockConfig
from ibkr_webapi.session_keeper import SessionKeeper, SessionState
from ibkr_webapi.settings import Settings
from ibkr_webapi.stores import SessionStoreConfig, decode_store_key, new_store_key
from ibkr_webapi.stores.redis_session import RedisSessionStore
from ibkr_webapi.targets import Target
from store_support import RedisServer


def session_store(url: str, key: str | None = None, *, fail: bool = True,
                  identity: str = "one") -> RedisSessionStore:
    config = SessionStoreConfig(url, decode_store_key(key or new_store_key()), identity,
                                "error" if fail else "memory")
    return config.build()


def test_records_are_sealed_and_open_only_with_the_key(redis_url: str) -> None:
    key = new_store_key()
    store = session_store(redis_url, key)
    store.save("live_session_token", b'{"token": "abc"}', 60)
    raw = redis.Redis.from_url(redis_url).get("ibkr-webapi:session:{one}:live_session_token")
    assert raw is not None and b"abc" not in raw
    assert session_store(redis_url, key).load("live_session_token") == b'{"token": "abc"}'
    assert session_store(redis_url).load("live_session_token") is None  # another key


def test_two_processes_share_one_live_session_token(redis_url: str) -> None:
    key = new_store_key()
    with MockServer(MockConfig(auth="oauth", session_initialised=True, pacing=False)) as mock:
        credentials = mock.oauth_credentials()
        clients = []
        for _ in range(2):
            auth = OAuth1aAuth(**credentials, base_url=mock.base_url, environ={})
            auth.share_state(session_store(redis_url, key))
            clients.append(httpx.Client(base_url=mock.base_url, auth=auth,
                                        transport=mock.transport()))
        assert [client.get("/iserver/accounts").status_code for client in clients] == [200, 200]
        assert mock.requests.count("get_live_session_token") == 1
        # A token the server no longer accepts: one renewal for both, not two.
        mock.expire_live_session_tokens()
        assert [client.get("/iserver/accounts").status_code for client in clients] == [200, 200]
        assert mock.requests.count("get_live_session_token") == 2


def test_two_gateway_processes_open_the_brokerage_session_once(redis_url: str) -> None:
    key = new_store_key()
    with MockServer(MockConfig(pacing=False)) as mock:
        clients = []
        for _ in range(2):
            auth = mock.default_auth()
            auth.share_state(session_store(redis_url, key))  # type: ignore[attr-defined]
            clients.append(httpx.Client(base_url=mock.base_url, auth=auth,
                                        transport=mock.transport()))
        assert [client.get("/iserver/accounts").status_code for client in clients] == [200, 200]
        assert mock.requests.count("init_brokerage_session") == 1


def test_keepers_do_not_compete_for_the_brokerage_session(redis_url: str) -> None:
    key = new_store_key()
    with MockServer(MockConfig(pacing=False)) as mock:
        keepers = [SessionKeeper(mock.http_client(auth=None),
                                 shared=session_store(redis_url, key)) for _ in range(3)]
        outcomes: list[SessionState] = []
        # All three tickle before any of them reopens: they all see the session closed.
        barrier = threading.Barrier(3)

        def keep(keeper: SessionKeeper) -> None:
            barrier.wait()
            outcomes.append(keeper.tickle_once().state)

        threads = [threading.Thread(target=keep, args=(keeper,)) for keeper in keepers]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert outcomes == [SessionState.REINITIALISED] * 3
        assert mock.requests.count("init_brokerage_session") == 1
        record = SharedRecord.decode(session_store(redis_url, key).load(BROKERAGE_SESSION))
        assert record is not None and record.state["authenticated"] is True


def test_the_client_settings_share_the_session(redis_url: str) -> None:
    key = new_store_key()
    settings = Settings(tickle_interval=None,
                        session_store=SessionStoreConfig(redis_url, decode_store_key(key)))
    with MockServer(MockConfig(pacing=False)) as mock:
        for _ in range(2):
            with Client(Target.in_process(mock), settings=settings) as client:
                client.accounts.get_brokerage_accounts()
        assert mock.requests.count("init_brokerage_session") == 1


def test_an_unreachable_session_store(stoppable_redis: RedisServer,
                                      caplog: pytest.LogCaptureFixture) -> None:
    failing = session_store(stoppable_redis.url)
    alone = session_store(stoppable_redis.url, fail=False)
    stoppable_redis.stop()
    with pytest.raises(StoreUnavailableError, match="unreachable"):
        failing.load("live_session_token")
    with caplog.at_level(logging.WARNING, "ibkr_webapi"):
        assert alone.load("live_session_token") is None
        alone.acquire("live_session_token")()
    assert "handles its session alone" in caplog.text


def test_two_processes_share_one_oauth2_session(redis_url: str) -> None:
    from ibkr_auth import OAuth2Auth

    key = new_store_key()
    config = MockConfig(auth="oauth2", pacing=False, session_initialised=True)
    with MockServer(config) as mock:
        credentials = mock.oauth2_credentials()
        clients = []
        for _ in range(2):
            auth = OAuth2Auth(**credentials, base_url=mock.base_url,  # type: ignore[arg-type]
                              environ={})
            auth.share_state(session_store(redis_url, key))
            clients.append(mock.http_client(auth))
        assert [client.get("/iserver/accounts").status_code for client in clients] == [200, 200]
    operations = [entry.operation_id for entry in mock.requests]
    assert operations.count("get_brokerage_accounts") == 2
    assert len(operations) == 4  # one token and one SSO session for both
    raw = redis.Redis.from_url(redis_url).get("ibkr-webapi:session:{one}:oauth2_session")
    assert raw is not None and b"access_token" not in raw

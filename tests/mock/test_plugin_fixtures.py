"""The pytest plugin: fixtures in this suite, and the plugin loaded by a user's pytest run."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

from ibkr_client.api.session import tickle
from ibkr_webapi.mock.app import MockServer


def test_ibkr_mock_yields_a_server_and_a_working_client(ibkr_mock, ibkr_mock_client):
    answer = tickle.sync(client=ibkr_mock_client)

    assert isinstance(ibkr_mock, MockServer)
    assert answer.session == ibkr_mock.world.session.session_id
    assert ibkr_mock.config.auth == "gateway" and ibkr_mock.config.pacing is True


@pytest.mark.ibkr_mock(auth="oauth", seed=11, pacing=False)
def test_the_marker_configures_the_server(ibkr_mock, ibkr_mock_client):
    tickle.sync(client=ibkr_mock_client)

    assert (ibkr_mock.config.auth, ibkr_mock.config.seed) == ("oauth", 11)
    assert ibkr_mock.requests.count("get_live_session_token") == 1


USER_TEST = textwrap.dedent('''
    import pytest
    from ibkr_client.api.session import tickle

    def test_default(ibkr_mock, ibkr_mock_client):
        assert ibkr_mock.config.seed == 42
        assert tickle.sync(client=ibkr_mock_client).session

    @pytest.mark.ibkr_mock(auth="oauth")
    def test_marker(ibkr_mock):
        assert ibkr_mock.config.auth == "oauth"
''')


def test_a_users_suite_gets_the_fixtures_from_the_plugin(tmp_path):
    (tmp_path / "test_user.py").write_text(USER_TEST)

    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "ibkr_webapi.mock.pytest_plugin", "-q",
         "--ibkr-mock-seed", "42", "-p", "no:cacheprovider", "--strict-markers",
         str(tmp_path / "test_user.py")],
        capture_output=True, text=True, cwd=tmp_path, timeout=120,
        # Only this plugin: the others installed in the environment are slow to load.
        env={**os.environ, "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1"})

    assert run.returncode == 0, run.stdout + run.stderr
    assert "2 passed" in run.stdout

"""The main job (`nox -s demo`) runs its whole session against the embedded mock."""

from __future__ import annotations

import pytest

from ibkr_webapi.demo.__main__ import main


def test_the_demo_session_runs_every_step_against_the_mock(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv("IBKR_TARGET", raising=False)
    assert main(["--seed", "3"]) == 0
    printed = capsys.readouterr().out
    assert "POST /oauth/live_session_token -> 200" in printed
    assert "pre-flight last=- " in printed and "values     last=" in printed
    assert printed.count("smd+265598 ") == 3
    assert "question o10153: answered YES" in printed
    assert "Filled, filled 10.0 of 10.0" in printed
    assert "OpenPositions:" in printed and "schema drift: none" in printed


def test_the_demo_runs_the_whole_session_on_oauth2_against_the_mock(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("IBKR_TARGET", "oauth2")
    monkeypatch.delenv("IBKR_OAUTH2_CLIENT_ID", raising=False)
    assert main(["--seed", "3"]) == 0
    printed = capsys.readouterr().out
    assert "OAuth 2.0)" in printed
    assert "POST /oauth2/api/v1/token -> 200" in printed
    assert "POST /gw/api/v1/sso-sessions -> 200" in printed
    assert "Filled, filled 10.0 of 10.0" in printed
    assert "deposit submitted: instruction" in printed
    assert "Demo-Model  Demo large caps" in printed

"""--ibkr-contract in a user's own pytest suite (user_project/, run with pytester): every
response through ibkr_webapi clients and the ibkr_mock fixture is checked; a response the
contract rejects fails the session and is named by operation and path."""

from __future__ import annotations

from pathlib import Path

import pytest

PROJECT = Path(__file__).parent / "user_project"
ARGS = ("-p", "no:cacheprovider", "-o", "asyncio_mode=auto",
        "-o", "asyncio_default_fixture_loop_scope=function")


@pytest.fixture
def user_suite(pytester: pytest.Pytester) -> pytest.Pytester:
    pytester.makepyfile(test_trading_suite=(PROJECT / "trading_suite.py").read_text())
    return pytester


def test_a_response_the_contract_rejects_fails_the_session(user_suite: pytest.Pytester) -> None:
    result = user_suite.runpytest_subprocess("--ibkr-contract", *ARGS)
    result.assert_outcomes(passed=4)  # the user's own tests pass ...
    assert result.ret == pytest.ExitCode.TESTS_FAILED  # ... the contract check does not
    output = result.stdout.str()
    result.stdout.fnmatch_lines([
        "*ibkr-webapi contract*",
        "*get_portfolio_accounts*violation*response*test_the_bot_survives_a_broken_answer*"
        "GET /v1/api/portfolio/accounts: {'error': 'OK', 'statusCode': 200} is not of type "
        "'array'*",
    ])
    # Sync, async and generated clients were all checked, each response once.
    assert "get_portfolio_positions" in output
    assert "test_accounts_through_the_generated_client" not in output  # no finding there
    # The marked test's fault is left out: one violation only.
    assert "test_a_fault_injected_on_purpose_is_left_out  " not in output
    assert "1 finding(s), 1 failing: the session fails" in output


def test_without_the_option_nothing_is_checked(user_suite: pytest.Pytester) -> None:
    result = user_suite.runpytest_subprocess(*ARGS)
    result.assert_outcomes(passed=4)
    assert result.ret == pytest.ExitCode.OK
    assert "ibkr-webapi contract" not in result.stdout.str()


def test_a_clean_suite_passes_with_its_summary(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_clean="""
        from ibkr_webapi import Client, Target

        def test_accounts(ibkr_mock):
            with Client(Target.in_process(ibkr_mock)) as client:
                assert client.portfolio.get_portfolio_accounts()
    """)
    result = pytester.runpytest_subprocess("--ibkr-contract", *ARGS)
    assert result.ret == pytest.ExitCode.OK
    result.stdout.fnmatch_lines(["get_portfolio_accounts*1*0*",
                                 "*responses checked, 0 finding(s), 0 failing*"])

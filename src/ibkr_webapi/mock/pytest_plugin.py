"""pytest plugin: a mock IBKR server for your own test suite, and contract checks of every
response your tests see. No credentials, no network.

Installed with the package (entry point ``pytest11``), in every install; it imports nothing
heavy until a fixture or an option needs it, and then names the extra to install if that is
missing (``ibkr-webapi[mock]`` for the fixtures, ``ibkr-webapi[contract]`` for the checks).
It provides:

- ``ibkr_mock``: a fresh `MockServer` per test (its world, faults, request log, clients);
- ``ibkr_mock_client``: the generated ``ibkr_client.Client`` wired to it, authenticated with
  the auth plugin of its mode (sync and ``asyncio`` calls alike);
- ``ibkr_mock_config``: the `MockConfig` used; override this fixture to change every test;
- the marker ``@pytest.mark.ibkr_mock(**options)`` (MockConfig options, the closest wins)
  and the option ``--ibkr-mock-seed``;
- the option ``--ibkr-contract``: every response that passes through ``ibkr_webapi.Client``,
  ``AsyncClient`` or the mock's transports (so every client of ``ibkr_mock``) is checked
  against the installed contract during the run; the findings are printed at the end of the
  session, per operation, with the test, the method and path, and the JSON path; violations
  fail the session (``--ibkr-contract-strict``: drift too). ``@pytest.mark.ibkr_contract(
  check=False)`` leaves one test's responses out (a test that injects broken answers on
  purpose).

Example test::

    from ibkr_client.api.accounts import get_brokerage_accounts

    @pytest.mark.ibkr_mock(auth="oauth", pacing=False)
    def test_accounts(ibkr_mock, ibkr_mock_client):
        accounts = get_brokerage_accounts.sync(client=ibkr_mock_client)
        assert ibkr_mock.requests.count("get_brokerage_accounts") == 1
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    import ibkr_client
    from ibkr_webapi.mock.app import MockServer
    from ibkr_webapi.mock.config import MockConfig

MARKER = "ibkr_mock"
CONTRACT_MARKER = "ibkr_contract"
SEED_OPTION = "--ibkr-mock-seed"
CONTRACT_OPTION = "--ibkr-contract"
STRICT_OPTION = "--ibkr-contract-strict"
MOCK_EXTRA = "the ibkr_mock fixtures need the mock extra: pip install 'ibkr-webapi[mock]'"
CONTRACT_EXTRA = f"{CONTRACT_OPTION} needs the contract extra: pip install 'ibkr-webapi[contract]'"


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("ibkr-mock", "mock IBKR server and contract checks")
    group.addoption(SEED_OPTION, type=int, default=None,
                    help="seed of the ibkr_mock fixture's state (default 0)")
    group.addoption(CONTRACT_OPTION, action="store_true", default=False,
                    help="check every response of ibkr_webapi clients and the mock against "
                         "the contract; violations fail the session")
    group.addoption(STRICT_OPTION, action="store_true", default=False,
                    help=f"with {CONTRACT_OPTION}: drift (new fields, undeclared statuses, "
                         "unknown paths) fails the session too")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", f"{MARKER}(**options): MockConfig options for the ibkr_mock fixture, "
        "e.g. ibkr_mock(auth='oauth', pacing=False)")
    config.addinivalue_line(
        "markers", f"{CONTRACT_MARKER}(check=True): check=False leaves this test's responses "
        f"out of {CONTRACT_OPTION}")
    strict = config.getoption(STRICT_OPTION)
    if config.getoption(CONTRACT_OPTION) or strict:
        try:
            from ibkr_webapi.contract.pytest_session import ContractSession
        except ImportError as error:
            raise pytest.UsageError(f"{CONTRACT_EXTRA} ({error.name} is missing)") from None
        config.pluginmanager.register(ContractSession(strict=strict), "ibkr_contract_session")


def _mock_modules() -> tuple[type[MockServer], type[MockConfig]]:
    missing = None
    try:
        from ibkr_webapi.mock.app import MockServer
        from ibkr_webapi.mock.config import MockConfig
    except ImportError as error:
        if (error.name or "").startswith("ibkr_"):
            raise
        missing = error.name
    if missing is not None:  # failed outside the except block: one clear line, no traceback
        pytest.fail(f"{MOCK_EXTRA} ({missing} is missing)", pytrace=False)
    return MockServer, MockConfig


@pytest.fixture
def ibkr_mock_config(request: pytest.FixtureRequest) -> MockConfig:
    """MockConfig from the --ibkr-mock-seed option and the ibkr_mock markers."""
    _, config_type = _mock_modules()
    options: dict[str, Any] = {}
    seed = request.config.getoption(SEED_OPTION, default=None)
    if seed is not None:
        options["seed"] = seed
    for marker in reversed(list(request.node.iter_markers(MARKER))):
        options.update(marker.kwargs)
    return config_type(**options)


@pytest.fixture
def ibkr_mock(ibkr_mock_config: MockConfig) -> Iterator[MockServer]:
    """A fresh mock IBKR server for one test."""
    server_type, _ = _mock_modules()
    with server_type(ibkr_mock_config) as server:
        yield server


@pytest.fixture
def ibkr_mock_client(ibkr_mock: MockServer) -> ibkr_client.Client:
    """The generated client, wired to ``ibkr_mock`` and authenticated for its mode."""
    return ibkr_mock.client()

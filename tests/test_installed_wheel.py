"""The built wheel in fresh virtual environments, outside the repository, as users install it:

- the base install holds only what importing the client needs (no web server), imports the
  three packages, and a Client works against a Gateway URL; the CLI and the pytest plugin are
  there and name the extra a command or fixture needs;
- with the ``contract`` extra, ``ibkr-webapi contract check`` reads a folder holding one
  recording of each supported format and prints the findings.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from ibkr_webapi.mock.app import MockServer
from installed_support import Venv, build_wheel

TRAFFIC = Path(__file__).parent / "contract_check" / "traffic"
CLIENT_SCRIPT = """
import sys
import ibkr_auth, ibkr_client, ibkr_webapi
from ibkr_webapi import Client, Target
with Client(Target.gateway(sys.argv[1], verify=False)) as client:
    print(client.portfolio.get_portfolio_accounts()[0].id)
heavy = {"starlette", "uvicorn", "jsonschema", "yaml", "xmlschema"} & set(sys.modules)
print("heavy:", sorted(heavy))
"""
USER_TEST = """
def test_uses_the_mock(ibkr_mock):
    pass

def test_plain():
    import sys
    assert "starlette" not in sys.modules
"""


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_wheel(tmp_path_factory.mktemp("dist"))


@pytest.fixture(scope="module")
def base(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Venv:
    # pytest too, to see the plugin registered in a base install.
    return Venv.create(tmp_path_factory.mktemp("base") / "venv", str(wheel), "pytest")


@pytest.fixture
def gateway_url() -> Iterator[str]:
    with MockServer() as server, server.serve() as url:
        yield url


def test_the_base_install_has_no_web_server(base: Venv) -> None:
    installed = base.distributions()
    assert "ibkr-webapi" in installed
    assert not {"starlette", "uvicorn", "jsonschema", "pyyaml", "xmlschema"} & installed


def test_the_base_install_imports_and_talks_to_a_gateway(base: Venv, gateway_url: str,
                                                         tmp_path: Path) -> None:
    result = base.run("python", "-c", CLIENT_SCRIPT, gateway_url, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["U1234567", "heavy:", "[]"]


def test_the_base_install_names_the_mock_extra_for_a_mock_target(base: Venv,
                                                                 tmp_path: Path) -> None:
    script = "from ibkr_webapi import Client\nClient.from_env({'IBKR_TARGET': 'mock'})"
    result = base.run("python", "-c", script, cwd=tmp_path)
    assert result.returncode == 1
    assert "pip install 'ibkr-webapi[mock]' (starlette is missing)" in result.stderr


def test_the_base_cli_names_the_extras(base: Venv, tmp_path: Path) -> None:
    help_text = base.run("ibkr-webapi", "--help", cwd=tmp_path)
    assert help_text.returncode == 0
    for command in ("flex", "mock", "contract", "generate"):
        assert command in help_text.stdout
    for arguments, extra in ((["contract", "check", "x.har"], "ibkr-webapi[contract]"),
                             (["mock", "serve"], "ibkr-webapi[mock]"),
                             (["generate", "--out", "x"], "ibkr-webapi[codegen]")):
        result = base.run("ibkr-webapi", *arguments, cwd=tmp_path)
        assert result.returncode == 2 and extra in result.stderr, (arguments, result.stderr)


def test_the_base_pytest_plugin_is_registered_and_names_the_extras(base: Venv,
                                                                   tmp_path: Path) -> None:
    (tmp_path / "test_user.py").write_text(USER_TEST)
    result = base.run("python", "-m", "pytest", "-p", "no:cacheprovider", cwd=tmp_path)
    assert "1 passed, 1 error" in result.stdout, result.stdout
    assert "pip install 'ibkr-webapi[mock]' (starlette is missing)" in result.stdout
    assert "During handling" not in result.stdout
    contract = base.run("python", "-m", "pytest", "--ibkr-contract", cwd=tmp_path)
    assert contract.returncode == 4  # a usage error
    assert "pip install 'ibkr-webapi[contract]'" in contract.stderr


def test_contract_check_runs_from_the_wheel_with_the_contract_extra(
    wheel: Path, tmp_path: Path
) -> None:
    venv = Venv.create(tmp_path / "venv", f"{wheel}[contract]")
    assert not {"starlette", "uvicorn"} & venv.distributions()
    folder = shutil.copytree(TRAFFIC, tmp_path / "recorded")
    result = venv.run("ibkr-webapi", "contract", "check", str(folder), cwd=tmp_path)
    assert result.returncode == 1, result.stderr  # the test data holds violations
    summary = result.stdout.split("\n\n")[0].splitlines()
    operations = {line.split()[0] for line in summary[2:]}
    assert {"get_brokerage_session_status", "init_brokerage_session", "get_portfolio_accounts",
            "get_brokerage_accounts", "ws", "flex"} <= operations
    for expected in ("$.authenticated", "body.publish: 'yes' is not of type 'boolean'",
                     "GET /v1/api/iserver/brand/new/endpoint", "$.hb",
                     "CashReportCurrency@brandNewColumn", "failing (violations fail"):
        assert expected in result.stdout, expected
    as_json = venv.run("ibkr-webapi", "contract", "check", str(folder), "--json", cwd=tmp_path)
    sources = {Path(item["source"].split("#")[0].split(":")[0]).name
               for item in json.loads(as_json.stdout)["items"]}
    assert sources == {path.name for path in TRAFFIC.iterdir() if path.suffix != ".md"}

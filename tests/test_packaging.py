"""One distribution installs the three import packages, each typed (PEP 561); its base
install holds only what importing the client needs, everything else is an extra."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("ibkr_client", "ibkr_auth", "ibkr_webapi")


def test_the_wheel_holds_three_typed_packages(tmp_path: Path) -> None:
    command = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation"]
    subprocess.run([*command, "-q", "-w", str(tmp_path), str(ROOT)], check=True)
    (wheel,) = tmp_path.glob("ibkr_webapi-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for package in PACKAGES:
        assert f"{package}/__init__.py" in names
        assert f"{package}/py.typed" in names
    assert not any(name.startswith(("tests/", "tools/", "generated/")) for name in names)
    # The runtime reads the contract and the mock its test-only keys from the installed package.
    for data in ("ibkr_client/openapi.json", "ibkr_client/asyncapi.yaml",
                 "ibkr_webapi/mock/test_only_keys/dhparam.pem",
                 # What `ibkr-webapi generate` needs: the generator's templates and settings.
                 "ibkr_webapi/codegen/codegen-config.yaml",
                 "ibkr_webapi/codegen/templates/model.py.jinja"):
        assert data in names, data


def test_the_editable_install_imports_all_three() -> None:
    for package in PACKAGES:
        module = __import__(package)
        assert (Path(module.__file__).parent / "py.typed").exists()


def _names(requirements: list[str]) -> set[str]:
    return {re.split(r"[\[<>=!~; ]", requirement, maxsplit=1)[0].lower()
            for requirement in requirements}


def test_the_base_install_holds_only_what_the_client_imports() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert _names(project["dependencies"]) == {
        "httpx", "attrs", "python-dateutil", "pycryptodome", "httpx-ws", "joserfc"}
    extras = project["optional-dependencies"]
    assert {"starlette", "uvicorn", "jsonschema"} <= _names(extras["mock"])
    assert {"jsonschema", "pyyaml", "xmlschema"} <= _names(extras["contract"])
    assert {"openapi-python-client", "ruff", "python-jsonpath"} <= _names(extras["codegen"])
    assert extras["all"] == ["ibkr-webapi[mock,contract,codegen,pandas,redis]"]
    assert _names(extras["redis"]) == {"redis"}
    # The plugin is registered in every install (it imports nothing heavy by itself).
    plugin = project["entry-points"]["pytest11"]["ibkr_webapi_mock"]
    assert plugin == "ibkr_webapi.mock.pytest_plugin"


def test_a_flex_only_program_imports_no_auth_plugin() -> None:
    """ibkr_webapi.flex uses ibkr_auth's typed errors only: no JWT or RSA library loads."""
    script = ("import sys, ibkr_webapi.flex; print(sorted(m for m in ('joserfc', 'cryptography', "
              "'Crypto', 'ibkr_auth.oauth', 'ibkr_auth.oauth2') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "[]"

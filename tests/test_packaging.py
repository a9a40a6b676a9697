"""One distribution installs the three import packages, each typed (PEP 561)."""

from __future__ import annotations

import subprocess
import sys
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
                 "ibkr_webapi/mock/test_only_keys/dhparam.pem"):
        assert data in names, data


def test_the_editable_install_imports_all_three() -> None:
    for package in PACKAGES:
        module = __import__(package)
        assert (Path(module.__file__).parent / "py.typed").exists()

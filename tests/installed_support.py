"""Build the wheel once and install it into fresh virtual environments, outside the repository.

The wheel is built with hatchling (the project's build backend) without build isolation;
environments install it with pip's usual index and cache, so a second run is quick.
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Nothing of the test run may leak into the fresh environment.
HIDDEN = ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME", "PYTEST_ADDOPTS", "PYTEST_PLUGINS")


def build_wheel(out: Path) -> Path:
    subprocess.run([sys.executable, "-m", "hatchling", "build", "-t", "wheel", "-d", str(out)],
                   cwd=ROOT, check=True, capture_output=True)
    (wheel,) = out.glob("ibkr_webapi-*.whl")
    return wheel


def clean_environ(venv: Path) -> dict[str, str]:
    environ = {key: value for key, value in os.environ.items() if key not in HIDDEN}
    environ["PATH"] = os.pathsep.join([str(venv / "bin"), environ.get("PATH", "")])
    return environ


@dataclass(frozen=True)
class Venv:
    """A virtual environment outside the repository, and commands run in it."""

    path: Path

    @classmethod
    def create(cls, path: Path, *requirements: str) -> Venv:
        subprocess.run([sys.executable, "-m", "venv", str(path)], check=True)
        venv = cls(path)
        venv.run("python", "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                 *requirements, check=True)
        return venv

    def run(self, program: str, *arguments: str, cwd: Path | None = None,
            check: bool = False) -> subprocess.CompletedProcess[str]:
        return subprocess.run([str(self.path / "bin" / program), *arguments],
                              cwd=cwd or self.path, env=clean_environ(self.path), text=True,
                              capture_output=True, check=check, timeout=600)

    def distributions(self) -> set[str]:
        listed = self.run("python", "-m", "pip", "list", "--format=freeze", check=True).stdout
        return {line.split("==")[0].lower().replace("_", "-") for line in listed.splitlines()}

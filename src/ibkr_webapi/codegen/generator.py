"""Run the pinned generator, and regenerate ``ibkr_client`` from the installed contract.

`run_openapi_python_client` is the one call of openapi-python-client (custom templates,
``--fail-on-warning``) that ``nox -s generate`` and ``ibkr-webapi generate`` share.
`regenerate` is the user's path: the effective spec installed with the client, plus the
user's own Overlay 1.0 documents, through the same generator, templates and configuration,
into ``<out>/ibkr_client``: a drop-in replacement of the installed package (put ``<out>`` first
on ``PYTHONPATH`` and ``ibkr_webapi.Client`` uses it). The Flex models and the AsyncAPI
document do not depend on the OpenAPI overlays: they are copied from the installed package.
"""

from __future__ import annotations

import copy
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import Any

from ibkr_webapi.codegen import CODEGEN_CONFIG, TEMPLATES
from ibkr_webapi.codegen.overlay import apply_overlay
from ibkr_webapi.codegen.tolerance import codegen_view

PACKAGE = "ibkr_client"


def _tool(name: str) -> str:
    """A console script of this environment (the pinned one), even if it is not on PATH."""
    executable = Path(sys.executable).parent / name
    return str(executable if executable.exists() else name)


def run_openapi_python_client(spec_path: Path, package_dir: Path) -> None:
    """Generate `package_dir` from `spec_path` with the project's templates and settings."""
    command = [
        _tool("openapi-python-client"),
        "generate",
        "--path", str(spec_path),
        "--config", str(CODEGEN_CONFIG),
        "--custom-template-path", str(TEMPLATES),
        "--meta", "none",
        "--output-path", str(package_dir),
        "--overwrite",
        "--fail-on-warning",
    ]  # fmt: skip
    # The post hooks call ruff by name: the pinned one of this environment comes first.
    path = os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")])
    subprocess.run(command, check=True, cwd=package_dir.parent, env={**os.environ, "PATH": path})


def generator_view(document: dict[str, Any]) -> dict[str, Any]:
    """The document the generator reads, a copy: response enums typed again (the effective
    spec keeps them open, see tolerance.codegen_view) and operation-level `security` removed.
    The generator turns operation security into a demand for its AuthenticatedClient, which
    only knows bearer tokens; credentials are the business of the ibkr_auth plugins (an
    httpx.Auth), so every function takes the plain Client. openapi.json keeps the security."""
    view = codegen_view(document)
    for item in view.get("paths", {}).values():
        for operation in item.values():
            if isinstance(operation, dict):  # path-level parameters are a list
                operation.pop("security", None)
    return view


def patched_spec(overlays: Sequence[Path]) -> dict[str, Any]:
    """The installed effective spec with `overlays` applied in order (an action that selects
    nothing is an `OverlayError`, as in the project's own pipeline)."""
    from ibkr_webapi.spec import effective_spec

    document = copy.deepcopy(dict(effective_spec()))
    for overlay in overlays:
        apply_overlay(document, overlay)
    return document


def regenerate(overlays: Sequence[Path], out_dir: Path) -> Path:
    """Write ``out_dir/openapi.json`` and ``out_dir/ibkr_client``; return the package path."""
    from ibkr_webapi.codegen.facade import write as write_facade

    out_dir.mkdir(parents=True, exist_ok=True)
    spec_path = out_dir / "openapi.json"
    spec_path.write_text(json.dumps(patched_spec(overlays), indent=2, ensure_ascii=False) + "\n",
                         encoding="utf-8")
    installed = resources.files(PACKAGE)
    with tempfile.TemporaryDirectory() as scratch:
        package_dir = Path(scratch) / PACKAGE
        view_path = Path(scratch) / "openapi-codegen.json"
        view_path.write_text(json.dumps(generator_view(json.loads(spec_path.read_text(
            encoding="utf-8"))), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        run_openapi_python_client(view_path, package_dir)
        write_facade(spec_path, package_dir / "grouped.py")
        with resources.as_file(installed.joinpath("flex")) as flex_models:
            shutil.copytree(flex_models, package_dir / "flex",
                            ignore=shutil.ignore_patterns("__pycache__"))
        shutil.copyfile(spec_path, package_dir / "openapi.json")
        (package_dir / "asyncapi.yaml").write_text(
            installed.joinpath("asyncapi.yaml").read_text(encoding="utf-8"), encoding="utf-8")
        (package_dir / "py.typed").write_text("", encoding="utf-8")
        target = out_dir / PACKAGE
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(package_dir, target)
    return target

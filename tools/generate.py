"""The spec-to-client pipeline behind `nox -s generate`.

spec/openapi (root + section files) -> bundle -> overlays in OVERLAY_ORDER -> the tolerance
rules (tools/tolerance.py) -> checks -> <out>/openapi.json -> its codegen view (enums typed
again) -> openapi-python-client (pinned, custom templates, --fail-on-warning) ->
<out>/ibkr_client, plus the Flex row models from spec/flex when their generator exists.

The same inputs give byte-identical output: JSON is written with a fixed layout, and the
generator and its formatter are pinned in noxfile.py.
"""

from __future__ import annotations

import argparse
import copy
import json
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bundle import bundle
from overlay import apply_overlay
from tolerance import codegen_view, make_tolerant

ROOT = Path(__file__).resolve().parent.parent
SPEC_ROOT = ROOT / "spec" / "openapi" / "openapi.yaml"
ASYNCAPI = ROOT / "spec" / "asyncapi.yaml"
OVERLAY_DIR = ROOT / "overlay"
# Overlays apply in this order: first what real servers do, then what IBKR's published reference
# names beyond the documentation, then which fields every recording carries (written by
# tools/always_sent.py), then what only the generator needs.
OVERLAY_ORDER = ("observed.yaml", "reference.yaml", "always-sent.yaml", "codegen.yaml")
EVIDENCE_ROOT = ROOT / "contract_tests" / "cassettes"
TEMPLATES = ROOT / "tools" / "templates"
CODEGEN_CONFIG = ROOT / "tools" / "codegen-config.yaml"
FLEX_CODEGEN = ROOT / "tools" / "flex_codegen.py"
FACADE_CODEGEN = ROOT / "tools" / "facade_codegen.py"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


class SpecError(Exception):
    """The effective spec breaks a rule that the generated client relies on."""


def iter_operations(spec: dict[str, Any]) -> Any:
    for path, item in spec.get("paths", {}).items():
        for method in HTTP_METHODS:
            if method in item:
                yield path, method, item[method], item.get("parameters", [])


def check_query_arrays(spec: dict[str, Any]) -> None:
    """The query template joins arrays with commas, so the spec must declare them that way."""
    for path, method, operation, shared in iter_operations(spec):
        for parameter in [*shared, *operation.get("parameters", [])]:
            is_query_array = (
                parameter.get("in") == "query"
                and parameter.get("schema", {}).get("type") == "array"
            )
            joined = parameter.get("style", "form") == "form" and not parameter.get("explode", True)
            if is_query_array and not joined:
                raise SpecError(
                    f"{method.upper()} {path}: array query parameter {parameter['name']!r} "
                    "must be declared style: form, explode: false (IBKR takes a,b,c)"
                )


def check_operation_ids(spec: dict[str, Any]) -> None:
    seen: dict[str, str] = {}
    for path, method, operation, _ in iter_operations(spec):
        operation_id = operation.get("operationId")
        where = f"{method.upper()} {path}"
        if not operation_id or operation_id != operation_id.lower():
            raise SpecError(f"{where}: needs a snake_case operationId")
        if operation_id in seen:
            raise SpecError(
                f"{where}: operationId {operation_id} is also used by {seen[operation_id]}"
            )
        seen[operation_id] = where


def documented_spec(
    extra_sections: Sequence[Path] = (),
    overlay_drafts: Sequence[Path] = (),
    spec_root: Path = SPEC_ROOT,
    overlay_dir: Path = OVERLAY_DIR,
) -> dict[str, Any]:
    """The bundled spec with the overlays applied, before the tolerance rules widen it."""
    document = bundle(spec_root, extra_sections)
    observed, reference, always_sent, codegen = (overlay_dir / name for name in OVERLAY_ORDER)
    for overlay_path in (observed, *overlay_drafts, reference):
        apply_overlay(document, overlay_path, EVIDENCE_ROOT)
    if always_sent.exists():
        apply_overlay(document, always_sent, EVIDENCE_ROOT)
    apply_overlay(document, codegen)
    return document


def effective_spec(
    extra_sections: Sequence[Path] = (),
    overlay_drafts: Sequence[Path] = (),
    spec_root: Path = SPEC_ROOT,
    overlay_dir: Path = OVERLAY_DIR,
) -> dict[str, Any]:
    """Bundle the spec, apply the overlays and the tolerance rules: the document everything else
    is built from.

    `extra_sections` and `overlay_drafts` let tools/spec_check.py try a section file and its
    overlay actions before they are wired into the root document and observed.yaml.
    """
    document = documented_spec(extra_sections, overlay_drafts, spec_root, overlay_dir)
    make_tolerant(document)
    check_operation_ids(document)
    check_query_arrays(document)
    return document


def write_json(document: dict[str, Any], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def generator_input(document: dict[str, Any]) -> dict[str, Any]:
    """The document the generator reads: operation-level `security` removed. The generator
    turns any operation security into a demand for its AuthenticatedClient, which only knows
    bearer tokens; here credentials are the business of the ibkr_auth plugins (an httpx.Auth),
    so every function takes the plain Client. generated/openapi.json keeps the security."""
    stripped = copy.deepcopy(document)
    for _, _, operation, _ in iter_operations(stripped):
        operation.pop("security", None)
    return stripped


def run_openapi_python_client(spec_path: Path, package_dir: Path) -> None:
    executable = Path(sys.executable).parent / "openapi-python-client"
    command = [
        str(executable if executable.exists() else "openapi-python-client"),
        "generate",
        "--path", str(spec_path),
        "--config", str(CODEGEN_CONFIG),
        "--custom-template-path", str(TEMPLATES),
        "--meta", "none",
        "--output-path", str(package_dir),
        "--overwrite",
        "--fail-on-warning",
    ]  # fmt: skip
    subprocess.run(command, check=True, cwd=package_dir.parent)


def run_flex_codegen(package_dir: Path) -> None:
    if FLEX_CODEGEN.exists():
        command = [sys.executable, str(FLEX_CODEGEN), "--xsd-dir", str(ROOT / "spec" / "flex")]
        subprocess.run([*command, "--out", str(package_dir / "flex")], check=True)


def run_facade_codegen(spec_path: Path, package_dir: Path) -> None:
    """ibkr_client/grouped.py: the operations grouped by tag, for ibkr_webapi.Client."""
    command = [sys.executable, str(FACADE_CODEGEN), "--spec", str(spec_path)]
    subprocess.run([*command, "--out", str(package_dir / "grouped.py")], check=True)


def generate(out_dir: Path, spec_root: Path = SPEC_ROOT, overlay_dir: Path = OVERLAY_DIR) -> None:
    """Regenerate `out_dir`/openapi.json and `out_dir`/ibkr_client from the spec."""
    spec_path = out_dir / "openapi.json"
    write_json(effective_spec(spec_root=spec_root, overlay_dir=overlay_dir), spec_path)
    with tempfile.TemporaryDirectory() as scratch:
        package_dir = Path(scratch) / "ibkr_client"
        codegen_path = Path(scratch) / "openapi-codegen.json"
        spec = json.loads(spec_path.read_text(encoding="utf-8"))
        write_json(codegen_view(generator_input(spec)), codegen_path)
        run_openapi_python_client(codegen_path, package_dir)
        run_flex_codegen(package_dir)
        run_facade_codegen(spec_path, package_dir)
        (package_dir / "py.typed").write_text("", encoding="utf-8")
        # The runtime (pacing limits, the mock's routes, frame validation) reads the contract
        # from the installed package.
        shutil.copyfile(spec_path, package_dir / "openapi.json")
        shutil.copyfile(ASYNCAPI, package_dir / "asyncapi.yaml")
        target = out_dir / "ibkr_client"
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(package_dir, target)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "generated")
    args = parser.parse_args()
    generate(args.out.resolve())


if __name__ == "__main__":
    main()

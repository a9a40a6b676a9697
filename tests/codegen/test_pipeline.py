"""The generation pipeline: reproducible, and sensitive to every edit of the spec."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

from bundle import BundleError, bundle  # noqa: E402
from check_generated import differences  # noqa: E402
from generate import SpecError, effective_spec, generate  # noqa: E402
from ibkr_webapi.codegen.overlay import OverlayError, apply_overlay  # noqa: E402


@pytest.fixture(scope="module")
def two_generations(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    first, second = tmp_path_factory.mktemp("first"), tmp_path_factory.mktemp("second")
    generate(first)
    generate(second)
    return first, second


def test_generation_is_byte_identical(two_generations: tuple[Path, Path]) -> None:
    first, second = two_generations
    assert differences(first, second) == []
    assert (first / "ibkr_client" / "py.typed").exists()


def test_editing_a_field_changes_the_model_and_the_check_reports_it(
    two_generations: tuple[Path, Path], tmp_path: Path
) -> None:
    spec_copy, overlay_copy = tmp_path / "spec", tmp_path / "overlay"
    shutil.copytree(ROOT / "spec" / "openapi", spec_copy)
    shutil.copytree(ROOT / "overlay", overlay_copy)
    section = spec_copy / "session.yaml"
    edited = section.read_text().replace(
        "        ssoExpires:\n          type: integer",
        "        ssoExpires:\n          type: string",
    )
    assert edited != section.read_text()
    section.write_text(edited)
    generate(tmp_path / "out", spec_copy / "openapi.yaml", overlay_copy)
    report = differences(two_generations[0], tmp_path / "out")
    changed = {line.split()[1] for line in "".join(report).splitlines() if line.startswith("--- ")}
    assert "generated/ibkr_client/models/tickle_response.py" in changed
    assert (
        "sso_expires: None | str | Unset"  # optional response fields are nullable
        in (tmp_path / "out" / "ibkr_client" / "models" / "tickle_response.py").read_text()
    )


def test_a_component_defined_twice_is_refused(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text("components: {schemas: {X: {type: string}}}\n")
    (tmp_path / "b.yaml").write_text("components: {schemas: {X: {type: integer}}}\n")
    (tmp_path / "root.yaml").write_text(
        "openapi: 3.1.0\npaths: {}\ncomponents: {schemas: {"
        "A: {$ref: 'a.yaml#/components/schemas/X'}, B: {$ref: 'b.yaml#/components/schemas/X'}}}\n"
    )
    with pytest.raises(BundleError, match="defined in both"):
        bundle(tmp_path / "root.yaml")


def test_an_overlay_action_that_selects_nothing_is_an_error(tmp_path: Path) -> None:
    overlay = tmp_path / "o.yaml"
    overlay.write_text(
        "overlay: 1.0.0\ninfo: {title: t, version: '1'}\n"
        "actions: [{target: '$.paths.nowhere', update: {x: 1}}]\n"
    )
    with pytest.raises(OverlayError, match="selects nothing"):
        apply_overlay({"paths": {}}, overlay)


def test_an_observed_action_without_evidence_is_refused(tmp_path: Path) -> None:
    overlay = tmp_path / "o.yaml"
    overlay.write_text(
        "overlay: 1.0.0\ninfo: {title: t, version: '1'}\n"
        "actions: [{target: '$.paths', update: {x: 1}}]\n"
    )
    with pytest.raises(OverlayError, match="evidence"):
        apply_overlay({"paths": {}}, overlay, evidence_root=tmp_path)


def test_overlay_updates_merge_objects_and_replace_scalars(tmp_path: Path) -> None:
    overlay = tmp_path / "o.yaml"
    overlay.write_text(
        "overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions:\n"
        "  - {target: '$.s.properties.a', update: {type: [string, 'null']}}\n"
        "  - {target: '$.s.properties', update: {b: {type: integer}}}\n"
        "  - {target: '$.s.required', update: [b]}\n"
        "  - {target: '$.s.properties.c', remove: true}\n"
    )
    document = {"s": {"properties": {"a": {"type": "string"}, "c": {}}, "required": ["a"]}}
    apply_overlay(document, overlay)
    assert document == {
        "s": {
            "properties": {"a": {"type": ["string", "null"]}, "b": {"type": "integer"}},
            "required": ["a", "b"],
        }
    }


def test_an_array_query_parameter_that_explodes_is_refused(tmp_path: Path) -> None:
    spec_copy = tmp_path / "spec"
    shutil.copytree(ROOT / "spec" / "openapi", spec_copy)
    section = spec_copy / "extra.yaml"
    section.write_text(
        "paths:\n  /x:\n    get:\n      operationId: get_x\n      tags: [session]\n"
        "      parameters:\n        - {name: ids, in: query, schema: {type: array}}\n"
        "      responses: {'200': {description: ok}}\n"
    )
    with pytest.raises(SpecError, match="explode: false"):
        effective_spec([section], spec_root=spec_copy / "openapi.yaml")

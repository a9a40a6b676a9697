"""Apply OpenAPI Overlay 1.0 documents to a bundled spec.

Semantics follow the Overlay 1.0 specification: each action selects nodes with an RFC 9535
JSONPath `target`; `update` is merged into each selected object (objects merge recursively,
arrays are appended, anything else is replaced), and `remove: true` deletes the selected nodes.
An action whose target selects nothing is an error: a silent no-op would hide a stale overlay.
Every action in overlay/observed.yaml must carry `x-evidence` naming capture files that exist.

Example:
    >>> document = {"components": {"schemas": {"Tickle": {"properties": {}}}}}
    >>> action = {"target": "$.components.schemas.Tickle.properties",
    ...           "update": {"hmds": {"type": "object"}}}
    >>> apply_action(document, action, "example")
    >>> document["components"]["schemas"]["Tickle"]["properties"]
    {'hmds': {'type': 'object'}}
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jsonpath
import yaml


class OverlayError(Exception):
    """An overlay document is malformed or one of its actions does not apply."""


def merge(target: Any, update: Any) -> Any:
    if isinstance(target, dict) and isinstance(update, dict):
        for key, value in update.items():
            target[key] = merge(target[key], value) if key in target else value
        return target
    if isinstance(target, list) and isinstance(update, list):
        return target + [item for item in update if item not in target]
    return update


def apply_action(document: dict[str, Any], action: dict[str, Any], where: str) -> None:
    target = action.get("target")
    if not isinstance(target, str):
        raise OverlayError(f"{where}: an action needs a string 'target'")
    matches = list(jsonpath.finditer(target, document))
    if not matches:
        raise OverlayError(f"{where}: target {target!r} selects nothing in the spec")
    for match in reversed(matches):
        parent: Any = match.parent.obj if match.parent else None
        key = match.parts[-1] if match.parts else None
        if action.get("remove"):
            if parent is None:
                raise OverlayError(f"{where}: cannot remove the document root")
            del parent[key]
        elif "update" in action:
            merged = merge(match.obj, action["update"])
            if parent is not None:
                parent[key] = merged
        else:
            raise OverlayError(f"{where}: an action needs 'update' or 'remove'")


def check_evidence(action: dict[str, Any], evidence_root: Path, where: str) -> None:
    evidence = action.get("x-evidence")
    if not evidence:
        raise OverlayError(f"{where}: an observed deviation must cite its evidence (x-evidence)")
    for item in evidence:
        cited = str(item).split(" ", 1)[0]
        if cited.endswith((".json", ".md")) and not (evidence_root / cited).exists():
            raise OverlayError(f"{where}: cited evidence {cited} does not exist")


def apply_overlay(
    document: dict[str, Any], overlay_path: Path, evidence_root: Path | None = None
) -> dict[str, Any]:
    """Apply every action of one overlay file to `document`, in place, and return it."""
    try:
        overlay = yaml.safe_load(overlay_path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        raise OverlayError(f"{overlay_path}: not YAML: {error}") from None
    if not isinstance(overlay, dict) or not str(overlay.get("overlay", "")).startswith("1."):
        raise OverlayError(f"{overlay_path}: not an Overlay 1.x document")
    for index, action in enumerate(overlay.get("actions") or []):
        where = f"{overlay_path.name} action {index} ({action.get('description', '')[:60]})"
        if evidence_root is not None:
            check_evidence(action, evidence_root, where)
        apply_action(document, action, where)
    return document

"""Bundle spec/openapi (a root file plus one file per documentation section) into one document.

Every `$ref` into another file is resolved: component references are hoisted into the root's
`components` under their own name, anything else (path items, inline fragments) is inlined.
Each section file's whole `components` block is hoisted too, so schemas that only the AsyncAPI
document references (websocket payloads) still reach the generator; a section no path uses is
listed in the root's `x-component-sections`, which the bundle consumes. Two different definitions
under one component name are an error, never a silent overwrite.
"""

from __future__ import annotations

import copy
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

COMPONENT_PREFIX = "/components/"
COMPONENT_SECTIONS = "x-component-sections"


class BundleError(Exception):
    """The spec files cannot be bundled: a broken `$ref` or a component defined twice."""


def load_yaml(path: Path) -> Any:
    with path.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def resolve_pointer(document: Any, pointer: str, where: str) -> Any:
    node = document
    for token in pointer.lstrip("/").split("/") if pointer not in ("", "/") else []:
        key = token.replace("~1", "/").replace("~0", "~")
        if isinstance(node, list):
            node = node[int(key)]
        elif isinstance(node, dict) and key in node:
            node = node[key]
        else:
            raise BundleError(f"{where}: JSON pointer #{pointer} does not resolve")
    return node


class Bundler:
    """Resolves references across the spec files of one root document."""

    def __init__(self, root_path: Path) -> None:
        self.root_path = root_path.resolve()
        self.documents: dict[Path, Any] = {}
        self.components: dict[str, dict[str, Any]] = {}
        self.origin: dict[tuple[str, str], Path] = {}

    def document(self, path: Path) -> Any:
        if path not in self.documents:
            if not path.is_file():
                raise BundleError(f"referenced file not found: {path}")
            self.documents[path] = load_yaml(path)
            self.hoist_all_components(path)
        return self.documents[path]

    def hoist_all_components(self, path: Path) -> None:
        if path == self.root_path:
            return
        for kind, entries in (self.documents[path].get("components") or {}).items():
            for name in entries:
                self.hoist(kind, name, path)

    def hoist(self, kind: str, name: str, path: Path) -> None:
        key = (kind, name)
        if key in self.origin:
            if self.origin[key] != path:
                raise BundleError(
                    f"component {kind}/{name} is defined in both {self.origin[key]} and {path}"
                )
            return
        self.origin[key] = path
        self.components.setdefault(kind, {})[name] = None  # reserve before recursing
        definition = self.documents[path]["components"][kind][name]
        self.components[kind][name] = self.resolve(copy.deepcopy(definition), path)

    def resolve(self, node: Any, path: Path) -> Any:
        if isinstance(node, list):
            return [self.resolve(item, path) for item in node]
        if not isinstance(node, dict):
            return node
        if isinstance(node.get("$ref"), str):
            return self.resolve_ref(node, path)
        return {key: self.resolve(value, path) for key, value in node.items()}

    def resolve_ref(self, node: dict[str, Any], path: Path) -> Any:
        file_part, _, pointer = node["$ref"].partition("#")
        target_path = (path.parent / file_part).resolve() if file_part else path
        target_doc = self.document(target_path)
        if pointer.startswith(COMPONENT_PREFIX) and pointer.count("/") == 3:
            _, _, kind, name = pointer.split("/")
            name = name.replace("~1", "/").replace("~0", "~")
            if target_path == self.root_path:
                return node
            resolve_pointer(target_doc, pointer, str(target_path))
            self.hoist(kind, name, target_path)
            siblings = {k: self.resolve(v, path) for k, v in node.items() if k != "$ref"}
            return {"$ref": f"#{COMPONENT_PREFIX}{kind}/{name}", **siblings}
        target = resolve_pointer(target_doc, pointer, f"{path}: $ref {node['$ref']}")
        return self.resolve(copy.deepcopy(target), target_path)

    def bundle(self, extra_sections: Iterable[Path] = ()) -> dict[str, Any]:
        root = copy.deepcopy(self.document(self.root_path))
        for section in root.pop(COMPONENT_SECTIONS, None) or []:
            self.document((self.root_path.parent / section).resolve())
        for section in extra_sections:
            add_section_paths(root, section.resolve(), self.root_path.parent)
        bundled: dict[str, Any] = self.resolve(root, self.root_path)
        own = bundled.setdefault("components", {})
        for kind in sorted(self.components):
            merged = own.setdefault(kind, {})
            for name in sorted(self.components[kind]):
                if name in merged:
                    raise BundleError(
                        f"component {kind}/{name} is defined in the root and in a section"
                    )
                merged[name] = self.components[kind][name]
            own[kind] = dict(sorted(merged.items()))
        return bundled


def add_section_paths(root: dict[str, Any], section: Path, root_dir: Path) -> None:
    """Reference every path of a section file from the root, as a maintainer would by hand."""
    relative = section.relative_to(root_dir).as_posix()
    for path in load_yaml(section).get("paths") or {}:
        pointer = path.replace("~", "~0").replace("/", "~1")
        root.setdefault("paths", {}).setdefault(path, {"$ref": f"{relative}#/paths/{pointer}"})


def bundle(root_path: Path, extra_sections: Iterable[Path] = ()) -> dict[str, Any]:
    """Return the root OpenAPI document with every cross-file reference resolved.

    `extra_sections` adds the paths of section files the root does not reference yet.
    """
    return Bundler(root_path).bundle(extra_sections)


if __name__ == "__main__":
    import json

    json.dump(bundle(Path(sys.argv[1])), sys.stdout, indent=2)

"""The REST reference: a docs-only enriched copy of the effective spec, and the operation pages.

generated/openapi.json is never changed. Its copy under build/docs gets, on every operation,
a description block with the Python call, the pacing limit and the observed deviations, plus
Redoc's ``x-codeSamples`` (the Python calls) and ``x-ibkr-python``; Redoc renders that copy
into rest/index.html. The Markdown pages written here list the same facts per tag, so the
site's search finds an operation by its operationId and links to its Redoc section.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from docs_common import REST_HTML, STAGE, DocsError, code, load_spec, table, write_page
from docs_deviations import Deviation, by_operation, read_deviations
from docs_python_calls import (
    SERVED_ELSEWHERE,
    FacadeCall,
    code_samples,
    facade_calls,
    generated_function,
)

METHODS = ("get", "put", "post", "delete", "patch")
ENRICHED = STAGE / "openapi.json"
DEVIATIONS_PAGE = "reference/observed-deviations.md"


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    path: str
    tag: str
    definition: dict[str, Any]

    @property
    def redoc_anchor(self) -> str:
        """The route of the operation in the Redoc page (its URL fragment)."""
        return f"/{self.tag}/{self.operation_id}"


def operations(spec: Mapping[str, Any]) -> list[Operation]:
    found = []
    for path, item in spec["paths"].items():
        for method in METHODS:
            if method in item:
                definition = item[method]
                tag = (definition.get("tags") or ["default"])[0]
                found.append(Operation(definition["operationId"], method.upper(), path, tag,
                                       definition))
    return found


def under_global_limit(operation: Operation, spec: Mapping[str, Any]) -> bool:
    """The global limit is the Web API server's: an operation served only elsewhere (the Flex
    Web Service declares its own server) is not counted against it."""
    own = operation.definition.get("servers") or spec["paths"][operation.path].get("servers")
    if not own:
        return True
    web_api = {server["url"] for server in spec.get("servers", [])}
    return bool(web_api & {server["url"] for server in own})


def pacing(operation: Operation, spec: Mapping[str, Any]) -> str:
    """The operation's limit in words, with the global limit when it applies on top."""
    glob = spec.get("x-ibkr-rate-limit", {})
    overall = (f"{glob['requests']} requests per {glob['per_seconds']} s across all operations"
               if glob else "no global limit in the spec")
    if glob.get("penalty_seconds"):
        overall += f" (over it, IBKR blocks the client for {glob['penalty_seconds']} s)"
    own = operation.definition.get("x-ibkr-rate-limit")
    if not under_global_limit(operation, spec):
        if not own:
            return "No limit in the spec (the Web API's global limit is for another server)."
        overall = "the Web API's global limit does not apply to this operation's own server"
    if not own:
        return f"Global limit only: {overall}."
    if "concurrent" in own:
        return f"At most {own['concurrent']} requests in flight; and {overall}."
    return f"{own['requests']} per {own['per_seconds']} s for this operation; and {overall}."


def python_lines(operation: Operation, call: FacadeCall | None) -> list[str]:
    generated = code(generated_function(operation.tag, operation.operation_id))
    if call is not None:
        return [f"**Python**: {code(call.call)}", "",
                f"Signature: {code(call.declaration)}", "",
                f"Also `await` on `AsyncClient`; the generated function is {generated}."]
    served = SERVED_ELSEWHERE.get(operation.operation_id)
    if served is None:
        return [f"**Python**: {generated} (no facade method)."]
    return [f"**Python**: {code(served)}; the generated function is {generated}."]


def deviation_lines(found: list[Deviation], link: str) -> list[str]:
    if not found:
        return ["**Observed deviations**: none recorded."]
    lines = ["**Observed deviations** (real servers differ from the documentation; "
             "the spec above already accepts what they send):", ""]
    for deviation in found:
        summary = " ".join(deviation.description.split())
        lines.append(f"- {summary} ([#{deviation.number}]({link}#{deviation.anchor}))")
    return lines


def facts(operation: Operation, spec: Mapping[str, Any], call: FacadeCall | None,
          found: list[Deviation], link: str) -> str:
    lines = [*python_lines(operation, call), "", f"**Pacing**: {pacing(operation, spec)}", "",
             *deviation_lines(found, link)]
    return "\n".join(lines)


def enrich(spec: Mapping[str, Any]) -> tuple[dict[str, Any], list[Deviation]]:
    """The docs copy of the spec: every operation carries its Python call, pacing, deviations."""
    enriched = copy.deepcopy(dict(spec))
    info = enriched["info"]
    info["description"] = ("[← ibkr-webapi documentation](../index.html): guides, websocket, "
                           "Flex and Python references.\n\n" + info.get("description", ""))
    calls = facade_calls()
    deviations = read_deviations(spec)
    touched = by_operation(deviations)
    site_link = "../" + DEVIATIONS_PAGE.removesuffix(".md") + "/"
    for operation in operations(enriched):
        call = calls.get(operation.operation_id)
        block = facts(operation, spec, call, touched.get(operation.operation_id, []), site_link)
        definition = operation.definition
        definition["description"] = (definition.get("description", "").rstrip()
                                     + "\n\n" + block).strip()
        if call is not None:
            definition["x-codeSamples"] = code_samples(call)
            definition["x-ibkr-python"] = call.call
    return enriched, deviations


def operation_section(operation: Operation, spec: Mapping[str, Any], call: FacadeCall | None,
                      found: list[Deviation]) -> str:
    summary = operation.definition.get("summary", "")
    link = "../observed-deviations.md"
    return "\n".join([
        f"## {operation.operation_id}", "",
        f"{code(operation.method + ' ' + operation.path)}: {summary}", "",
        facts(operation, spec, call, found, link), "",
        f"[Parameters, bodies, responses and examples](../../{REST_HTML}"
        f"#{operation.redoc_anchor})", ""])


def tag_pages(spec: Mapping[str, Any], deviations: list[Deviation]) -> dict[str, list[Operation]]:
    calls = facade_calls()
    touched = by_operation(deviations)
    by_tag: dict[str, list[Operation]] = {}
    for operation in operations(spec):
        by_tag.setdefault(operation.tag, []).append(operation)
    descriptions = {tag["name"]: tag.get("description", "") for tag in spec.get("tags", [])}
    for tag, members in by_tag.items():
        sections = [operation_section(op, spec, calls.get(op.operation_id),
                                      touched.get(op.operation_id, [])) for op in members]
        head = f"# {tag}\n\n{descriptions.get(tag, '')}\n\n"
        write_page(f"reference/operations/{tag}.md", head + "\n".join(sections))
    return by_tag


def index_page(by_tag: dict[str, list[Operation]], total: int) -> None:
    rows = [(f"[{tag}]({tag}.md)", len(members),
             ", ".join(op.operation_id for op in members)) for tag, members in by_tag.items()]
    text = (f"# REST operations\n\nAll {total} operations of the effective spec, by tag, each "
            "with its Python call, pacing limit and observed deviations. The full reference "
            f"(parameters, schemas, responses, examples) is the [REST reference](../../{REST_HTML})"
            ".\n\n" + table(["Tag", "Operations", "operationIds"], rows))
    write_page("reference/operations/index.md", text)


def deviations_page(deviations: list[Deviation]) -> None:
    lines = ["# Observed deviations", "",
             "Where recorded IBKR servers differ from the vendor documentation. Each entry is an "
             "action of `overlay/observed.yaml`; the effective spec (and so the generated client) "
             "already accepts what the servers send. Evidence names files of the recorded "
             "captures.", ""]
    for deviation in deviations:
        lines += [f"## #{deviation.number} {_headline(deviation.description)} "
                  f"{{ #{deviation.anchor} }}",
                  "",
                  " ".join(deviation.description.split()), "",
                  f"Target: {code(deviation.target)}", ""]
        if deviation.operations:
            links = ", ".join(_operation_link(op) for op in sorted(deviation.operations))
            lines += [f"Operations: {links}", ""]
        if deviation.evidence:
            lines += ["Evidence: " + "; ".join(code(item) for item in deviation.evidence), ""]
    write_page(DEVIATIONS_PAGE, "\n".join(lines))


def _headline(description: str, width: int = 60) -> str:
    """The description's start, cut at a word, as a heading (the whole text follows it)."""
    text = " ".join(description.split()).replace("`", "")
    if len(text) <= width:
        return text
    return text[:width].rsplit(" ", 1)[0].rstrip(",;:(") + " …"


TAG_OF: dict[str, str] = {}


def _operation_link(operation_id: str) -> str:
    return f"[{operation_id}](operations/{TAG_OF[operation_id]}.md#{operation_id})"


def build() -> int:
    """Write the enriched spec and the REST pages; returns the number of operations."""
    spec = load_spec()
    enriched, deviations = enrich(spec)
    ENRICHED.parent.mkdir(parents=True, exist_ok=True)
    ENRICHED.write_text(json.dumps(enriched, indent=1), encoding="utf-8")
    TAG_OF.update((op.operation_id, op.tag) for op in operations(spec))
    by_tag = tag_pages(spec, deviations)
    total = sum(len(members) for members in by_tag.values())
    if total != len(operations(enriched)):
        raise DocsError(f"{total} operations on the pages, {len(operations(enriched))} in spec")
    index_page(by_tag, total)
    deviations_page(deviations)
    return total

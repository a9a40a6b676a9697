"""Documentation coverage: what cpapi-v1.md describes that the effective spec lacks.

    python tools/doc_coverage.py [--spec generated/openapi.json]
    python tools/doc_coverage.py --doc ../shared/docs/cpapi-v1.md [--write-inventory]

The repository stands alone, so the check runs against a committed inventory of facts
(contract_tests/facts/cpapi-v1-inventory.json: documented operations, their parameters and
response fields, the websocket chapter's frames and the market data field ids; no prose). With
`--doc`, it reads the vendor documentation instead, says where the committed inventory is stale,
and `--write-inventory` rewrites it; maintainers run that when IBKR updates the documentation.

Reading the documentation: each endpoint subsection of the REST sections (Alerts ...
Watchlists) and of the OAuth 1.0a chapter, its method and path (from the `METHOD /path` line, or
else from the Python or curl example), its `**name:**` parameters under the Path/Query/Body
Params headings, and its `**name:**` fields under the Response Object headings. A parameter must
be a parameter of the operation (body parameters: a property anywhere in the request body); a
response field must be a property anywhere in one of the operation's responses.

The report lists, per section and endpoint, what is missing, then the coverage per kind. It
exits 1 below 100%. Documentation typos are excused only by tools/doc_coverage_allowlist.yaml,
each entry with the reason.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator, Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
INVENTORY = ROOT / "contract_tests" / "facts" / "cpapi-v1-inventory.json"
WS_CHAPTER = ("## Websockets", "## OAuth 1.0a")
WS_FRAME_START = re.compile(r"^(\{|[a-z]{3}(\+|$))")
FIELDS_TABLE = ("### Market Data Fields", "### Unavailable Historical Data")
sys.path.insert(0, str(ROOT / "src"))

from ibkr_webapi.contract.validation import find_operation, resolve_pointer  # noqa: E402

SECTIONS = (
    "Alerts", "Accounts", "Contract", "Event Contracts", "FA Allocation Management",
    "FYIs and Notifications", "Market Data", "Order Monitoring", "Orders", "Portfolio",
    "PortfolioAnalyst", "Scanner", "Session", "Watchlists", "OAuth 1.0a",
)  # fmt: skip
KINDS = ("endpoint", "parameter", "request field", "response field")
NOT_FIELDS = {"note", "important", "example", "warning", "notes"}
METHOD_LINE = re.compile(r"^`?(GET|POST|PUT|DELETE|PATCH)\s+(/[^\s`]*)`?\s*$")
PY_URL = re.compile(r"""request_url\s*=\s*f?["'][^"']*?\{+\s*baseUrl\s*\}+([^"'?\s]*)""")
PY_METHOD = re.compile(r"requests\.(get|post|put|delete|patch)\(")
CURL_URL = re.compile(r"--url\s+\{+\s*baseUrl\s*\}*([^\s?\\]*)")
CURL_METHOD = re.compile(r"--request\s+(GET|POST|PUT|DELETE|PATCH)")
FULL_URL = re.compile(r"`https://api\.ibkr\.com/v1/api(/[^`?\s]*)")
PROSE_METHOD = re.compile(r"make a `(GET|POST|PUT|DELETE)` request")
BOLD = re.compile(r"^\*\*([A-Za-z0-9_\\\-\.\[\] ]+?):?\*\*\s*:?")
PARAM_HEADING = re.compile(r"^#{4,6}\s+(Path|Query|Body)\s+(Param|Prams|Params|Parameters?)", re.I)
RESPONSE_HEADING = re.compile(r"^#{3,6}\s+.*Response (Object|Body)", re.I)


@dataclass
class DocEndpoint:
    section: str
    title: str
    method: str = ""
    path: str = ""
    parameters: dict[str, set[str]] = field(default_factory=dict)
    response_fields: set[str] = field(default_factory=set)


def clean_path(raw: str) -> str:
    path = re.sub(r"\{+\s*([A-Za-z_]+)\s*\}+", r"{\1}", raw.split("?")[0]).rstrip("/")
    return path or "/"


def clean_name(raw: str) -> str:
    return raw.replace("\\", "").strip().rstrip(":").strip()


def subsections(lines: list[str]) -> Iterator[tuple[str, str, list[str]]]:
    """(section, subsection title, lines) for every ### heading of a known section.

    REST sections are the ### headings of the "Endpoints" chapter; the OAuth chapter is a
    section of its own. Websocket topics (another chapter) are not REST endpoints.
    """
    chapter = section = title = ""
    body: list[str] = []
    for line in lines:
        heading = re.match(r"^(#{2,3})\s+(.*?)\s*$", line)
        if heading and title:
            yield section, title, body
            title, body = "", []
        if heading and heading.group(1) == "##":
            chapter = heading.group(2)
            section = chapter if chapter in SECTIONS else ""
        elif heading and chapter == "Endpoints" and heading.group(2) in SECTIONS:
            section = heading.group(2)
        elif heading and section:
            title = heading.group(2)
        elif title:
            body.append(line)
    if title:
        yield section, title, body


def find_method_and_path(body: list[str]) -> tuple[str, str]:
    for line in body:
        match = METHOD_LINE.match(re.sub(r"\{+\s*(\w+)\s*\}+", r"{\1}", line.strip()))
        if match:
            return match.group(1), clean_path(match.group(2))
    text = "\n".join(body)
    # curl before Python: several Python examples call the wrong path (see the allowlist).
    url, request = CURL_URL.search(text), CURL_METHOD.search(text)
    if url and request:
        return request.group(1), clean_path(url.group(1))
    url, method = PY_URL.search(text), PY_METHOD.search(text)
    if url and method:
        return method.group(1).upper(), clean_path(url.group(1))
    url, prose = FULL_URL.search(text), PROSE_METHOD.search(text)
    if url and prose:
        return prose.group(1), clean_path(url.group(1))
    return "", ""


def parse_endpoint(section: str, title: str, body: list[str]) -> DocEndpoint:
    endpoint = DocEndpoint(section, title)
    endpoint.method, endpoint.path = find_method_and_path(body)
    kind = ""
    for line in body:
        if PARAM_HEADING.match(line):
            kind = PARAM_HEADING.match(line).group(1).lower()  # type: ignore[union-attr]
            if kind == "body" and endpoint.method in ("GET", "DELETE"):
                kind = "query"  # a request without a body: the documentation means its query
        elif RESPONSE_HEADING.match(line):
            kind = "response"
        elif re.match(r"^#{3,6}\s", line) and not line.startswith("###### Copy"):
            kind = ""
        elif kind and (bold := BOLD.match(line.strip())):
            name = clean_name(bold.group(1))
            if name.lower() in NOT_FIELDS or " " in name:
                continue
            if kind == "response":
                endpoint.response_fields.add(name)
            else:
                endpoint.parameters.setdefault(kind, set()).add(name)
    return endpoint


def documented_endpoints(text: str) -> list[DocEndpoint]:
    endpoints = [parse_endpoint(*sub) for sub in subsections(text.splitlines())]
    return [endpoint for endpoint in endpoints if endpoint.method]


def documented_frames(text: str) -> list[str]:
    """The code blocks of the websocket chapter that are frames.

    A block holding several frames (the exercise dialogue) is split at blank lines; blocks of
    Python, curl or /tickle answers are not frames.
    """
    start = text.index(WS_CHAPTER[0])
    chapter = text[start : text.index(WS_CHAPTER[1], start)]
    blocks = re.findall(r"^```[^\n]*\n(.*?)^```", chapter, flags=re.S | re.M)
    frames = []
    for block in blocks:
        for part in re.split(r"\n\s*\n", block.strip()):
            if WS_FRAME_START.match(part.strip()) and "ssoExpires" not in part:
                frames.append(part.strip())
    return frames


def documented_field_ids(text: str) -> list[str]:
    """The ids of the documentation's Market Data Fields table."""
    start = text.index(FIELDS_TABLE[0])
    table = text[start : text.index(FIELDS_TABLE[1], start)]
    return re.findall(r"^\| (\d+)\s+\|", table, flags=re.M)


def extract_inventory(text: str) -> dict[str, Any]:
    """The facts of the documentation that the checks need, as plain JSON."""
    endpoints = []
    for endpoint in documented_endpoints(text):
        entry = asdict(endpoint)
        entry["parameters"] = {k: sorted(v) for k, v in sorted(endpoint.parameters.items())}
        entry["response_fields"] = sorted(endpoint.response_fields)
        endpoints.append(entry)
    return {
        "source": "cpapi-v1.md (IBKR Client Portal Web API documentation)",
        "endpoints": endpoints,
        "websocket_frames": documented_frames(text),
        "market_data_field_ids": documented_field_ids(text),
    }


def load_inventory(path: Path = INVENTORY) -> dict[str, Any]:
    inventory: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return inventory


def inventory_endpoints(inventory: dict[str, Any]) -> list[DocEndpoint]:
    return [
        DocEndpoint(
            entry["section"], entry["title"], entry["method"], entry["path"],
            {kind: set(names) for kind, names in entry["parameters"].items()},
            set(entry["response_fields"]),
        )
        for entry in inventory["endpoints"]
    ]  # fmt: skip


def stale_parts(committed: dict[str, Any], fresh: dict[str, Any]) -> list[str]:
    """The parts of the committed inventory that differ from a fresh reading of the docs."""
    return [key for key in fresh if committed.get(key) != fresh[key]]


def property_names(spec: dict[str, Any], node: Any, seen: set[int] | None = None) -> set[str]:
    """Every property name reachable from a schema, through refs, items and combinators."""
    seen = seen if seen is not None else set()
    if isinstance(node, list):
        return set().union(*(property_names(spec, item, seen) for item in node)) if node else set()
    if not isinstance(node, dict) or id(node) in seen:
        return set()
    seen.add(id(node))
    if isinstance(node.get("$ref"), str):
        return property_names(spec, resolve_pointer(spec, node["$ref"].lstrip("#")), seen)
    names = set(node.get("properties") or {})
    for value in node.values():
        names |= property_names(spec, value, seen)
    return names


@dataclass
class Finding:
    section: str
    endpoint: str
    kind: str
    item: str


def check_endpoint(spec: dict[str, Any], doc: DocEndpoint) -> tuple[int, list[Finding]]:
    label = f"{doc.method} {doc.path} ({doc.title})"
    operation = find_operation(spec, doc.method, doc.path)
    if operation is None:
        return 1, [Finding(doc.section, label, "endpoint", f"{doc.method} {doc.path}")]
    findings, checked = [], 1
    definition = operation.definition
    declared = {p.get("name") for p in _parameters(spec, operation.path, definition)}
    body = property_names(spec, definition.get("requestBody", {}))
    responses = definition.get("responses", {})
    # Fields documented under an error object ("Eror Response Object") live on error responses.
    returned = property_names(spec, list(responses.values()))
    for where, names in sorted(doc.parameters.items()):
        for name in sorted(names):
            checked += 1
            known = body if where == "body" else declared
            if name not in known:
                kind = "request field" if where == "body" else "parameter"
                findings.append(Finding(doc.section, label, kind, f"{where} {name}"))
    for name in sorted(doc.response_fields):
        checked += 1
        if name not in returned:
            findings.append(Finding(doc.section, label, "response field", name))
    return checked, findings


def _parameters(spec: dict[str, Any], path: str, definition: Mapping[str, Any]) -> list[Any]:
    shared = spec["paths"][path].get("parameters", [])
    resolved = []
    for parameter in [*shared, *definition.get("parameters", [])]:
        if "$ref" in parameter:
            parameter = resolve_pointer(spec, parameter["$ref"].lstrip("#"))
        resolved.append(parameter)
    return resolved


def load_allowlist(path: Path) -> list[dict[str, str]]:
    if not path.exists():
        return []
    return list(yaml.safe_load(path.read_text(encoding="utf-8")) or [])


def excused(finding: Finding, allowlist: list[dict[str, str]]) -> bool:
    return any(
        entry["section"] == finding.section
        and entry["item"] == finding.item
        and entry.get("endpoint", finding.endpoint) in finding.endpoint
        for entry in allowlist
    )


def report(
    spec: dict[str, Any], endpoints: list[DocEndpoint], allowlist: list[dict[str, str]]
) -> int:
    total, missing = 0, []
    for doc in endpoints:
        checked, findings = check_endpoint(spec, doc)
        total += checked
        missing += [f for f in findings if not excused(f, allowlist)]
    current = ""
    for finding in missing:
        if finding.section != current:
            current = finding.section
            print(f"\n## {current}")
        print(f"  {finding.endpoint}: missing {finding.kind} {finding.item}")
    covered = total - len(missing)
    unique = len({(doc.method, doc.path) for doc in endpoints})
    print(f"\n{unique} documented endpoints; {covered}/{total} items covered", end="")
    print(f" ({100 * covered / max(total, 1):.1f}%), {len(allowlist)} allowlisted typos")
    for kind in KINDS:
        print(f"  missing {kind}s: {sum(1 for f in missing if f.kind == kind)}")
    return 1 if missing else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--doc", type=Path, help="read the vendor documentation (cpapi-v1.md)")
    parser.add_argument("--write-inventory", action="store_true", help="with --doc: update it")
    parser.add_argument("--spec", type=Path, default=ROOT / "generated" / "openapi.json")
    parser.add_argument(
        "--allowlist", type=Path, default=ROOT / "tools" / "doc_coverage_allowlist.yaml"
    )
    args = parser.parse_args()
    inventory = load_inventory()
    if args.doc:
        fresh = extract_inventory(args.doc.read_text(encoding="utf-8"))
        for part in stale_parts(inventory, fresh):
            print(f"the committed inventory is stale: {part} differs from {args.doc}")
        if args.write_inventory:
            INVENTORY.write_text(json.dumps(fresh, indent=1) + "\n", encoding="utf-8")
        inventory = fresh
    spec = json.loads(args.spec.read_text(encoding="utf-8"))
    return report(spec, inventory_endpoints(inventory), load_allowlist(args.allowlist))


if __name__ == "__main__":
    sys.exit(main())

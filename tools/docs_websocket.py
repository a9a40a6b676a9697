"""The websocket reference, from spec/asyncapi.yaml: every topic, the frame a client sends, the
messages the server answers with, their fields, examples and observed deviations.

One section per AsyncAPI operation (anchor: the operation's name, lowercased), in document
order. The Python column comes from ibkr_webapi.ws: the `TopicShortcuts` method whose body
subscribes to the topic (read with `ast`), else the generic ``stream.subscribe`` /
``stream.unsolicited`` call.
"""

from __future__ import annotations

import ast
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

from docs_common import ROOT, DocsError, code, fenced, load_spec, table, write_page
from docs_deviations import Deviation, read_deviations
from docs_schema import components_reached, field_rows

ASYNCAPI = ROOT / "spec" / "asyncapi.yaml"
SHORTCUTS = ROOT / "src" / "ibkr_webapi" / "ws" / "shortcuts.py"
PAGE = "reference/websocket.md"


def shortcut_methods(path: Path = SHORTCUTS) -> dict[str, str]:
    """Topic -> ``stream.<method>(<parameters>)`` for every shortcut that subscribes to it."""
    found: dict[str, str] = {}
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.FunctionDef) or node.name == "subscribe":
            continue
        for call in ast.walk(node):
            if (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
                    and call.func.attr == "subscribe" and call.args
                    and isinstance(call.args[0], ast.Constant)):
                parameters = ", ".join(arg.arg for arg in node.args.args[1:])
                found.setdefault(str(call.args[0].value), f"stream.{node.name}({parameters})")
    return found


def deref(node: Mapping[str, Any], document: Mapping[str, Any]) -> Mapping[str, Any]:
    """Follow local AsyncAPI refs (``#/channels/api/messages/x``) to their target."""
    while "$ref" in node and node["$ref"].startswith("#/"):
        target: Any = document
        for part in node["$ref"][2:].split("/"):
            target = target[part]
        node = target
    return node


def example_block(example: Mapping[str, Any]) -> str:
    payload = example.get("payload")
    text = payload if isinstance(payload, str) else json.dumps(payload, indent=2)
    title = example.get("summary") or example.get("name", "")
    return f"*{' '.join(str(title).split())}*\n\n" + fenced(text, "" if isinstance(
        payload, str) else "json")


def fields_table(schema: Mapping[str, Any], spec: Mapping[str, Any]) -> str:
    rows = list(field_rows(schema, spec))
    return table(["Field", "Type", "Description"], rows) if rows else "No fields.\n"


def frame_text(message: Mapping[str, Any], spec: Mapping[str, Any]) -> str:
    frame = message.get("x-ibkr-frame", {})
    lines = [f"Topic {code(frame.get('topic', message.get('name')))}"
             + (f", target: {frame['target']}" if frame.get("target") else ", no target") + ".",
             ""]
    if "arguments" in frame:
        lines += ["Arguments (the JSON after the second `+`):", "",
                  fields_table(frame["arguments"], spec)]
    return "\n".join(lines)


def message_text(message: Mapping[str, Any], spec: Mapping[str, Any],
                 deviations: list[Deviation], outgoing: bool) -> str:
    lines = [f"#### {message.get('title', message.get('name'))}", ""]
    if message.get("description"):
        lines += [" ".join(message["description"].split()), ""]
    lines.append(frame_text(message, spec) if outgoing else fields_table(message["payload"], spec))
    reached = components_reached(message.get("payload", {}), spec)
    if not outgoing:
        reached |= components_reached(message.get("x-ibkr-frame", {}), spec)
    touching = [d for d in deviations if d.components & reached]
    if touching:
        lines += ["Observed deviations:", ""]
        lines += [f"- {' '.join(d.description.split())} "
                  f"([#{d.number}](observed-deviations.md#{d.anchor}))" for d in touching]
        lines.append("")
    lines += [example_block(example) for example in message.get("examples", [])]
    return "\n".join(lines)


def python_text(operation: Mapping[str, Any], topic: str, shortcuts: Mapping[str, str]) -> str:
    if operation["action"] == "receive":
        return f"Python: {code(f'stream.unsolicited({topic!r})')}"
    method = shortcuts.get(topic.split("+")[0])
    if method:
        return f"Python: {code(method)} (or {code('stream.subscribe(...)')})"
    return f"Python: {code('stream.send_frame(...)')} / {code('stream.subscribe(...)')}"


def operation_section(name: str, operation: Mapping[str, Any], document: Mapping[str, Any],
                      spec: Mapping[str, Any], deviations: list[Deviation],
                      shortcuts: Mapping[str, str]) -> str:
    topic = str(operation.get("title", name))
    outgoing = operation["action"] == "send"
    lines = [f"## {topic}: {name} {{ #{name.lower()} }}", "",
             " ".join(str(operation.get("description", "")).split()), "",
             python_text(operation, topic, shortcuts), ""]
    lines.append("### The client sends" if outgoing else "### The server sends")
    lines.append("")
    for ref in operation.get("messages", []):
        lines.append(message_text(deref(ref, document), spec, deviations, outgoing))
    replies = operation.get("reply", {}).get("messages", [])
    if replies:
        lines += ["### The server answers", ""]
        lines += [message_text(deref(ref, document), spec, deviations, False) for ref in replies]
    return "\n".join(lines)


def build() -> int:
    """Write the websocket reference; returns the number of operations (topics) on it."""
    document = yaml.safe_load(ASYNCAPI.read_text(encoding="utf-8"))
    spec = load_spec()
    deviations = read_deviations(spec)
    shortcuts = shortcut_methods()
    info = document["info"]
    servers = [(name, f"{s['protocol']}://{s['host']}{s.get('pathname', '')}",
                " ".join(s.get("description", "").split()))
               for name, s in document.get("servers", {}).items()]
    head = ["# Websocket reference", "", info.get("description", ""), "## Servers", "",
            table(["Server", "URL", "Description"], servers),
            "## Topics", "", table(["Topic", "Operation", "Direction", "Description"], [
                (op.get("title", name), f"[{name}](#{name.lower()})", op["action"],
                 op.get("description", "")) for name, op in document["operations"].items()])]
    sections = [operation_section(name, op, document, spec, deviations, shortcuts)
                for name, op in document["operations"].items()]
    if not sections:
        raise DocsError(f"{ASYNCAPI}: no operations")
    write_page(PAGE, "\n".join(head) + "\n" + "\n".join(sections))
    return len(sections)

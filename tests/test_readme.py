"""The README's examples: the mock-server one runs as written and prints what its comments
say; the CI workflow, the commands and the overlay of the contract sections are valid."""

from __future__ import annotations

import re
import shlex
import textwrap
from pathlib import Path

import pytest
import yaml

README = Path(__file__).resolve().parents[1] / "README.md"


def python_block(heading: str) -> str:
    section = README.read_text(encoding="utf-8").split(heading, 1)[1].split("\n## ", 1)[0]
    found = re.search(r"```python\n(.*?)```", section, re.DOTALL)
    assert found, f"README.md: {heading!r} has no python code block"
    return found.group(1)


def test_the_mock_server_example(capsys: pytest.CaptureFixture[str]) -> None:
    exec(compile(python_block("## The mock server"), "README.md (mock)", "exec"), {})
    assert capsys.readouterr().out.split() == ["U1234567", "2"]


def _blocks(heading: str, language: str) -> list[str]:
    """The fenced blocks of a section written in `language` ("" for plain blocks)."""
    section = README.read_text(encoding="utf-8").split(heading, 1)[1].split("\n## ", 1)[0]
    blocks, current, kind = [], [], None
    for line in section.splitlines():
        fence = line.strip()
        if fence.startswith("```"):
            if kind is None:
                kind, current = fence[3:], []
                continue
            if kind == language:
                blocks.append("\n".join(current) + "\n")
            kind = None
        elif kind is not None:
            current.append(line.strip() if language == "" else line)
    return blocks


def _commands(heading: str) -> list[list[str]]:
    """Every `ibkr-webapi ...` command line of a section (shell blocks and workflow steps)."""
    text = "\n".join(_blocks(heading, "") + _blocks(heading, "yaml")).replace("\\\n", " ")
    return [shlex.split(line.split("#")[0])[1:] for line in
            (match.strip() for match in re.findall(r"ibkr-webapi [^\n`]*", text))]


def test_the_ci_section_commands_and_workflow_are_valid() -> None:
    from ibkr_webapi.cli import build_parser

    (workflow,) = [block for block in _blocks("## Contract tests in your CI", "yaml")]
    steps = yaml.safe_load(workflow)["jobs"]["contract"]["steps"]
    assert any("--ibkr-contract" in step.get("run", "") for step in steps)
    commands = _commands("## Contract tests in your CI")
    assert {tuple(c[:2]) for c in commands} == {("contract", "record"), ("contract", "check")}
    for command in commands:
        build_parser().parse_args(command)
    (example,) = _blocks("## Contract tests in your CI", "python")
    compile(textwrap.dedent(example), "README.md (ContractCheckingTransport)", "exec")


def test_the_overlay_example_applies_to_the_installed_contract(tmp_path: Path) -> None:
    from ibkr_webapi.cli import build_parser
    from ibkr_webapi.codegen.generator import patched_spec

    (overlay,) = _blocks("## Patch the contract without forking", "yaml")
    (tmp_path / "my-fields.yaml").write_text(overlay)
    spec = patched_spec([tmp_path / "my-fields.yaml"])
    assert spec["components"]["schemas"]["TickleResponse"]["properties"]["secondsLeft"] == {
        "type": "integer"}
    (command,) = _commands("## Patch the contract without forking")
    build_parser().parse_args(command)

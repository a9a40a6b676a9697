"""`ibkr-webapi generate --overlay`: the installed contract plus a user's overlay, through the
pinned generator and templates, gives an importable ibkr_client with the new typed field."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ibkr_webapi.cli import main

OVERLAY = Path(__file__).parent / "overlays" / "new_field.yaml"
CHECK = """
import typing, attrs, ibkr_client
from ibkr_client.models import TickleResponse
from ibkr_client.types import Unset
from ibkr_webapi import Client  # the facade runs on the regenerated package
assert ibkr_client.__file__.startswith({out!r}), ibkr_client.__file__
field = attrs.fields_dict(TickleResponse)["seconds_left"]
declared = eval(str(field.type), {{"Unset": Unset, "Union": typing.Union}})
assert declared in (typing.Union[Unset, int], Unset | int), field.type
tickle = TickleResponse.from_dict({{"session": "s", "secondsLeft": 42}})
assert tickle.seconds_left == 42 and tickle.to_dict()["secondsLeft"] == 42
print("ok", field.name)
"""


def test_an_overlay_adds_a_typed_field(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "patched"
    assert main(["generate", "--overlay", str(OVERLAY), "--out", str(out)]) == 0
    assert "PYTHONPATH=" in capsys.readouterr().out
    assert (out / "openapi.json").exists() and (out / "ibkr_client" / "grouped.py").exists()
    environment = {**os.environ, "PYTHONPATH": str(out)}
    result = subprocess.run([sys.executable, "-c", CHECK.format(out=str(out))], cwd=tmp_path,
                            env=environment, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok seconds_left"


def test_an_overlay_that_selects_nothing_is_refused(tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    stale = tmp_path / "stale.yaml"
    stale.write_text("overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions:\n"
                     "  - target: $.components.schemas.NoSuchModel\n    update: {x: 1}\n")
    assert main(["generate", "--overlay", str(stale), "--out", str(tmp_path / "o")]) == 1
    assert "selects nothing" in capsys.readouterr().err
    assert not (tmp_path / "o" / "ibkr_client").exists()


def test_a_missing_overlay_file_is_refused(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["generate", "--overlay", str(tmp_path / "no.yaml"), "--out", "x"]) == 1
    assert "no such overlay file" in capsys.readouterr().err

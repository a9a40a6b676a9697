"""What a contract check found, row by row, and the verdict over all rows.

A row has a kind. ``violation`` (the contract refuses the request or the response) and
``unreadable`` (a recording that could not be checked at all) fail a run. Everything else is
drift: the drift kinds of `ibkr_webapi.contract.findings` (``new_field``, ``missing_field``,
``new_enum_value``, ``undeclared_status``, and any kind it adds later) and ``unknown_operation``
(a path the contract does not have). Drift fails only a ``--strict`` run.

>>> row = Row("tickle", "a.json", "GET /tickle", "response", "new_field", "$.x", "new")
>>> row.fails(strict=False), row.fails(strict=True)
(False, True)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

FAILING_KINDS = frozenset({"violation", "unreadable"})


@dataclass(frozen=True)
class Row:
    """One finding: where it was seen and what it is."""

    operation: str
    """operationId, ``ws <topic>``, ``flex``, or ``METHOD /path`` for an unknown path."""
    source: str
    label: str
    """What was checked: ``GET /v1/api/portfolio/accounts``, a frame's topic, a file."""
    part: str
    """request, response, frame, report or file."""
    kind: str
    json_path: str
    message: str

    def fails(self, *, strict: bool) -> bool:
        return strict or self.kind in FAILING_KINDS


@dataclass(frozen=True)
class Checked:
    """One checked item (an exchange, a frame, a file) and its findings."""

    operation: str
    source: str
    label: str
    rows: Sequence[Row] = field(default_factory=tuple)


def failed(checked: Sequence[Checked], *, strict: bool) -> bool:
    """Whether these results fail a run (violations; any finding when `strict`)."""
    return any(row.fails(strict=strict) for item in checked for row in item.rows)

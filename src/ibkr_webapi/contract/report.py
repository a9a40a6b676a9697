"""What failed in a contract run, one row per operation and reason, printed as a table.

A failure becomes rows of (operation, part, what failed, JSON path). Schemathesis failures
(`FailureGroup`, possibly inside an `ExceptionGroup` from Hypothesis) give one row per failed
check, with the JSON path of a schema violation; any other assertion gives one row, with the
first JSON path (``$.a[0].b``) its message mentions.

Example:
    >>> rows = rows_from_exception(AssertionError("x.json: $.authenticated: 1 is not a str"),
    ...                            operation="get_auth_status", part="2 cassettes")
    >>> print(format_table(rows))
    operation        part         what failed                              JSON path
    ---------------  -----------  ---------------------------------------  ---------------
    get_auth_status  2 cassettes  x.json: $.authenticated: 1 is not a str  $.authenticated
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

JSON_PATH = re.compile(r"(?<![\w$])\$(?:\.[A-Za-z_][\w-]*|\[\d+\]|\['[^']*'\])*")
WHAT_WIDTH = 60
HEADERS = ("operation", "part", "what failed", "JSON path")
OperationResolver = Callable[[str], str]
"""Turns a schemathesis label such as ``POST /tickle`` into an operationId."""


@dataclass(frozen=True)
class FailureRow:
    """One reason one operation failed."""

    operation: str
    part: str
    what: str
    json_path: str


def json_path_of(instance_path: Iterable[str | int]) -> str:
    """JSONPath of a jsonschema instance path.

    >>> json_path_of(["orders", 0, "price"])
    '$.orders[0].price'
    """
    path = "$"
    for step in instance_path:
        path += f"[{step}]" if isinstance(step, int) else f".{step}"
    return path


def first_json_path(message: str) -> str:
    """The first JSON path a message mentions, or "" when it mentions none.

    >>> first_json_path("GET /x (get_x): $.a[1].b: 'q' is not of type 'integer'")
    '$.a[1].b'
    """
    match = JSON_PATH.search(message)
    return match.group(0) if match else ""


def _leaves(error: BaseException) -> Iterator[BaseException]:
    if isinstance(error, BaseExceptionGroup):
        for inner in error.exceptions:
            yield from _leaves(inner)
    else:
        yield error


def _is_schemathesis_failure(error: BaseException) -> bool:
    return hasattr(error, "title") and hasattr(error, "code") and hasattr(error, "operation")


def _first_line(text: str) -> str:
    return _lines(text, 1)


def _lines(text: str, count: int) -> str:
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    return "; ".join(lines[:count])


def _failure_row(
    failure: Any, operation: str, part: str, resolve: OperationResolver | None
) -> FailureRow:
    label = str(getattr(failure, "operation", "") or "")
    name = resolve(label) if resolve and label else operation or label
    instance_path = getattr(failure, "instance_path", None)
    detail = getattr(failure, "_raw_message", None) or _lines(str(failure.message or ""), 2)
    json_path = json_path_of(instance_path) if instance_path is not None else ""
    status = getattr(failure, "status_code", None)
    title = f"{failure.title} ({status})" if status and not detail else str(failure.title)
    what = f"{title}: {detail}" if detail else title
    return FailureRow(name or operation, part, what, json_path)


def rows_from_exception(
    error: BaseException,
    *,
    operation: str,
    part: str,
    resolve: OperationResolver | None = None,
) -> list[FailureRow]:
    """The rows describing `error`, raised by a test of `operation` in `part`."""
    rows = []
    for leaf in _leaves(error):
        if _is_schemathesis_failure(leaf):
            rows.append(_failure_row(leaf, operation, part, resolve))
        else:
            message = str(leaf) or type(leaf).__name__
            rows.append(FailureRow(operation, part, _first_line(message), first_json_path(message)))
    return _unique(rows)


def _unique(rows: Sequence[FailureRow]) -> list[FailureRow]:
    return list(dict.fromkeys(rows))


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 3] + "..."


def format_table(rows: Sequence[FailureRow]) -> str:
    """A plain-text table of `rows`, sorted by operation then part."""
    cells = [
        (row.operation, row.part, _clip(row.what, WHAT_WIDTH), row.json_path)
        for row in sorted(rows, key=lambda r: (r.operation, r.part, r.what))
    ]
    widths = [max(len(line[i]) for line in [HEADERS, *cells]) for i in range(len(HEADERS))]
    lines = [HEADERS, tuple("-" * width for width in widths), *cells]
    return "\n".join(
        "  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip()
        for line in lines
    )

"""Plain-text tables and headings for the demo's output.

>>> print(table(["conid", "symbol"], [[265598, "AAPL"]]))
conid   symbol
------  ------
265598  AAPL
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence


def heading(title: str) -> None:
    print(f"\n== {title} ==")


def table(headers: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """Left-aligned columns as wide as their widest cell."""
    cells = [[str(header) for header in headers], *[[_text(cell) for cell in row] for row in rows]]
    widths = [max(len(row[column]) for row in cells) for column in range(len(headers))]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True))
             for row in cells]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(line.rstrip() for line in lines)


def _text(cell: object) -> str:
    if isinstance(cell, float):
        return f"{cell:,.2f}"
    return "" if cell is None else str(cell)

"""Schema drift: what a report had that the contract does not know, in one summary object.

IBKR adds sections, attributes and codes without notice. The parser keeps the
data (unknown rows arrive as UnknownRow, unknown attributes in ``extra``) and
collects what was new here, once, instead of warning per row.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TypeVar

K = TypeVar("K")

SAMPLES_PER_KEY = 20


@dataclass
class SchemaDrift:
    """Everything in a report that the XSD does not describe.

    Keys are ``(row tag, attribute)`` or ``(section, row tag)``; counts are occurrences,
    except ``unknown_values`` which holds the distinct values seen (up to 20 each).

    >>> drift = SchemaDrift()
    >>> drift.unknown_attribute("Trade", "newColumn")
    >>> bool(drift), drift.summary()
    (True, 'unknown attributes: Trade.newColumn (1)')
    """

    unknown_sections: Counter[str] = field(default_factory=Counter)
    unknown_rows: Counter[tuple[str, str]] = field(default_factory=Counter)
    unknown_attributes: Counter[tuple[str, str]] = field(default_factory=Counter)
    unknown_values: dict[tuple[str, str], set[str]] = field(default_factory=dict)
    invalid_values: dict[tuple[str, str], Counter[str]] = field(default_factory=dict)
    unknown_time_zones: Counter[str] = field(default_factory=Counter)
    date_only_datetimes: Counter[tuple[str, str]] = field(default_factory=Counter)
    undecided_sections: Counter[str] = field(default_factory=Counter)

    def __bool__(self) -> bool:
        # Date-only datetimes are counted in the summary but are not drift: IBKR writes
        # CashTransaction dateTime without a time in most real reports.
        return any(
            (
                self.unknown_sections,
                self.unknown_rows,
                self.unknown_attributes,
                self.unknown_values,
                self.invalid_values,
                self.unknown_time_zones,
                self.undecided_sections,
            )
        )

    def unknown_section(self, tag: str) -> None:
        self.unknown_sections[tag] += 1

    def unknown_row(self, section: str, tag: str) -> None:
        self.unknown_rows[(section, tag)] += 1

    def unknown_attribute(self, row: str, attribute: str) -> None:
        self.unknown_attributes[(row, attribute)] += 1

    def unknown_value(self, row: str, attribute: str, value: str) -> None:
        seen = self.unknown_values.setdefault((row, attribute), set())
        if len(seen) < SAMPLES_PER_KEY:
            seen.add(value)

    def invalid_value(self, row: str, attribute: str, value: str) -> None:
        counts = self.invalid_values.setdefault((row, attribute), Counter())
        if value in counts or len(counts) < SAMPLES_PER_KEY:
            counts[value] += 1

    def unknown_time_zone(self, value: str) -> None:
        self.unknown_time_zones[value] += 1

    def date_only_datetime(self, row: str, attribute: str) -> None:
        """A dateTime value without a time (it became midnight)."""
        self.date_only_datetimes[(row, attribute)] += 1

    def undecided_section(self, description: str) -> None:
        """A CSV section whose row type its columns do not decide (rows kept as UnknownRow)."""
        self.undecided_sections[description] += 1

    def summary(self) -> str:
        """One line per kind of drift; empty when there is none."""
        lines = [
            _line("unknown sections", self.unknown_sections.items(), lambda key: key),
            _line("unknown rows", self.unknown_rows.items(), "/".join),
            _line("unknown attributes", self.unknown_attributes.items(), ".".join),
            _line(
                "unknown values",
                ((key, len(values)) for key, values in self.unknown_values.items()),
                lambda key: f"{'.'.join(key)}={sorted(self.unknown_values[key])}",
                show_count=False,
            ),
            _line(
                "invalid values",
                ((key, sum(counts.values())) for key, counts in self.invalid_values.items()),
                lambda key: f"{'.'.join(key)}={sorted(self.invalid_values[key])}",
            ),
            _line("unknown time zones", self.unknown_time_zones.items(), lambda key: key),
            _line(
                "date-only datetimes (read as midnight)",
                self.date_only_datetimes.items(),
                ".".join,
            ),
            _line(
                "CSV sections of undecided type (rows kept as UnknownRow)",
                self.undecided_sections.items(),
                lambda key: key,
            ),
        ]
        return "\n".join(line for line in lines if line)


def _line(
    title: str,
    items: Iterable[tuple[K, int]],
    label: Callable[[K], str],
    show_count: bool = True,
) -> str:
    parts = [f"{label(key)} ({count})" if show_count else label(key) for key, count in items]
    return f"{title}: {', '.join(sorted(parts))}" if parts else ""

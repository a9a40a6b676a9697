"""Parse the formatted values of market data fields (websocket smd and REST snapshots).

IBKR sends prices, sizes and ratios as display strings: "193.18", "C193.18" (the previous
close, no trade yet today), "H193.18" (trading halted), "12.2M" (volume), "1,234", "1.5%",
"N/A". Some arrive as JSON numbers (field 83 on the websocket). `parse_value` turns any of
them into a `FieldValue` that keeps the raw value and adds the number it denotes, so nothing
is lost when a format is new: an unparsable value keeps ``number=None`` and its raw text.

>>> parse_value("C193.18")
FieldValue(raw='C193.18', number=Decimal('193.18'), closed=True, halted=False, percent=False)
>>> parse_value("12.2M").number
Decimal('12200000.0')
>>> parse_value("N/A").is_missing
True
>>> decode_availability("DPB").timeliness
<Timeliness.DELAYED: 'D'>
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import Final, NamedTuple
from urllib.parse import parse_qsl

MISSING_TOKENS: Final = frozenset({"", "N/A", "n/a", "-", "--"})
PREFIX_FLAGS: Final = frozenset("CH")
# Decimal() also reads "NaN" and "Infinity": only strings starting like a number go to it.
_PLAIN_START: Final = frozenset("0123456789-+.")
SUFFIX_SCALES: Final = {"K": Decimal(1_000), "M": Decimal(1_000_000), "B": Decimal(1_000_000_000)}
_NUMBER_RE: Final = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")

RawValue = str | int | float


class FieldValue(NamedTuple):
    """One market data value: the raw value as sent, and the number it denotes, if any.

    ``closed`` is the C prefix (the value is the previous close), ``halted`` the H prefix,
    ``percent`` a trailing "%". ``number`` already applies K/M/B suffixes and drops
    thousands separators. (A NamedTuple: immutable and cheap to build, one per value.)
    """

    raw: RawValue
    number: Decimal | None = None
    closed: bool = False
    halted: bool = False
    percent: bool = False

    @property
    def text(self) -> str:
        """The raw value as text (what a display would show)."""
        return self.raw if isinstance(self.raw, str) else str(self.raw)

    @property
    def is_missing(self) -> bool:
        """True for the placeholders IBKR sends when there is no value ("", "N/A", "-")."""
        return isinstance(self.raw, str) and self.raw.strip() in MISSING_TOKENS

    def __str__(self) -> str:
        return self.text


def parse_value(raw: RawValue) -> FieldValue:
    """Parse one formatted market data value; never raises for a str, int or float."""
    if isinstance(raw, str):
        # Most values are plain decimals ("271.55"): one Decimal() call, no regex.
        if raw[:1] in _PLAIN_START and "_" not in raw:
            try:
                return FieldValue(raw, Decimal(raw))
            except InvalidOperation:
                pass
        return _parse_text(raw)
    if isinstance(raw, bool):
        return FieldValue(raw)
    if isinstance(raw, int | float):
        return FieldValue(raw, Decimal(str(raw)))
    return FieldValue(raw)


def _parse_text(raw: str) -> FieldValue:
    text = raw.strip().replace(",", "")
    closed = halted = percent = False
    if len(text) > 1 and text[0] in PREFIX_FLAGS and not text[1].isalpha():
        closed, halted = text[0] == "C", text[0] == "H"
        text = text[1:]
    if text.endswith("%"):
        percent = True
        text = text[:-1].rstrip()
    scale = SUFFIX_SCALES.get(text[-1:]) if len(text) > 1 else None
    if scale is not None:
        text = text[:-1]
    if not _NUMBER_RE.fullmatch(text):
        return FieldValue(raw)
    number = Decimal(text) * scale if scale is not None else Decimal(text)
    return FieldValue(raw, number, closed, halted, percent)


class Timeliness(Enum):
    """First character of field 6509 (Market Data Availability)."""

    REALTIME = "R"
    DELAYED = "D"
    FROZEN = "Z"
    FROZEN_DELAYED = "Y"
    NOT_SUBSCRIBED = "N"
    ACKNOWLEDGEMENT_MISSING = "O"
    INCOMPLETE = "i"
    VDR_EXEMPT = "v"


_TIMELINESS: Final = {member.value: member for member in Timeliness}
_STRUCTURE_FLAGS: Final = {"P": "snapshot", "p": "consolidated", "B": "book", "d": "details"}


@dataclass(frozen=True, slots=True)
class Availability:
    """Field 6509 decoded: timeliness, then P (snapshot) or p (consolidated), B (book).

    Characters the documentation does not define are kept in ``unknown``, in order.

    >>> decode_availability("RpB")
    Availability(raw='RpB', timeliness=<Timeliness.REALTIME: 'R'>, snapshot=False, \
consolidated=True, book=True, details=False, unknown='')
    """

    raw: str
    timeliness: Timeliness | None = None
    snapshot: bool = False
    consolidated: bool = False
    book: bool = False
    details: bool = False
    unknown: str = ""


def decode_availability(raw: str) -> Availability:
    """Decode a 6509 value such as "RpB", "DPB" or a lone "R"; unknown letters are kept."""
    timeliness = _TIMELINESS.get(raw[:1])
    rest = raw[1:] if timeliness is not None else raw
    flags = {name: False for name in _STRUCTURE_FLAGS.values()}
    unknown = []
    for char in rest:
        name = _STRUCTURE_FLAGS.get(char)
        if name is None:
            unknown.append(char)
        else:
            flags[name] = True
    return Availability(raw, timeliness, unknown="".join(unknown), **flags)


@dataclass(frozen=True, slots=True)
class ServiceParams:
    """Field 6508 decoded: "&serviceID1=122&serviceID2=123" as an ordered mapping.

    >>> decode_service_params("&serviceID1=122&serviceID2=123").service_ids
    ('122', '123')
    """

    raw: str
    params: Mapping[str, str] = field(default_factory=dict)

    @property
    def service_ids(self) -> tuple[str, ...]:
        """The values of the serviceID<n> parameters, in the order sent."""
        return tuple(v for k, v in self.params.items() if k.lower().startswith("serviceid"))


def decode_service_params(raw: str) -> ServiceParams:
    """Decode a 6508 value; anything that is not key=value is ignored but kept in ``raw``."""
    return ServiceParams(raw, dict(parse_qsl(raw.lstrip("&"), keep_blank_values=True)))

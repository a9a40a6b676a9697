"""Tolerant conversion of Flex attribute values, with bounded memo caches.

Flex reports repeat values massively ("0", dates, currencies, codes), so each
kind converts through a memo dict: a hit is a C-level lookup, which is what
makes the parser fast, and shared results (one Decimal("0") for the whole file)
keep full statements small. Memos are cleared when they reach their bound, so
memory stays flat on any file size.

Null tokens ("", "-", "--", "N/A") become None for every kind, free text and
identifiers included (IBKR writes them there too for "no value"). A value that
cannot be converted raises InvalidValue; the parser then keeps the raw text in the
row's ``extra`` and reports it as drift.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Final, Generic, TypeVar

from ibkr_client.flex import ENUM_ALIASES, MULTI, Multi

from .dates import InvalidTemporal, UnknownZone, parse_temporal, parse_time, zone_text

T = TypeVar("T")

NULL_TOKENS: Final = frozenset({"", "-", "--", "N/A", "n/a"})
CACHE_LIMIT: Final = 20_000
_THOUSANDS_RE: Final = re.compile(r"\s*[+-]?\d{1,3}(,\d{3})+(\.\d*)?\s*\Z")
_BOOLS: Final = {
    **dict.fromkeys(("Y", "y", "YES", "Yes", "yes", "TRUE", "True", "true", "1"), True),
    **dict.fromkeys(("N", "n", "NO", "No", "no", "FALSE", "False", "false", "0"), False),
}

Temporal = datetime.date | Multi | None


class InvalidValue(ValueError):
    """A raw attribute value that does not fit its declared kind."""


class Memo(dict[str, T]):
    """A bounded memo dict that converts on a miss: ``memo[raw]`` is the converted value.

    A hit is one C-level subscript, with no Python call, which is what makes the
    compiled row builders fast. A miss calls ``__missing__``, which converts,
    clears the memo when it is full (memory stays flat) and remembers.
    """

    def __init__(self, cache: ValueCache[T]) -> None:
        super().__init__()
        self._convert = cache.convert
        self._prefill = cache.prefill

    def __missing__(self, raw: str) -> T:
        value = self._convert(raw)
        if len(self) >= CACHE_LIMIT:
            self.clear()
            self._prefill()
        self[raw] = value
        return value


class ValueCache(Generic[T]):
    """A converter with a bounded memo: ``cache(raw)`` converts once and remembers.

    ``memo`` is exposed on purpose: the row builder subscripts it directly.
    """

    def __init__(self) -> None:
        self.memo: Memo[T] = Memo(self)
        self.prefill()

    def prefill(self) -> None:
        """Entries that survive every clear (null tokens, known members)."""

    def convert(self, raw: str) -> T:
        raise NotImplementedError

    def __call__(self, raw: str) -> T:
        return self.memo[raw]


class NullableCache(ValueCache[T | None]):
    """A cache that maps the null tokens to None before converting."""

    def prefill(self) -> None:
        self.memo.update(dict.fromkeys(NULL_TOKENS))


class DecimalCache(NullableCache[Decimal]):
    """Money, quantities, prices: exact Decimal, thousands separators allowed.

    >>> DecimalCache()("1,234.50"), DecimalCache()("--")
    (Decimal('1234.50'), None)
    """

    def convert(self, raw: str) -> Decimal | None:
        try:
            value = Decimal(raw)
        except InvalidOperation:
            value = _decimal_with_separators(raw)
        if not value.is_finite():
            raise InvalidValue(raw)
        return value


def _decimal_with_separators(raw: str) -> Decimal:
    if _THOUSANDS_RE.match(raw) is None:
        raise InvalidValue(raw)
    return Decimal(raw.replace(",", ""))


class IntegerCache(NullableCache[int]):
    """Counts."""

    def convert(self, raw: str) -> int | None:
        text = raw.replace(",", "") if _THOUSANDS_RE.match(raw) else raw
        try:
            return int(text)
        except ValueError:
            raise InvalidValue(raw) from None


class BoolCache(NullableCache[bool]):
    """Y/N flags (Yes/No, true/false and 1/0 too)."""

    def prefill(self) -> None:
        super().prefill()
        self.memo.update(_BOOLS)

    def convert(self, raw: str) -> bool | None:
        raise InvalidValue(raw)


class CodeCache(NullableCache[str]):
    """Codes and currencies: the raw text, null tokens as None."""

    def convert(self, raw: str) -> str | None:
        return raw


class ListCache(ValueCache[tuple[str, ...]]):
    """Separated lists: notes "C;O" (";" or ","), permissions "Stocks,Options"."""

    def __init__(self, separators: str) -> None:
        self._separators = separators
        super().__init__()

    def convert(self, raw: str) -> tuple[str, ...]:
        if raw in NULL_TOKENS:
            return ()
        separator = next((sep for sep in self._separators if sep in raw), self._separators[0])
        return tuple(item.strip() for item in raw.split(separator) if item.strip())


class DateCache(NullableCache[datetime.date | Multi]):
    """Date fields: always a ``datetime.date`` (a time in the text is dropped), or MULTI.

    >>> DateCache(None)("20230829;101454")
    datetime.date(2023, 8, 29)
    """

    def __init__(self, day_first: bool | None) -> None:
        self.day_first = day_first
        super().__init__()

    def prefill(self) -> None:
        super().prefill()
        self.memo["MULTI"] = MULTI

    def convert(self, raw: str) -> datetime.date | Multi | None:
        try:
            value = parse_temporal(raw, self.day_first)
        except UnknownZone as unknown:
            value = unknown.naive
        except InvalidTemporal:
            raise InvalidValue(raw) from None
        return value.date() if isinstance(value, datetime.datetime) else value


class DateTimeMemo(Memo[T]):
    """A memo that keeps date-only values aside, so each occurrence is counted.

    They are looked up in a second dict on every occurrence (a Python call, but no
    parsing); everything else is a plain C-level hit.
    """

    def __init__(self, cache: DateTimeCache) -> None:
        super().__init__(cache)  # type: ignore[arg-type]
        self._cache = cache
        self._date_only: dict[str, T] = {}

    def __missing__(self, raw: str) -> T:
        cache = self._cache
        value = self._date_only.get(raw)
        if value is None:
            cache.date_only = False
            value = super().__missing__(raw)
            if not cache.date_only:
                return value
            del self[raw]
            if len(self._date_only) >= CACHE_LIMIT:
                self._date_only.clear()
            self._date_only[raw] = value
        cache.on_date_only()
        return value


class DateTimeCache(NullableCache[datetime.datetime | Multi]):
    """DateTime fields of one row attribute: always a naive ``datetime.datetime``, or MULTI.

    The zone rule: a value is the wall-clock time as the report writes it, naive. A zone the
    text states (``EDT``, ``-04:00``, ``America/New_York``) is dropped from the value and
    reported through ``on_zone`` (the report keeps it beside, in ``time_zones``), so any two
    values of a field compare, within a report and across reports. A date-only value is
    midnight and reported through ``on_date_only`` once per occurrence.

    >>> cache = DateTimeCache(None, on_zone=print, on_date_only=lambda: print("date only"))
    >>> cache("20230829;101454 EDT")
    EDT
    datetime.datetime(2023, 8, 29, 10, 14, 54)
    >>> cache("20230829")
    date only
    datetime.datetime(2023, 8, 29, 0, 0)
    """

    def __init__(
        self,
        day_first: bool | None,
        *,
        on_zone: Callable[[str], None],
        on_date_only: Callable[[], None],
        on_unknown_zone: Callable[[str], None] | None = None,
    ) -> None:
        self.day_first = day_first
        self._on_zone = on_zone
        self._on_unknown_zone = on_unknown_zone or on_zone
        self.on_date_only = on_date_only
        self.date_only = False  # set by convert for DateTimeMemo
        super().__init__()
        self.memo = DateTimeMemo(self)
        self.prefill()

    def prefill(self) -> None:
        super().prefill()
        self.memo["MULTI"] = MULTI

    def convert(self, raw: str) -> datetime.datetime | Multi | None:
        try:
            value = parse_temporal(raw, self.day_first)
        except UnknownZone as unknown:
            self._on_unknown_zone(raw)
            return unknown.naive
        except InvalidTemporal:
            raise InvalidValue(raw) from None
        if not isinstance(value, datetime.datetime):
            self.date_only = True
            return datetime.datetime.combine(value, datetime.time())
        if value.tzinfo is not None:
            self._on_zone(zone_text(raw))
            value = value.replace(tzinfo=None)
        return value


class TimeCache(NullableCache[datetime.time]):
    """Times of day."""

    def convert(self, raw: str) -> datetime.time | None:
        try:
            return parse_time(raw)
        except InvalidTemporal:
            raise InvalidValue(raw) from None


class EnumCache(NullableCache[StrEnum | str]):
    """An open enumeration: known values become members, unknown ones stay str and are reported."""

    def __init__(self, enum: type[StrEnum], on_unknown: Callable[[str], None]) -> None:
        self._enum = enum
        self._on_unknown = on_unknown
        super().__init__()

    def prefill(self) -> None:
        super().prefill()
        self.memo.update({member.value: member for member in self._enum})
        self.memo.update(ENUM_ALIASES.get(self._enum, {}))  # other spellings, same member

    def convert(self, raw: str) -> StrEnum | str | None:
        self._on_unknown(raw)
        return raw


class TextCache(NullableCache[str]):
    """Free text and identifiers: verbatim (a CUSIP keeps its leading zero); null tokens None.

    IBKR writes "N/A" (exchOrderId), "-" (the account of SUMMARY rows) and "--" for
    "no value" in text and id columns too, so they are None there as in every kind.
    The row builders do not use the memo for text (ids are unique: it would only churn);
    they test ``raw in NULL_TOKENS`` inline.
    """

    def convert(self, raw: str) -> str | None:
        return raw

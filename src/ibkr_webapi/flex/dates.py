"""Flex dates and times: every configurable format, MULTI, time zones, and day/month order.

A Flex query chooses its date format (yyyyMMdd, yyyy-MM-dd, MM/dd/yyyy, MM/dd/yy,
dd/MM/yyyy, dd/MM/yy, dd-MMM-yy), its date/time separator and its time format.
Old reports mix formats, so every value is read by its shape. Only slash dates
are ambiguous: 03/04/2023 is 3 April or 4 March. The design:

- ``date_format`` fixes the order when given ("dd/MM/yyyy" means day first);
- otherwise the order is detected once per file from the first slash date whose
  day or month is above 12 (``detect_day_first``);
- if no value decides it, a slash date raises FlexAmbiguousDateError. Day and
  month are never swapped silently, and a value that contradicts the order is
  invalid (reported as drift), not reinterpreted.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable
from typing import Final
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .errors import FlexAmbiguousDateError

DATE_FORMATS: Final = (
    "yyyyMMdd",
    "yyyy-MM-dd",
    "yyyy/MM/dd",
    "MM/dd/yyyy",
    "MM/dd/yy",
    "dd/MM/yyyy",
    "dd/MM/yy",
    "dd-MMM-yy",
    "dd-MMM-yyyy",
)
"""Values accepted by the ``date_format`` option."""

MONTHS: Final = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}

# Fixed offsets of the abbreviations IBKR uses. Ambiguous ones are left out, so a value
# carrying them is reported as an unknown zone instead of being given a guessed offset:
# CST (US Central -06:00, China +08:00, Cuba -05:00), IST (India, Israel, Ireland),
# BST (British Summer +01:00, Bangladesh +06:00), MST (US Mountain -07:00, Malaysia +08:00).
ZONE_OFFSETS: Final = {
    "Z": 0,
    "UTC": 0,
    "GMT": 0,
    "EST": -5,
    "EDT": -4,
    "CDT": -5,
    "MDT": -6,
    "PST": -8,
    "PDT": -7,
    "CET": 1,
    "CEST": 2,
    "MET": 1,
    "MEST": 2,
    "EET": 2,
    "EEST": 3,
    "HKT": 8,
    "SGT": 8,
    "JST": 9,
    "KST": 9,
    "AEST": 10,
    "AEDT": 11,
}

_DATE = r"""
    (?:
        (?P<compact>\d{8})
      | (?P<iy>\d{4})[-/](?P<im>\d{1,2})[-/](?P<id>\d{1,2})
      | (?P<sa>\d{1,2})/(?P<sb>\d{1,2})/(?P<sy>\d{4}|\d{2})
      | (?P<nd>\d{1,2})-(?P<nm>[A-Za-z]{3})-(?P<ny>\d{4}|\d{2})
    )
"""
_TIME = r"""
    (?:
        (?:;|,\s?|\s|T)?
        (?P<time>\d{6}|\d{4}|\d{1,2}:\d{2}(?::\d{2})?)
        (?P<frac>\.\d{1,6})?
        # AM/PM only as a word of its own: "10:00 America/New_York" is a region, not "Am".
        \s?(?P<ampm>[AaPp][Mm](?![A-Za-z_/]))?
    )?
"""
_ZONE = r"(?:\s?(?P<zone>Z|[+-]\d{2}(?::?\d{2})?|[A-Za-z][A-Za-z_/+\-0-9]{0,39}))?"
TEMPORAL_RE: Final = re.compile(rf"\s*{_DATE}{_TIME}{_ZONE}\s*\Z", re.VERBOSE)

TIMESTAMP_RE: Final = re.compile(
    r"""\s*(?P<day>\d{1,2})\s(?P<month>[A-Za-z]+)\.?,?\s(?P<year>\d{4}),?\s
        (?P<time>\d{1,2}:\d{2}(?::\d{2})?)\s?(?P<ampm>[AaPp][Mm](?![A-Za-z_/]))?"""
    + _ZONE
    + r"\s*\Z",
    re.VERBOSE,
)

_DIGIT_SLASH_DIGIT_RE: Final = re.compile(rb"/(?=\d)")
# Whole attribute values that are slash dates, with an optional time and zone.
_SLASH_DATE_RE: Final = re.compile(
    rb'="(\d{1,2})/(\d{1,2})/(?:\d{4}|\d{2})'
    rb"(?:[;,T ]{0,2}\d{1,2}:?\d{2}(?::?\d{2})?(?:\s?[AaPp][Mm])?"
    rb'(?:\s?[A-Za-z/_]{1,40}|[+-][\d:]{2,5})?)?"'
)


class InvalidTemporal(ValueError):
    """A value that is not a date, or contradicts the file's day/month order."""


def day_first_from_format(date_format: str | None) -> bool | None:
    """True for dd/MM formats, False for MM/dd, None when the format says nothing about it.

    >>> day_first_from_format("dd/MM/yy"), day_first_from_format("MM/dd/yyyy")
    (True, False)
    """
    if date_format is None:
        return None
    if date_format not in DATE_FORMATS:
        raise ValueError(f"unknown date_format {date_format!r}; use one of {DATE_FORMATS}")
    if date_format.startswith("dd/"):
        return True
    if date_format.startswith("MM/"):
        return False
    return None


# The same in CSV: a whole field, quoted or not, between delimiters or line ends.
_SLASH_DATE_CSV_RE: Final = re.compile(
    rb'(?:^|[,|\t\n])"?(\d{1,2})/(\d{1,2})/(?:\d{4}|\d{2})'
    rb"(?:[;,T ]{0,2}\d{1,2}:?\d{2}(?::?\d{2})?(?:\s?[AaPp][Mm])?"
    rb'(?:\s?[A-Za-z/_]{1,40}|[+-][\d:]{2,5})?)?"?(?=[,|\t\r\n]|\Z)',
    re.MULTILINE,
)


def detect_day_first(chunks: Iterable[bytes], *, csv: bool = False) -> bool | None:
    """Find the day/month order from the first slash date that decides it, or None.

    Only whole attribute values are looked at, so "1/15" in a description cannot decide.

    >>> detect_day_first([b'<Trade tradeDate="03/04/2023" reportDate="25/04/2023"/>'])
    True
    """
    pattern = _SLASH_DATE_CSV_RE if csv else _SLASH_DATE_RE
    tail = b""
    for chunk in chunks:
        window = tail + chunk
        decision = _decide(window, pattern)
        if decision is not None:
            return decision
        tail = window[-128:]
    return None


def _decide(window: bytes, pattern: re.Pattern[bytes]) -> bool | None:
    # The C regex engine skips every "/>" and "N/A"; Python only sees digit/digit spots.
    for candidate in _DIGIT_SLASH_DIGIT_RE.finditer(window):
        position = candidate.start()
        match = pattern.search(window, max(0, position - 5), position + 80)
        if match is not None and match.start() <= position:
            first, second = int(match.group(1)), int(match.group(2))
            if first > 12 >= second:
                return True
            if second > 12 >= first:
                return False
    return None


def parse_temporal(raw: str, day_first: bool | None) -> datetime.date:
    """A Flex date or datetime: a datetime when a time is present, else a date.

    >>> parse_temporal("20230829;101454", None)
    datetime.datetime(2023, 8, 29, 10, 14, 54)
    >>> parse_temporal("29/08/23", True)
    datetime.date(2023, 8, 29)
    """
    match = TEMPORAL_RE.match(raw)
    if match is None:
        raise InvalidTemporal(raw)
    day = _date_part(match, raw, day_first)
    if match["time"] is None:
        if match["zone"] is not None:
            raise InvalidTemporal(raw)
        return day
    moment = datetime.datetime.combine(day, _time_part(match["time"], match["frac"], match["ampm"]))
    return _with_zone(moment, match["zone"], raw)


def _date_part(match: re.Match[str], raw: str, day_first: bool | None) -> datetime.date:
    if match["compact"]:
        text = match["compact"]
        return _make_date(int(text[:4]), int(text[4:6]), int(text[6:]), raw)
    if match["iy"]:
        return _make_date(int(match["iy"]), int(match["im"]), int(match["id"]), raw)
    if match["sa"]:
        return _slash_date(match, raw, day_first)
    month = MONTHS.get(match["nm"].lower())
    if month is None:
        raise InvalidTemporal(raw)
    return _make_date(_full_year(match["ny"]), month, int(match["nd"]), raw)


def _slash_date(match: re.Match[str], raw: str, day_first: bool | None) -> datetime.date:
    first, second, year = int(match["sa"]), int(match["sb"]), _full_year(match["sy"])
    if day_first is None:
        if first == second:
            return _make_date(year, first, second, raw)
        raise FlexAmbiguousDateError(raw)
    day, month = (first, second) if day_first else (second, first)
    return _make_date(year, month, day, raw)


def _full_year(text: str) -> int:
    """Two-digit years pivot like strptime's %y: 69-99 are 19xx, 00-68 are 20xx."""
    year = int(text)
    if len(text) == 2:
        return year + (1900 if year >= 69 else 2000)
    return year


def _make_date(year: int, month: int, day: int, raw: str) -> datetime.date:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        raise InvalidTemporal(raw) from None


def _time_part(text: str, fraction: str | None, ampm: str | None) -> datetime.time:
    digits = text.replace(":", "")
    if ":" in text:
        parts = [int(part) for part in text.split(":")]
        hour, minute, second = (*parts, 0)[:3]
    else:
        hour, minute, second = int(digits[:2]), int(digits[2:4]), int(digits[4:6] or 0)
    if ampm is not None:
        hour = _twelve_hour(hour, ampm.lower() == "pm", text)
    micro = int(fraction[1:].ljust(6, "0")) if fraction else 0
    try:
        return datetime.time(hour, minute, second, micro)
    except ValueError:
        raise InvalidTemporal(text) from None


def _twelve_hour(hour: int, afternoon: bool, text: str) -> int:
    if not 1 <= hour <= 12:
        raise InvalidTemporal(text)
    return hour % 12 + (12 if afternoon else 0)


def _with_zone(moment: datetime.datetime, zone: str | None, raw: str) -> datetime.datetime:
    if zone is None:
        return moment
    tzinfo = zone_info(zone)
    if tzinfo is None:
        raise UnknownZone(raw, moment)
    return moment.replace(tzinfo=tzinfo)


class UnknownZone(InvalidTemporal):
    """The value parsed but its zone is unknown; ``naive`` is the moment without it."""

    def __init__(self, raw: str, naive: datetime.datetime) -> None:
        super().__init__(raw)
        self.naive = naive


_ZONES: dict[str, datetime.tzinfo | None] = {}


def zone_info(zone: str) -> datetime.tzinfo | None:
    """tzinfo for an abbreviation, an offset or a region name; None if unknown."""
    if zone not in _ZONES:
        _ZONES[zone] = _lookup_zone(zone)
    return _ZONES[zone]


def _lookup_zone(zone: str) -> datetime.tzinfo | None:
    if zone.upper() in ZONE_OFFSETS:
        return datetime.timezone(datetime.timedelta(hours=ZONE_OFFSETS[zone.upper()]))
    if zone[0] in "+-":
        digits = zone[1:].replace(":", "").ljust(4, "0")
        offset = datetime.timedelta(hours=int(digits[:2]), minutes=int(digits[2:4]))
        return datetime.timezone(-offset if zone[0] == "-" else offset)
    if "/" in zone:
        try:
            return ZoneInfo(zone)
        except (ZoneInfoNotFoundError, ValueError):
            return None
    return None


def parse_time(raw: str) -> datetime.time:
    """HHmmss or HH:mm[:ss].

    >>> parse_time("093406")
    datetime.time(9, 34, 6)
    """
    text = raw.strip()
    if not re.fullmatch(r"\d{6}|\d{4}|\d{1,2}:\d{2}(?::\d{2})?", text):
        raise InvalidTemporal(raw)
    return _time_part(text, None, None)


def parse_timestamp(raw: str) -> datetime.datetime:
    """The envelope timestamp ("28 August, 2012 10:37 AM EDT") or any Flex datetime.

    >>> parse_timestamp("28 August, 2012 10:37 AM EDT").isoformat()
    '2012-08-28T10:37:00-04:00'
    """
    match = TIMESTAMP_RE.match(raw)
    if match is None:
        value = parse_temporal(raw, day_first=None)
        if isinstance(value, datetime.datetime):
            return value
        return datetime.datetime.combine(value, datetime.time())
    month = MONTHS.get(match["month"].lower())
    if month is None:
        raise InvalidTemporal(raw)
    day = _make_date(int(match["year"]), month, int(match["day"]), raw)
    moment = datetime.datetime.combine(day, _time_part(match["time"], None, match["ampm"]))
    return _with_zone(moment, match["zone"], raw)


def zone_text(raw: str) -> str:
    """The zone a Flex date-time text states, as written ("" when it states none).

    >>> zone_text("20230829;101454 America/New_York"), zone_text("2023-08-29T10:14:54-04:00")
    ('America/New_York', '-04:00')
    """
    match = TEMPORAL_RE.match(raw) or TIMESTAMP_RE.match(raw)
    return (match["zone"] or "") if match else ""

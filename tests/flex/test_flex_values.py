"""Tolerant value conversion: numbers, dates in every Flex format, zones, day/month order."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ibkr_client.flex import MULTI
from ibkr_webapi.flex.dates import (
    day_first_from_format,
    detect_day_first,
    parse_temporal,
    parse_time,
    parse_timestamp,
)
from ibkr_webapi.flex.errors import FlexAmbiguousDateError
from ibkr_webapi.flex.values import (
    BoolCache,
    DateCache,
    DateTimeCache,
    DecimalCache,
    IntegerCache,
    InvalidValue,
    ListCache,
)

EDT = datetime.timezone(datetime.timedelta(hours=-4))


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("0", Decimal("0")),
        ("-1356.75", Decimal("-1356.75")),
        ("1,234,567.891", Decimal("1234567.891")),
        ("0.000001", Decimal("0.000001")),
        ("1E+3", Decimal("1E+3")),
        ("", None),
        ("-", None),
        ("--", None),
        ("N/A", None),
    ],
)
def test_decimals_accept_flex_spellings(raw: str, expected: Decimal | None) -> None:
    assert DecimalCache()(raw) == expected


@pytest.mark.parametrize("raw", ["abc", "1,23", "NaN", "Infinity", "1.2.3"])
def test_decimals_reject_garbage(raw: str) -> None:
    with pytest.raises(InvalidValue):
        DecimalCache()(raw)


def test_decimal_cache_shares_results() -> None:
    cache = DecimalCache()
    assert cache("12.5") is cache("12.5")


@given(
    st.decimals(
        allow_nan=False, allow_infinity=False, places=4, min_value=-(10**9), max_value=10**9
    )
)
def test_thousands_separators_round_trip(value: Decimal) -> None:
    assert DecimalCache()(f"{value:,.4f}") == value.quantize(Decimal("0.0001"))


def test_integers_and_bools() -> None:
    assert IntegerCache()("1,024") == 1024
    assert [BoolCache()(raw) for raw in ("Y", "N", "Yes", "No", "", "--")] == [
        True,
        False,
        True,
        False,
        None,
        None,
    ]
    with pytest.raises(InvalidValue):
        BoolCache()("maybe")


def test_code_lists_split_on_semicolon_or_comma() -> None:
    codes = ListCache(";,")
    assert codes("C;O") == ("C", "O")
    assert codes("P;") == ("P",)
    assert codes("A,Ex") == ("A", "Ex")
    assert codes("") == ()


FORMATS = {
    "yyyyMMdd": "%Y%m%d",
    "yyyy-MM-dd": "%Y-%m-%d",
    "MM/dd/yyyy": "%m/%d/%Y",
    "MM/dd/yy": "%m/%d/%y",
    "dd/MM/yyyy": "%d/%m/%Y",
    "dd/MM/yy": "%d/%m/%y",
    "dd-MMM-yy": "%d-%b-%y",
}


@pytest.mark.parametrize("flex_format", sorted(FORMATS))
@given(day=st.dates(min_value=datetime.date(1970, 1, 1), max_value=datetime.date(2068, 12, 31)))
def test_every_flex_date_format_round_trips(flex_format: str, day: datetime.date) -> None:
    raw = day.strftime(FORMATS[flex_format])
    assert parse_temporal(raw, day_first_from_format(flex_format)) == day


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("20230829;101454", datetime.datetime(2023, 8, 29, 10, 14, 54)),
        ("20230829,101454", datetime.datetime(2023, 8, 29, 10, 14, 54)),
        ("20230829 10:14:54", datetime.datetime(2023, 8, 29, 10, 14, 54)),
        ("2013-03-05, 19:45:00", datetime.datetime(2013, 3, 5, 19, 45)),
        ("20230829101454", datetime.datetime(2023, 8, 29, 10, 14, 54)),
        ("2023-08-29T10:14:54", datetime.datetime(2023, 8, 29, 10, 14, 54)),
        ("20230829;101454 EDT", datetime.datetime(2023, 8, 29, 10, 14, 54, tzinfo=EDT)),
        ("2023-08-29T10:14:54-04:00", datetime.datetime(2023, 8, 29, 10, 14, 54, tzinfo=EDT)),
        ("20230829", datetime.date(2023, 8, 29)),
        ("29-Aug-23", datetime.date(2023, 8, 29)),
    ],
)
def test_datetimes_with_separators_and_zones(raw: str, expected: datetime.date) -> None:
    assert parse_temporal(raw, None) == expected


def test_region_time_zone() -> None:
    value = parse_temporal("20230829;101454 US/Eastern", None)
    assert isinstance(value, datetime.datetime)
    assert value.utcoffset() == datetime.timedelta(hours=-4)


def _datetimes(day_first: bool | None = None, seen: list[str] | None = None) -> DateTimeCache:
    report = (seen if seen is not None else []).append
    return DateTimeCache(day_first, on_zone=report, on_date_only=lambda: report("date only"))


def test_region_after_a_time_is_not_read_as_am_pm() -> None:
    value = parse_temporal("20230829;101454 America/New_York", None)
    assert isinstance(value, datetime.datetime)
    assert value.tzinfo is not None and str(value.tzinfo) == "America/New_York"
    assert parse_timestamp("28 August, 2012 10:37 America/New_York").hour == 10


@pytest.mark.parametrize("zone", ["CST", "IST", "BST", "MST"])
def test_ambiguous_abbreviations_are_unknown_zones(zone: str) -> None:
    seen: list[str] = []
    cache = DateTimeCache(None, on_zone=print, on_date_only=print, on_unknown_zone=seen.append)
    assert cache(f"20230829;101454 {zone}") == datetime.datetime(2023, 8, 29, 10, 14, 54)
    assert seen == [f"20230829;101454 {zone}"]


def test_datetimes_are_naive_wall_clock_with_the_zone_beside() -> None:
    seen: list[str] = []
    cache = _datetimes(seen=seen)
    values = [
        cache(raw) for raw in ("20230829;101454 EDT", "20230829;091454", "2023-08-29T08:00-04:00")
    ]
    assert sorted(values) == [  # comparable: one rule, no aware/naive mix
        datetime.datetime(2023, 8, 29, 8, 0),
        datetime.datetime(2023, 8, 29, 9, 14, 54),
        datetime.datetime(2023, 8, 29, 10, 14, 54),
    ]
    assert seen == ["EDT", "-04:00"]


def test_date_only_datetimes_are_midnight_and_each_is_counted() -> None:
    seen: list[str] = []
    cache = _datetimes(seen=seen)
    assert cache("20230829") == datetime.datetime(2023, 8, 29)
    assert type(cache("20230829")) is datetime.datetime
    assert seen == ["date only", "date only"]


def test_date_fields_are_dates_even_with_a_time() -> None:
    value = DateCache(None)("20230829;101454")
    assert type(value) is datetime.date and value == datetime.date(2023, 8, 29)


def test_multi_and_nulls() -> None:
    cache = _datetimes()
    assert cache("MULTI") is MULTI
    assert not MULTI
    assert cache("--") is None
    assert cache("") is None


def test_unknown_zone_keeps_the_time_and_reports() -> None:
    seen: list[str] = []
    cache = DateTimeCache(None, on_zone=print, on_date_only=print, on_unknown_zone=seen.append)
    assert cache("20230829;101454 XYZT") == datetime.datetime(2023, 8, 29, 10, 14, 54)
    assert seen == ["20230829;101454 XYZT"]


def test_ambiguous_slash_date_is_an_error_without_an_order() -> None:
    with pytest.raises(FlexAmbiguousDateError, match="date_format"):
        parse_temporal("03/04/2023", None)
    assert parse_temporal("03/03/2023", None) == datetime.date(2023, 3, 3)


def test_day_and_month_are_never_swapped() -> None:
    cache = DateCache(False)  # MM/dd
    assert cache("12/31/2023") == datetime.date(2023, 12, 31)
    with pytest.raises(InvalidValue):
        cache("31/12/2023")


def test_detect_day_first_from_the_first_deciding_value() -> None:
    assert detect_day_first([b'<T a="03/04/2023" b="25/04/2023;101010"/>']) is True
    assert detect_day_first([b'<T a="03/04/2023"/>', b'<T b="04/25/23"/>']) is False
    assert detect_day_first([b'<T a="03/04/2023" description="5/13/2023 split"/>']) is None
    assert detect_day_first([b'<T a="20230403"/>']) is None


def test_detection_sees_values_split_across_chunks() -> None:
    assert detect_day_first([b'<T a="03/04/2023" b="2', b'5/04/2023"/>']) is True


def test_unknown_date_format_option() -> None:
    with pytest.raises(ValueError, match="unknown date_format"):
        day_first_from_format("dd.MM.yyyy")


def test_times_and_envelope_timestamps() -> None:
    assert parse_time("09:34") == datetime.time(9, 34)
    assert parse_timestamp("28 August, 2012 10:37 AM EDT") == datetime.datetime(
        2012, 8, 28, 10, 37, tzinfo=EDT
    )
    assert parse_timestamp("13 October, 2020 04:17 PM") == datetime.datetime(2020, 10, 13, 16, 17)
    assert parse_timestamp("20230928;174413").hour == 17

"""Parsing of formatted market data values, 6509 and 6508 (ibkr_webapi.ws.values)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ibkr_webapi.ws.values import (
    Timeliness,
    decode_availability,
    decode_service_params,
    parse_value,
)

decimals = st.decimals(
    min_value=Decimal("-1e9"), max_value=Decimal("1e9"), allow_nan=False, places=4
)


@pytest.mark.parametrize(
    ("raw", "number", "flags"),
    [
        ("271.55", Decimal("271.55"), ()),
        ("C193.18", Decimal("193.18"), ("closed",)),
        ("H193.18", Decimal("193.18"), ("halted",)),
        ("12.2M", Decimal("12200000"), ()),
        ("3.1K", Decimal("3100"), ()),
        ("1.5B", Decimal("1500000000"), ()),
        ("1,234,567", Decimal("1234567"), ()),
        ("-1.52%", Decimal("-1.52"), ("percent",)),
        ("0.00018171", Decimal("0.00018171"), ()),
        (0.56, Decimal("0.56"), ()),
        (265598, Decimal("265598"), ()),
    ],
)
def test_formatted_values(raw: str | float, number: Decimal, flags: tuple[str, ...]) -> None:
    value = parse_value(raw)
    assert value.number == number
    assert value.raw == raw
    assert {f for f in ("closed", "halted", "percent") if getattr(value, f)} == set(flags)


@pytest.mark.parametrize("raw", ["N/A", "", "-", "--"])
def test_placeholders_are_missing_and_have_no_number(raw: str) -> None:
    value = parse_value(raw)
    assert value.is_missing and value.number is None and value.text == raw


@pytest.mark.parametrize("raw", ["AAPL", "C", "H", "CALL", "NASDAQ.NMS", "Infinity", "NaN", "1_0"])
def test_text_keeps_its_raw_value_and_no_number(raw: str) -> None:
    value = parse_value(raw)
    assert value.number is None and value.text == raw and not value.is_missing


@given(decimals, st.sampled_from(["", "C", "H"]), st.sampled_from(["", "K", "M", "B"]))
def test_any_formatted_number_round_trips(number: Decimal, prefix: str, suffix: str) -> None:
    raw = f"{prefix}{number}{suffix}"
    scale = {"": 1, "K": 10**3, "M": 10**6, "B": 10**9}[suffix]
    value = parse_value(raw)
    assert value.number == number * scale
    assert (value.closed, value.halted) == (prefix == "C", prefix == "H")


@given(st.text(max_size=20))
def test_no_text_makes_the_parser_fail_and_the_raw_is_kept(raw: str) -> None:
    assert parse_value(raw).raw == raw


@given(st.one_of(st.integers(), st.floats(allow_nan=False, allow_infinity=False)))
def test_json_numbers_are_numbers(raw: float) -> None:
    assert parse_value(raw).number == Decimal(str(raw))


@pytest.mark.parametrize(
    ("raw", "timeliness", "flags", "unknown"),
    [
        ("RpB", Timeliness.REALTIME, {"consolidated", "book"}, ""),
        ("DPB", Timeliness.DELAYED, {"snapshot", "book"}, ""),
        ("R", Timeliness.REALTIME, set(), ""),
        ("ZPBd", Timeliness.FROZEN, {"snapshot", "book", "details"}, ""),
        ("Yp", Timeliness.FROZEN_DELAYED, {"consolidated"}, ""),
        ("N", Timeliness.NOT_SUBSCRIBED, set(), ""),
        ("iPB", Timeliness.INCOMPLETE, {"snapshot", "book"}, ""),
        ("vQ", Timeliness.VDR_EXEMPT, set(), "Q"),
        ("S", None, set(), "S"),
    ],
)
def test_availability(
    raw: str, timeliness: Timeliness | None, flags: set[str], unknown: str
) -> None:
    decoded = decode_availability(raw)
    names = ("snapshot", "consolidated", "book", "details")
    assert decoded.timeliness is timeliness
    assert {name for name in names if getattr(decoded, name)} == flags
    assert decoded.unknown == unknown and decoded.raw == raw


def test_service_params() -> None:
    raw = "&serviceID1=122&serviceID2=123&serviceID3=203&other=x"
    decoded = decode_service_params(raw)
    assert decoded.service_ids == ("122", "123", "203")
    assert decoded.params["other"] == "x" and decoded.raw == raw

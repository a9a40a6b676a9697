from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="WsHistoricalDataArgs")


@_attrs_define
class WsHistoricalDataArgs:
    """Arguments of smh+CONID+{...}. All optional: "{}" asks for the defaults. The server
    ignores parameters it does not understand and answers with its default (empty) data.

        Attributes:
            exchange (str | Unset): Exchange to take the data from.
            period (str | Unset): Total duration of the bars, e.g. "1d" or "1min".
            bar (str | Unset): Length of one bar, e.g. "1min".
            outsideRth (bool | Unset): Include data outside regular trading hours.
            source (str | Unset): Kind of data, e.g. "trades", "midpoint", "bid_ask".
            format_ (str | Unset): Format of each bar, e.g. "%o/%c/%h/%l" (open, close, high, low); bars then carry
                only the keys the format names.
            outsideRTH (bool | Unset): Undocumented spelling of outsideRth, seen in a working subscription.
    """

    exchange: str | Unset = UNSET
    period: str | Unset = UNSET
    bar: str | Unset = UNSET
    outsideRth: bool | Unset = UNSET
    source: str | Unset = UNSET
    format_: str | Unset = UNSET
    outsideRTH: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        exchange = self.exchange

        period = self.period

        bar = self.bar

        outsideRth = self.outsideRth

        source = self.source

        format_ = self.format_

        outsideRTH = self.outsideRTH

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if exchange is not UNSET:
            field_dict["exchange"] = exchange
        if period is not UNSET:
            field_dict["period"] = period
        if bar is not UNSET:
            field_dict["bar"] = bar
        if outsideRth is not UNSET:
            field_dict["outsideRth"] = outsideRth
        if source is not UNSET:
            field_dict["source"] = source
        if format_ is not UNSET:
            field_dict["format"] = format_
        if outsideRTH is not UNSET:
            field_dict["outsideRTH"] = outsideRTH

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        exchange = _source.pop("exchange", UNSET)

        period = _source.pop("period", UNSET)

        bar = _source.pop("bar", UNSET)

        outsideRth = _source.pop("outsideRth", UNSET)

        source = _source.pop("source", UNSET)

        format_ = _source.pop("format", UNSET)

        outsideRTH = _source.pop("outsideRTH", UNSET)

        _model = cls(
            exchange=exchange,
            period=period,
            bar=bar,
            outsideRth=outsideRth,
            source=source,
            format_=format_,
            outsideRTH=outsideRTH,
        )

        return _model

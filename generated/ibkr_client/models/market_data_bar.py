from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MarketDataBar")


@_attrs_define
class MarketDataBar:
    """One bar of GET /iserver/marketdata/history.

    Attributes:
        o (float | Unset): Open price.
        c (float | Unset): Close price.
        h (float | Unset): High price.
        l (float | Unset): Low price.
        v (float | Unset): Volume (divided by volumeFactor).
        t (int | Unset): Start of the bar, epoch milliseconds.
    """

    o: float | Unset = UNSET
    c: float | Unset = UNSET
    h: float | Unset = UNSET
    l: float | Unset = UNSET
    v: float | Unset = UNSET
    t: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        o = self.o

        c = self.c

        h = self.h

        l = self.l

        v = self.v

        t = self.t

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if o is not UNSET:
            field_dict["o"] = o
        if c is not UNSET:
            field_dict["c"] = c
        if h is not UNSET:
            field_dict["h"] = h
        if l is not UNSET:
            field_dict["l"] = l
        if v is not UNSET:
            field_dict["v"] = v
        if t is not UNSET:
            field_dict["t"] = t

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        o = _source.pop("o", UNSET)

        c = _source.pop("c", UNSET)

        h = _source.pop("h", UNSET)

        l = _source.pop("l", UNSET)

        v = _source.pop("v", UNSET)

        t = _source.pop("t", UNSET)

        _model = cls(
            o=o,
            c=c,
            h=h,
            l=l,
            v=v,
            t=t,
        )

        _model.additional_properties = _source
        return _model

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

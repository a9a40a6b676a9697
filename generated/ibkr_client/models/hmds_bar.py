from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HmdsBar")


@_attrs_define
class HmdsBar:
    """One bar from the historical data server.

    Attributes:
        t (int | None | Unset): Start of the bar, epoch milliseconds.
        o (float | None | Unset): Open price.
        c (float | None | Unset): Close price.
        h (float | None | Unset): High price.
        l (float | None | Unset): Low price.
        v (float | None | Unset): Volume.
    """

    t: int | None | Unset = UNSET
    o: float | None | Unset = UNSET
    c: float | None | Unset = UNSET
    h: float | None | Unset = UNSET
    l: float | None | Unset = UNSET
    v: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        t: int | None | Unset
        if isinstance(self.t, Unset):
            t = UNSET
        else:
            t = self.t

        o: float | None | Unset
        if isinstance(self.o, Unset):
            o = UNSET
        else:
            o = self.o

        c: float | None | Unset
        if isinstance(self.c, Unset):
            c = UNSET
        else:
            c = self.c

        h: float | None | Unset
        if isinstance(self.h, Unset):
            h = UNSET
        else:
            h = self.h

        l: float | None | Unset
        if isinstance(self.l, Unset):
            l = UNSET
        else:
            l = self.l

        v: float | None | Unset
        if isinstance(self.v, Unset):
            v = UNSET
        else:
            v = self.v

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if t is not UNSET:
            field_dict["t"] = t
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_t(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        t = _parse_t(_source.pop("t", UNSET))

        def _parse_o(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        o = _parse_o(_source.pop("o", UNSET))

        def _parse_c(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        c = _parse_c(_source.pop("c", UNSET))

        def _parse_h(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        h = _parse_h(_source.pop("h", UNSET))

        def _parse_l(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        l = _parse_l(_source.pop("l", UNSET))

        def _parse_v(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        v = _parse_v(_source.pop("v", UNSET))

        _model = cls(
            t=t,
            o=o,
            c=c,
            h=h,
            l=l,
            v=v,
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

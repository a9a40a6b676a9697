from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FyiAcknowledgement")


@_attrs_define
class FyiAcknowledgement:
    """IBKR's acknowledgement of an FYI settings change.

    Attributes:
        v (int | None | Unset): 1 when the change was acknowledged.
        t (int | None | Unset): Time taken to complete the change, in milliseconds.
    """

    v: int | None | Unset = UNSET
    t: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        v: int | None | Unset
        if isinstance(self.v, Unset):
            v = UNSET
        else:
            v = self.v

        t: int | None | Unset
        if isinstance(self.t, Unset):
            t = UNSET
        else:
            t = self.t

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if v is not UNSET:
            field_dict["V"] = v
        if t is not UNSET:
            field_dict["T"] = t

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_v(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        v = _parse_v(_source.pop("V", UNSET))

        def _parse_t(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        t = _parse_t(_source.pop("T", UNSET))

        _model = cls(
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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SecdefStrikes")


@_attrs_define
class SecdefStrikes:
    """
    Attributes:
        call (list[float] | Unset): Possible call strikes.
        put (list[float] | Unset): Possible put strikes.
    """

    call: list[float] | Unset = UNSET
    put: list[float] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call: list[float] | Unset = UNSET
        if not isinstance(self.call, Unset):
            call = self.call

        put: list[float] | Unset = UNSET
        if not isinstance(self.put, Unset):
            put = self.put

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if call is not UNSET:
            field_dict["call"] = call
        if put is not UNSET:
            field_dict["put"] = put

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        call = cast(list[float], _source.pop("call", UNSET))

        put = cast(list[float], _source.pop("put", UNSET))

        _model = cls(
            call=call,
            put=put,
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

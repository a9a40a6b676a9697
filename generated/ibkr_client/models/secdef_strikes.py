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
        call (list[float] | None | Unset): Possible call strikes.
        put (list[float] | None | Unset): Possible put strikes.
    """

    call: list[float] | None | Unset = UNSET
    put: list[float] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call: list[float] | None | Unset
        if isinstance(self.call, Unset):
            call = UNSET
        elif isinstance(self.call, list):
            call = self.call

        else:
            call = self.call

        put: list[float] | None | Unset
        if isinstance(self.put, Unset):
            put = UNSET
        elif isinstance(self.put, list):
            put = self.put

        else:
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

        def _parse_call(data: object) -> list[float] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                call_type_0 = cast(list[float], data)

                return call_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[float] | None | Unset, data)

        call = _parse_call(_source.pop("call", UNSET))

        def _parse_put(data: object) -> list[float] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                put_type_0 = cast(list[float], data)

                return put_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[float] | None | Unset, data)

        put = _parse_put(_source.pop("put", UNSET))

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

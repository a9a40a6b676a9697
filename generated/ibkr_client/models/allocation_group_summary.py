from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.allocation_method import AllocationMethod
from ..types import UNSET, Unset

T = TypeVar("T", bound="AllocationGroupSummary")


@_attrs_define
class AllocationGroupSummary:
    """One allocation group in the list.

    Attributes:
        allocation_method (AllocationMethod | None | Unset):
        size (int | None | Unset): Number of sub-accounts in the group.
        name (None | str | Unset): Name of the group.
    """

    allocation_method: AllocationMethod | None | Unset = UNSET
    size: int | None | Unset = UNSET
    name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allocation_method: None | str | Unset
        if isinstance(self.allocation_method, Unset):
            allocation_method = UNSET
        elif isinstance(self.allocation_method, AllocationMethod):
            allocation_method = self.allocation_method.value
        else:
            allocation_method = self.allocation_method

        size: int | None | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        else:
            size = self.size

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if allocation_method is not UNSET:
            field_dict["allocation_method"] = allocation_method
        if size is not UNSET:
            field_dict["size"] = size
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_allocation_method(data: object) -> AllocationMethod | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                allocation_method_type_0 = AllocationMethod(data)

                return allocation_method_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AllocationMethod | None | Unset, data)

        allocation_method = _parse_allocation_method(
            _source.pop("allocation_method", UNSET)
        )

        def _parse_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        size = _parse_size(_source.pop("size", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(_source.pop("name", UNSET))

        _model = cls(
            allocation_method=allocation_method,
            size=size,
            name=name,
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

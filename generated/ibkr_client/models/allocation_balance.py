from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.allocation_balance_key import AllocationBalanceKey
from ..types import UNSET, Unset

T = TypeVar("T", bound="AllocationBalance")


@_attrs_define
class AllocationBalance:
    """One balance of a sub-account.

    Attributes:
        value (str | Unset): The amount, as a decimal string.
        key (AllocationBalanceKey | Unset): Which balance a value is.
    """

    value: str | Unset = UNSET
    key: AllocationBalanceKey | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        key: str | Unset = UNSET
        if not isinstance(self.key, Unset):
            key = self.key.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if value is not UNSET:
            field_dict["value"] = value
        if key is not UNSET:
            field_dict["key"] = key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        value = _source.pop("value", UNSET)

        _key = _source.pop("key", UNSET)
        key: AllocationBalanceKey | Unset
        if isinstance(_key, Unset):
            key = UNSET
        else:
            key = AllocationBalanceKey(_key)

        _model = cls(
            value=value,
            key=key,
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

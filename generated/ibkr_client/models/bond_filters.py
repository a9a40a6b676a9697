from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bond_filter import BondFilter


T = TypeVar("T", bound="BondFilters")


@_attrs_define
class BondFilters:
    """
    Attributes:
        bond_filters (list[BondFilter] | Unset): Every filter for the issuer.
    """

    bond_filters: list[BondFilter] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bond_filters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.bond_filters, Unset):
            bond_filters = []
            for bond_filters_item_data in self.bond_filters:
                bond_filters_item = bond_filters_item_data.to_dict()
                bond_filters.append(bond_filters_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bond_filters is not UNSET:
            field_dict["bondFilters"] = bond_filters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bond_filter import BondFilter  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        _bond_filters = _source.pop("bondFilters", UNSET)
        bond_filters: list[BondFilter] | Unset = UNSET
        if _bond_filters is not UNSET:
            bond_filters = []
            for bond_filters_item_data in _bond_filters:
                bond_filters_item = BondFilter.from_dict(bond_filters_item_data)

                bond_filters.append(bond_filters_item)

        _model = cls(
            bond_filters=bond_filters,
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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contract_trading_hours import ContractTradingHours


T = TypeVar("T", bound="ContractTradingDay")


@_attrs_define
class ContractTradingDay:
    """The trading hours of one date.

    Attributes:
        liquid_hours (list[ContractTradingHours] | Unset): Regular (liquid) trading hours.
        extended_hours (list[ContractTradingHours] | Unset): Total trading hours, including outside regular hours.
    """

    liquid_hours: list[ContractTradingHours] | Unset = UNSET
    extended_hours: list[ContractTradingHours] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        liquid_hours: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.liquid_hours, Unset):
            liquid_hours = []
            for liquid_hours_item_data in self.liquid_hours:
                liquid_hours_item = liquid_hours_item_data.to_dict()
                liquid_hours.append(liquid_hours_item)

        extended_hours: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.extended_hours, Unset):
            extended_hours = []
            for extended_hours_item_data in self.extended_hours:
                extended_hours_item = extended_hours_item_data.to_dict()
                extended_hours.append(extended_hours_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if liquid_hours is not UNSET:
            field_dict["liquid_hours"] = liquid_hours
        if extended_hours is not UNSET:
            field_dict["extended_hours"] = extended_hours

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contract_trading_hours import ContractTradingHours  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        _liquid_hours = _source.pop("liquid_hours", UNSET)
        liquid_hours: list[ContractTradingHours] | Unset = UNSET
        if _liquid_hours is not UNSET:
            liquid_hours = []
            for liquid_hours_item_data in _liquid_hours:
                liquid_hours_item = ContractTradingHours.from_dict(
                    liquid_hours_item_data
                )

                liquid_hours.append(liquid_hours_item)

        _extended_hours = _source.pop("extended_hours", UNSET)
        extended_hours: list[ContractTradingHours] | Unset = UNSET
        if _extended_hours is not UNSET:
            extended_hours = []
            for extended_hours_item_data in _extended_hours:
                extended_hours_item = ContractTradingHours.from_dict(
                    extended_hours_item_data
                )

                extended_hours.append(extended_hours_item)

        _model = cls(
            liquid_hours=liquid_hours,
            extended_hours=extended_hours,
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

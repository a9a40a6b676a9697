from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.portfolio_allocation_values import PortfolioAllocationValues


T = TypeVar("T", bound="PortfolioAllocationSplit")


@_attrs_define
class PortfolioAllocationSplit:
    """Values held long and short, each keyed by category.

    Attributes:
        long (PortfolioAllocationValues | Unset): An open map: the keys are the categories the account holds (asset
            classes such as STK or
            CASH, sectors such as Technology, groups such as Semiconductors), which vary by account
            and are not enumerated by IBKR; each value is the market value held in the category.
        short (PortfolioAllocationValues | Unset): An open map: the keys are the categories the account holds (asset
            classes such as STK or
            CASH, sectors such as Technology, groups such as Semiconductors), which vary by account
            and are not enumerated by IBKR; each value is the market value held in the category.
    """

    long: PortfolioAllocationValues | Unset = UNSET
    short: PortfolioAllocationValues | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        long: dict[str, Any] | Unset = UNSET
        if not isinstance(self.long, Unset):
            long = self.long.to_dict()

        short: dict[str, Any] | Unset = UNSET
        if not isinstance(self.short, Unset):
            short = self.short.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if long is not UNSET:
            field_dict["long"] = long
        if short is not UNSET:
            field_dict["short"] = short

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.portfolio_allocation_values import PortfolioAllocationValues  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        _long = _source.pop("long", UNSET)
        long: PortfolioAllocationValues | Unset
        if isinstance(_long, Unset):
            long = UNSET
        else:
            long = PortfolioAllocationValues.from_dict(_long)

        _short = _source.pop("short", UNSET)
        short: PortfolioAllocationValues | Unset
        if isinstance(_short, Unset):
            short = UNSET
        else:
            short = PortfolioAllocationValues.from_dict(_short)

        _model = cls(
            long=long,
            short=short,
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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.portfolio_allocation_split import PortfolioAllocationSplit


T = TypeVar("T", bound="PortfolioAllocation")


@_attrs_define
class PortfolioAllocation:
    """Portfolio values by asset class, sector and industry group.

    Attributes:
        asset_class (PortfolioAllocationSplit | Unset): Values held long and short, each keyed by category.
        sector (PortfolioAllocationSplit | Unset): Values held long and short, each keyed by category.
        group (PortfolioAllocationSplit | Unset): Values held long and short, each keyed by category.
    """

    asset_class: PortfolioAllocationSplit | Unset = UNSET
    sector: PortfolioAllocationSplit | Unset = UNSET
    group: PortfolioAllocationSplit | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset_class: dict[str, Any] | Unset = UNSET
        if not isinstance(self.asset_class, Unset):
            asset_class = self.asset_class.to_dict()

        sector: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sector, Unset):
            sector = self.sector.to_dict()

        group: dict[str, Any] | Unset = UNSET
        if not isinstance(self.group, Unset):
            group = self.group.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if asset_class is not UNSET:
            field_dict["assetClass"] = asset_class
        if sector is not UNSET:
            field_dict["sector"] = sector
        if group is not UNSET:
            field_dict["group"] = group

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.portfolio_allocation_split import PortfolioAllocationSplit  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        _asset_class = _source.pop("assetClass", UNSET)
        asset_class: PortfolioAllocationSplit | Unset
        if isinstance(_asset_class, Unset):
            asset_class = UNSET
        else:
            asset_class = PortfolioAllocationSplit.from_dict(_asset_class)

        _sector = _source.pop("sector", UNSET)
        sector: PortfolioAllocationSplit | Unset
        if isinstance(_sector, Unset):
            sector = UNSET
        else:
            sector = PortfolioAllocationSplit.from_dict(_sector)

        _group = _source.pop("group", UNSET)
        group: PortfolioAllocationSplit | Unset
        if isinstance(_group, Unset):
            group = UNSET
        else:
            group = PortfolioAllocationSplit.from_dict(_group)

        _model = cls(
            asset_class=asset_class,
            sector=sector,
            group=group,
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

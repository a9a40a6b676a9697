from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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
        asset_class (None | PortfolioAllocationSplit | Unset):
        sector (None | PortfolioAllocationSplit | Unset):
        group (None | PortfolioAllocationSplit | Unset):
    """

    asset_class: None | PortfolioAllocationSplit | Unset = UNSET
    sector: None | PortfolioAllocationSplit | Unset = UNSET
    group: None | PortfolioAllocationSplit | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.portfolio_allocation_split import PortfolioAllocationSplit  # noqa: PLC0415

        asset_class: dict[str, Any] | None | Unset
        if isinstance(self.asset_class, Unset):
            asset_class = UNSET
        elif isinstance(self.asset_class, PortfolioAllocationSplit):
            asset_class = self.asset_class.to_dict()
        else:
            asset_class = self.asset_class

        sector: dict[str, Any] | None | Unset
        if isinstance(self.sector, Unset):
            sector = UNSET
        elif isinstance(self.sector, PortfolioAllocationSplit):
            sector = self.sector.to_dict()
        else:
            sector = self.sector

        group: dict[str, Any] | None | Unset
        if isinstance(self.group, Unset):
            group = UNSET
        elif isinstance(self.group, PortfolioAllocationSplit):
            group = self.group.to_dict()
        else:
            group = self.group

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

        def _parse_asset_class(data: object) -> None | PortfolioAllocationSplit | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                asset_class_type_0 = PortfolioAllocationSplit.from_dict(data)

                return asset_class_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioAllocationSplit | Unset, data)

        asset_class = _parse_asset_class(_source.pop("assetClass", UNSET))

        def _parse_sector(data: object) -> None | PortfolioAllocationSplit | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sector_type_0 = PortfolioAllocationSplit.from_dict(data)

                return sector_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioAllocationSplit | Unset, data)

        sector = _parse_sector(_source.pop("sector", UNSET))

        def _parse_group(data: object) -> None | PortfolioAllocationSplit | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                group_type_0 = PortfolioAllocationSplit.from_dict(data)

                return group_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortfolioAllocationSplit | Unset, data)

        group = _parse_group(_source.pop("group", UNSET))

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

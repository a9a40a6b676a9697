from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.portfolio_combo_leg import PortfolioComboLeg
    from ..models.portfolio_position import PortfolioPosition


T = TypeVar("T", bound="PortfolioComboPosition")


@_attrs_define
class PortfolioComboPosition:
    """A position held as a combination.

    Attributes:
        name (str | Unset): Internal name of the combination.
        description (str | Unset): Ratios and leg conids of the combination, e.g. "1*708474422-1*710225103".
        legs (list[PortfolioComboLeg] | Unset): The legs of the combination.
        positions (list[PortfolioPosition] | Unset): The position held in every leg.
    """

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    legs: list[PortfolioComboLeg] | Unset = UNSET
    positions: list[PortfolioPosition] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        legs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.legs, Unset):
            legs = []
            for legs_item_data in self.legs:
                legs_item = legs_item_data.to_dict()
                legs.append(legs_item)

        positions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.positions, Unset):
            positions = []
            for positions_item_data in self.positions:
                positions_item = positions_item_data.to_dict()
                positions.append(positions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if legs is not UNSET:
            field_dict["legs"] = legs
        if positions is not UNSET:
            field_dict["positions"] = positions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.portfolio_combo_leg import PortfolioComboLeg  # noqa: PLC0415
        from ..models.portfolio_position import PortfolioPosition  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        name = _source.pop("name", UNSET)

        description = _source.pop("description", UNSET)

        _legs = _source.pop("legs", UNSET)
        legs: list[PortfolioComboLeg] | Unset = UNSET
        if _legs is not UNSET:
            legs = []
            for legs_item_data in _legs:
                legs_item = PortfolioComboLeg.from_dict(legs_item_data)

                legs.append(legs_item)

        _positions = _source.pop("positions", UNSET)
        positions: list[PortfolioPosition] | Unset = UNSET
        if _positions is not UNSET:
            positions = []
            for positions_item_data in _positions:
                positions_item = PortfolioPosition.from_dict(positions_item_data)

                positions.append(positions_item)

        _model = cls(
            name=name,
            description=description,
            legs=legs,
            positions=positions,
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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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
        name (None | str | Unset): Internal name of the combination.
        description (None | str | Unset): Ratios and leg conids of the combination, e.g. "1*708474422-1*710225103".
        legs (list[PortfolioComboLeg] | None | Unset): The legs of the combination.
        positions (list[PortfolioPosition] | None | Unset): The position held in every leg.
    """

    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    legs: list[PortfolioComboLeg] | None | Unset = UNSET
    positions: list[PortfolioPosition] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        legs: list[dict[str, Any]] | None | Unset
        if isinstance(self.legs, Unset):
            legs = UNSET
        elif isinstance(self.legs, list):
            legs = []
            for legs_type_0_item_data in self.legs:
                legs_type_0_item = legs_type_0_item_data.to_dict()
                legs.append(legs_type_0_item)

        else:
            legs = self.legs

        positions: list[dict[str, Any]] | None | Unset
        if isinstance(self.positions, Unset):
            positions = UNSET
        elif isinstance(self.positions, list):
            positions = []
            for positions_type_0_item_data in self.positions:
                positions_type_0_item = positions_type_0_item_data.to_dict()
                positions.append(positions_type_0_item)

        else:
            positions = self.positions

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

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(_source.pop("name", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(_source.pop("description", UNSET))

        def _parse_legs(data: object) -> list[PortfolioComboLeg] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                legs_type_0 = []
                _legs_type_0 = data
                for legs_type_0_item_data in _legs_type_0:
                    legs_type_0_item = PortfolioComboLeg.from_dict(
                        legs_type_0_item_data
                    )

                    legs_type_0.append(legs_type_0_item)

                return legs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PortfolioComboLeg] | None | Unset, data)

        legs = _parse_legs(_source.pop("legs", UNSET))

        def _parse_positions(data: object) -> list[PortfolioPosition] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                positions_type_0 = []
                _positions_type_0 = data
                for positions_type_0_item_data in _positions_type_0:
                    positions_type_0_item = PortfolioPosition.from_dict(
                        positions_type_0_item_data
                    )

                    positions_type_0.append(positions_type_0_item)

                return positions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PortfolioPosition] | None | Unset, data)

        positions = _parse_positions(_source.pop("positions", UNSET))

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

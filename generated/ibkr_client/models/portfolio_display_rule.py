from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.portfolio_display_rule_step import PortfolioDisplayRuleStep


T = TypeVar("T", bound="PortfolioDisplayRule")


@_attrs_define
class PortfolioDisplayRule:
    """How prices of the contract are displayed.

    Attributes:
        magnification (int | None | Unset): Magnification (multiplier) of the displayed price.
        display_rule_step (list[PortfolioDisplayRuleStep] | None | Unset): Display rules by price range.
    """

    magnification: int | None | Unset = UNSET
    display_rule_step: list[PortfolioDisplayRuleStep] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        magnification: int | None | Unset
        if isinstance(self.magnification, Unset):
            magnification = UNSET
        else:
            magnification = self.magnification

        display_rule_step: list[dict[str, Any]] | None | Unset
        if isinstance(self.display_rule_step, Unset):
            display_rule_step = UNSET
        elif isinstance(self.display_rule_step, list):
            display_rule_step = []
            for display_rule_step_type_0_item_data in self.display_rule_step:
                display_rule_step_type_0_item = (
                    display_rule_step_type_0_item_data.to_dict()
                )
                display_rule_step.append(display_rule_step_type_0_item)

        else:
            display_rule_step = self.display_rule_step

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if magnification is not UNSET:
            field_dict["magnification"] = magnification
        if display_rule_step is not UNSET:
            field_dict["displayRuleStep"] = display_rule_step

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.portfolio_display_rule_step import PortfolioDisplayRuleStep  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_magnification(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        magnification = _parse_magnification(_source.pop("magnification", UNSET))

        def _parse_display_rule_step(
            data: object,
        ) -> list[PortfolioDisplayRuleStep] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                display_rule_step_type_0 = []
                _display_rule_step_type_0 = data
                for display_rule_step_type_0_item_data in _display_rule_step_type_0:
                    display_rule_step_type_0_item = PortfolioDisplayRuleStep.from_dict(
                        display_rule_step_type_0_item_data
                    )

                    display_rule_step_type_0.append(display_rule_step_type_0_item)

                return display_rule_step_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PortfolioDisplayRuleStep] | None | Unset, data)

        display_rule_step = _parse_display_rule_step(
            _source.pop("displayRuleStep", UNSET)
        )

        _model = cls(
            magnification=magnification,
            display_rule_step=display_rule_step,
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

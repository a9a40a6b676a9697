from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contract_display_rule_step import ContractDisplayRuleStep


T = TypeVar("T", bound="ContractDisplayRule")


@_attrs_define
class ContractDisplayRule:
    """Price display rules of a contract.

    Attributes:
        magnification (int | Unset): Price magnification.
        display_rule_step (list[ContractDisplayRuleStep] | Unset): Display steps by price level.
    """

    magnification: int | Unset = UNSET
    display_rule_step: list[ContractDisplayRuleStep] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        magnification = self.magnification

        display_rule_step: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.display_rule_step, Unset):
            display_rule_step = []
            for display_rule_step_item_data in self.display_rule_step:
                display_rule_step_item = display_rule_step_item_data.to_dict()
                display_rule_step.append(display_rule_step_item)

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
        from ..models.contract_display_rule_step import ContractDisplayRuleStep  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        magnification = _source.pop("magnification", UNSET)

        _display_rule_step = _source.pop("displayRuleStep", UNSET)
        display_rule_step: list[ContractDisplayRuleStep] | Unset = UNSET
        if _display_rule_step is not UNSET:
            display_rule_step = []
            for display_rule_step_item_data in _display_rule_step:
                display_rule_step_item = ContractDisplayRuleStep.from_dict(
                    display_rule_step_item_data
                )

                display_rule_step.append(display_rule_step_item)

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

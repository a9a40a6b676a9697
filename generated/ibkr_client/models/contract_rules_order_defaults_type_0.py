from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.contract_rules_order_defaults_type_0_additional_property import (
        ContractRulesOrderDefaultsType0AdditionalProperty,
    )


T = TypeVar("T", bound="ContractRulesOrderDefaultsType0")


@_attrs_define
class ContractRulesOrderDefaultsType0:
    """Defaults per order type: an open map keyed by order type (e.g. LMT) whose values map
    field codes (e.g. LP, limit price) to string values; both key sets are open-ended.

    """

    additional_properties: dict[
        str, ContractRulesOrderDefaultsType0AdditionalProperty
    ] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contract_rules_order_defaults_type_0_additional_property import (
            ContractRulesOrderDefaultsType0AdditionalProperty,  # noqa: PLC0415
        )

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        _model = cls()

        additional_properties = {}
        for prop_name, prop_dict in _source.items():
            additional_property = (
                ContractRulesOrderDefaultsType0AdditionalProperty.from_dict(prop_dict)
            )

            additional_properties[prop_name] = additional_property

        _model.additional_properties = additional_properties
        return _model

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(
        self, key: str
    ) -> ContractRulesOrderDefaultsType0AdditionalProperty:
        return self.additional_properties[key]

    def __setitem__(
        self, key: str, value: ContractRulesOrderDefaultsType0AdditionalProperty
    ) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

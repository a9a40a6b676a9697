from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contract_algo_parameter import ContractAlgoParameter


T = TypeVar("T", bound="ContractAlgo")


@_attrs_define
class ContractAlgo:
    """One IB algo.

    Attributes:
        name (str | Unset): Common name of the algo.
        id (str | Unset): Algo id, used when placing the order.
        description (str | Unset): What the algo does; sent with addDescription=1.
        parameters (list[ContractAlgoParameter] | Unset): The algo's parameters; sent with addParams=1.
    """

    name: str | Unset = UNSET
    id: str | Unset = UNSET
    description: str | Unset = UNSET
    parameters: list[ContractAlgoParameter] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        id = self.id

        description = self.description

        parameters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = []
            for parameters_item_data in self.parameters:
                parameters_item = parameters_item_data.to_dict()
                parameters.append(parameters_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if id is not UNSET:
            field_dict["id"] = id
        if description is not UNSET:
            field_dict["description"] = description
        if parameters is not UNSET:
            field_dict["parameters"] = parameters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contract_algo_parameter import ContractAlgoParameter  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        name = _source.pop("name", UNSET)

        id = _source.pop("id", UNSET)

        description = _source.pop("description", UNSET)

        _parameters = _source.pop("parameters", UNSET)
        parameters: list[ContractAlgoParameter] | Unset = UNSET
        if _parameters is not UNSET:
            parameters = []
            for parameters_item_data in _parameters:
                parameters_item = ContractAlgoParameter.from_dict(parameters_item_data)

                parameters.append(parameters_item)

        _model = cls(
            name=name,
            id=id,
            description=description,
            parameters=parameters,
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

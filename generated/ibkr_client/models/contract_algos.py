from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contract_algo import ContractAlgo


T = TypeVar("T", bound="ContractAlgos")


@_attrs_define
class ContractAlgos:
    """
    Attributes:
        algos (list[ContractAlgo] | Unset): The algos available for the contract.
    """

    algos: list[ContractAlgo] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        algos: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.algos, Unset):
            algos = []
            for algos_item_data in self.algos:
                algos_item = algos_item_data.to_dict()
                algos.append(algos_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if algos is not UNSET:
            field_dict["algos"] = algos

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contract_algo import ContractAlgo  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        _algos = _source.pop("algos", UNSET)
        algos: list[ContractAlgo] | Unset = UNSET
        if _algos is not UNSET:
            algos = []
            for algos_item_data in _algos:
                algos_item = ContractAlgo.from_dict(algos_item_data)

                algos.append(algos_item)

        _model = cls(
            algos=algos,
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

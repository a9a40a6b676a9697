from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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
        algos (list[ContractAlgo] | None | Unset): The algos available for the contract.
    """

    algos: list[ContractAlgo] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        algos: list[dict[str, Any]] | None | Unset
        if isinstance(self.algos, Unset):
            algos = UNSET
        elif isinstance(self.algos, list):
            algos = []
            for algos_type_0_item_data in self.algos:
                algos_type_0_item = algos_type_0_item_data.to_dict()
                algos.append(algos_type_0_item)

        else:
            algos = self.algos

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

        def _parse_algos(data: object) -> list[ContractAlgo] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                algos_type_0 = []
                _algos_type_0 = data
                for algos_type_0_item_data in _algos_type_0:
                    algos_type_0_item = ContractAlgo.from_dict(algos_type_0_item_data)

                    algos_type_0.append(algos_type_0_item)

                return algos_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ContractAlgo] | None | Unset, data)

        algos = _parse_algos(_source.pop("algos", UNSET))

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.hmds_scanner_contract import HmdsScannerContract


T = TypeVar("T", bound="HmdsScannerContractList")


@_attrs_define
class HmdsScannerContractList:
    """The wrapper of the contracts in the example answer.

    Attributes:
        contract (list[HmdsScannerContract] | None | Unset): The contracts found, in scan order.
    """

    contract: list[HmdsScannerContract] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contract: list[dict[str, Any]] | None | Unset
        if isinstance(self.contract, Unset):
            contract = UNSET
        elif isinstance(self.contract, list):
            contract = []
            for contract_type_0_item_data in self.contract:
                contract_type_0_item = contract_type_0_item_data.to_dict()
                contract.append(contract_type_0_item)

        else:
            contract = self.contract

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if contract is not UNSET:
            field_dict["Contract"] = contract

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.hmds_scanner_contract import HmdsScannerContract  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_contract(data: object) -> list[HmdsScannerContract] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                contract_type_0 = []
                _contract_type_0 = data
                for contract_type_0_item_data in _contract_type_0:
                    contract_type_0_item = HmdsScannerContract.from_dict(
                        contract_type_0_item_data
                    )

                    contract_type_0.append(contract_type_0_item)

                return contract_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[HmdsScannerContract] | None | Unset, data)

        contract = _parse_contract(_source.pop("Contract", UNSET))

        _model = cls(
            contract=contract,
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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

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
        contract (list[HmdsScannerContract] | Unset): The contracts found, in scan order.
    """

    contract: list[HmdsScannerContract] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contract: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.contract, Unset):
            contract = []
            for contract_item_data in self.contract:
                contract_item = contract_item_data.to_dict()
                contract.append(contract_item)

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
        _contract = _source.pop("Contract", UNSET)
        contract: list[HmdsScannerContract] | Unset = UNSET
        if _contract is not UNSET:
            contract = []
            for contract_item_data in _contract:
                contract_item = HmdsScannerContract.from_dict(contract_item_data)

                contract.append(contract_item)

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

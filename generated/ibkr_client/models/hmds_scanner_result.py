from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.hmds_scanner_contract import HmdsScannerContract
    from ..models.hmds_scanner_contract_list import HmdsScannerContractList


T = TypeVar("T", bound="HmdsScannerResult")


@_attrs_define
class HmdsScannerResult:
    """
    Attributes:
        total (str | Unset): Total number of contracts matching the scan (in the example only).
        size (str | Unset): Number of contracts in this answer (in the example only).
        offset (str | Unset): Offset of the first contract of this answer (in the example only).
        scan_time (str | Unset): When the scan ran, UTC, formatted YYYYMMDD-HH:mm:ss (in the example only).
        id (str | Unset): Id of the scanner (in the example only).
        position (str | Unset): Opaque paging position (in the example only).
        Contracts (HmdsScannerContractList | Unset): The wrapper of the contracts in the example answer.
        contracts (list[HmdsScannerContract] | Unset): The contracts found, in scan order (as the field list documents
            them).
    """

    total: str | Unset = UNSET
    size: str | Unset = UNSET
    offset: str | Unset = UNSET
    scan_time: str | Unset = UNSET
    id: str | Unset = UNSET
    position: str | Unset = UNSET
    Contracts: HmdsScannerContractList | Unset = UNSET
    contracts: list[HmdsScannerContract] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        size = self.size

        offset = self.offset

        scan_time = self.scan_time

        id = self.id

        position = self.position

        Contracts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.Contracts, Unset):
            Contracts = self.Contracts.to_dict()

        contracts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.contracts, Unset):
            contracts = []
            for contracts_item_data in self.contracts:
                contracts_item = contracts_item_data.to_dict()
                contracts.append(contracts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total is not UNSET:
            field_dict["total"] = total
        if size is not UNSET:
            field_dict["size"] = size
        if offset is not UNSET:
            field_dict["offset"] = offset
        if scan_time is not UNSET:
            field_dict["scanTime"] = scan_time
        if id is not UNSET:
            field_dict["id"] = id
        if position is not UNSET:
            field_dict["position"] = position
        if Contracts is not UNSET:
            field_dict["Contracts"] = Contracts
        if contracts is not UNSET:
            field_dict["contracts"] = contracts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.hmds_scanner_contract import HmdsScannerContract  # noqa: PLC0415
        from ..models.hmds_scanner_contract_list import HmdsScannerContractList  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        total = _source.pop("total", UNSET)

        size = _source.pop("size", UNSET)

        offset = _source.pop("offset", UNSET)

        scan_time = _source.pop("scanTime", UNSET)

        id = _source.pop("id", UNSET)

        position = _source.pop("position", UNSET)

        _Contracts = _source.pop("Contracts", UNSET)
        Contracts: HmdsScannerContractList | Unset
        if isinstance(_Contracts, Unset):
            Contracts = UNSET
        else:
            Contracts = HmdsScannerContractList.from_dict(_Contracts)

        _contracts = _source.pop("contracts", UNSET)
        contracts: list[HmdsScannerContract] | Unset = UNSET
        if _contracts is not UNSET:
            contracts = []
            for contracts_item_data in _contracts:
                contracts_item = HmdsScannerContract.from_dict(contracts_item_data)

                contracts.append(contracts_item)

        _model = cls(
            total=total,
            size=size,
            offset=offset,
            scan_time=scan_time,
            id=id,
            position=position,
            Contracts=Contracts,
            contracts=contracts,
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

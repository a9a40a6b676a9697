from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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
        total (None | str | Unset): Total number of contracts matching the scan (in the example only).
        size (None | str | Unset): Number of contracts in this answer (in the example only).
        offset (None | str | Unset): Offset of the first contract of this answer (in the example only).
        scan_time (None | str | Unset): When the scan ran, UTC, formatted YYYYMMDD-HH:mm:ss (in the example only).
        id (None | str | Unset): Id of the scanner (in the example only).
        position (None | str | Unset): Opaque paging position (in the example only).
        Contracts (HmdsScannerContractList | None | Unset):
        contracts (list[HmdsScannerContract] | None | Unset): The contracts found, in scan order (as the field list
            documents them).
    """

    total: None | str | Unset = UNSET
    size: None | str | Unset = UNSET
    offset: None | str | Unset = UNSET
    scan_time: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    position: None | str | Unset = UNSET
    Contracts: HmdsScannerContractList | None | Unset = UNSET
    contracts: list[HmdsScannerContract] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.hmds_scanner_contract_list import HmdsScannerContractList  # noqa: PLC0415

        total: None | str | Unset
        if isinstance(self.total, Unset):
            total = UNSET
        else:
            total = self.total

        size: None | str | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        else:
            size = self.size

        offset: None | str | Unset
        if isinstance(self.offset, Unset):
            offset = UNSET
        else:
            offset = self.offset

        scan_time: None | str | Unset
        if isinstance(self.scan_time, Unset):
            scan_time = UNSET
        else:
            scan_time = self.scan_time

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        position: None | str | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        else:
            position = self.position

        Contracts: dict[str, Any] | None | Unset
        if isinstance(self.Contracts, Unset):
            Contracts = UNSET
        elif isinstance(self.Contracts, HmdsScannerContractList):
            Contracts = self.Contracts.to_dict()
        else:
            Contracts = self.Contracts

        contracts: list[dict[str, Any]] | None | Unset
        if isinstance(self.contracts, Unset):
            contracts = UNSET
        elif isinstance(self.contracts, list):
            contracts = []
            for contracts_type_0_item_data in self.contracts:
                contracts_type_0_item = contracts_type_0_item_data.to_dict()
                contracts.append(contracts_type_0_item)

        else:
            contracts = self.contracts

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

        def _parse_total(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        total = _parse_total(_source.pop("total", UNSET))

        def _parse_size(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        size = _parse_size(_source.pop("size", UNSET))

        def _parse_offset(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        offset = _parse_offset(_source.pop("offset", UNSET))

        def _parse_scan_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        scan_time = _parse_scan_time(_source.pop("scanTime", UNSET))

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(_source.pop("id", UNSET))

        def _parse_position(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        position = _parse_position(_source.pop("position", UNSET))

        def _parse_Contracts(data: object) -> HmdsScannerContractList | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                contracts_type_0 = HmdsScannerContractList.from_dict(data)

                return contracts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HmdsScannerContractList | None | Unset, data)

        Contracts = _parse_Contracts(_source.pop("Contracts", UNSET))

        def _parse_contracts(data: object) -> list[HmdsScannerContract] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                contracts_type_0 = []
                _contracts_type_0 = data
                for contracts_type_0_item_data in _contracts_type_0:
                    contracts_type_0_item = HmdsScannerContract.from_dict(
                        contracts_type_0_item_data
                    )

                    contracts_type_0.append(contracts_type_0_item)

                return contracts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[HmdsScannerContract] | None | Unset, data)

        contracts = _parse_contracts(_source.pop("contracts", UNSET))

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

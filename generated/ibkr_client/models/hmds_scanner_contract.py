from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HmdsScannerContract")


@_attrs_define
class HmdsScannerContract:
    """One contract found by the HMDS scanner.

    Attributes:
        in_scan_time (None | str | Unset): When the contract was scanned, UTC, formatted YYYYMMDD-HH:mm:ss.
        contract_id (None | str | Unset): Contract id.
        con_id (None | str | Unset): Contract id (in the field list, not in the example).
    """

    in_scan_time: None | str | Unset = UNSET
    contract_id: None | str | Unset = UNSET
    con_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        in_scan_time: None | str | Unset
        if isinstance(self.in_scan_time, Unset):
            in_scan_time = UNSET
        else:
            in_scan_time = self.in_scan_time

        contract_id: None | str | Unset
        if isinstance(self.contract_id, Unset):
            contract_id = UNSET
        else:
            contract_id = self.contract_id

        con_id: None | str | Unset
        if isinstance(self.con_id, Unset):
            con_id = UNSET
        else:
            con_id = self.con_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if in_scan_time is not UNSET:
            field_dict["inScanTime"] = in_scan_time
        if contract_id is not UNSET:
            field_dict["contractID"] = contract_id
        if con_id is not UNSET:
            field_dict["con_id"] = con_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_in_scan_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        in_scan_time = _parse_in_scan_time(_source.pop("inScanTime", UNSET))

        def _parse_contract_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contract_id = _parse_contract_id(_source.pop("contractID", UNSET))

        def _parse_con_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        con_id = _parse_con_id(_source.pop("con_id", UNSET))

        _model = cls(
            in_scan_time=in_scan_time,
            contract_id=contract_id,
            con_id=con_id,
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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.hmds_scanner_location_group import HmdsScannerLocationGroup
    from ..models.scanner_instrument import ScannerInstrument
    from ..models.scanner_type import ScannerType


T = TypeVar("T", bound="HmdsScannerParameters")


@_attrs_define
class HmdsScannerParameters:
    """
    Attributes:
        instrument_list (list[ScannerInstrument] | Unset): Every instrument (the scanner's `instrument`).
        scan_type_list (list[ScannerType] | Unset): Every scan code (the scanner's `scanCode`).
        location_tree (list[HmdsScannerLocationGroup] | Unset): Every location, per security type.
    """

    instrument_list: list[ScannerInstrument] | Unset = UNSET
    scan_type_list: list[ScannerType] | Unset = UNSET
    location_tree: list[HmdsScannerLocationGroup] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        instrument_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.instrument_list, Unset):
            instrument_list = []
            for instrument_list_item_data in self.instrument_list:
                instrument_list_item = instrument_list_item_data.to_dict()
                instrument_list.append(instrument_list_item)

        scan_type_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.scan_type_list, Unset):
            scan_type_list = []
            for scan_type_list_item_data in self.scan_type_list:
                scan_type_list_item = scan_type_list_item_data.to_dict()
                scan_type_list.append(scan_type_list_item)

        location_tree: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.location_tree, Unset):
            location_tree = []
            for location_tree_item_data in self.location_tree:
                location_tree_item = location_tree_item_data.to_dict()
                location_tree.append(location_tree_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if instrument_list is not UNSET:
            field_dict["instrument_list"] = instrument_list
        if scan_type_list is not UNSET:
            field_dict["scan_type_list"] = scan_type_list
        if location_tree is not UNSET:
            field_dict["location_tree"] = location_tree

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.hmds_scanner_location_group import HmdsScannerLocationGroup  # noqa: PLC0415
        from ..models.scanner_instrument import ScannerInstrument  # noqa: PLC0415
        from ..models.scanner_type import ScannerType  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        _instrument_list = _source.pop("instrument_list", UNSET)
        instrument_list: list[ScannerInstrument] | Unset = UNSET
        if _instrument_list is not UNSET:
            instrument_list = []
            for instrument_list_item_data in _instrument_list:
                instrument_list_item = ScannerInstrument.from_dict(
                    instrument_list_item_data
                )

                instrument_list.append(instrument_list_item)

        _scan_type_list = _source.pop("scan_type_list", UNSET)
        scan_type_list: list[ScannerType] | Unset = UNSET
        if _scan_type_list is not UNSET:
            scan_type_list = []
            for scan_type_list_item_data in _scan_type_list:
                scan_type_list_item = ScannerType.from_dict(scan_type_list_item_data)

                scan_type_list.append(scan_type_list_item)

        _location_tree = _source.pop("location_tree", UNSET)
        location_tree: list[HmdsScannerLocationGroup] | Unset = UNSET
        if _location_tree is not UNSET:
            location_tree = []
            for location_tree_item_data in _location_tree:
                location_tree_item = HmdsScannerLocationGroup.from_dict(
                    location_tree_item_data
                )

                location_tree.append(location_tree_item)

        _model = cls(
            instrument_list=instrument_list,
            scan_type_list=scan_type_list,
            location_tree=location_tree,
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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scanner_filter import ScannerFilter
    from ..models.scanner_instrument import ScannerInstrument
    from ..models.scanner_location import ScannerLocation
    from ..models.scanner_type import ScannerType


T = TypeVar("T", bound="ScannerParameters")


@_attrs_define
class ScannerParameters:
    """
    Attributes:
        scan_type_list (list[ScannerType] | None | Unset): Every scan type (the scanner's `type`).
        instrument_list (list[ScannerInstrument] | None | Unset): Every instrument type (the scanner's `instrument`).
        filter_list (list[ScannerFilter] | None | Unset): Every filter (the scanner's `filter` codes).
        location_tree (list[ScannerLocation] | None | Unset): Every location (the scanner's `location`), per instrument
            type.
    """

    scan_type_list: list[ScannerType] | None | Unset = UNSET
    instrument_list: list[ScannerInstrument] | None | Unset = UNSET
    filter_list: list[ScannerFilter] | None | Unset = UNSET
    location_tree: list[ScannerLocation] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scan_type_list: list[dict[str, Any]] | None | Unset
        if isinstance(self.scan_type_list, Unset):
            scan_type_list = UNSET
        elif isinstance(self.scan_type_list, list):
            scan_type_list = []
            for scan_type_list_type_0_item_data in self.scan_type_list:
                scan_type_list_type_0_item = scan_type_list_type_0_item_data.to_dict()
                scan_type_list.append(scan_type_list_type_0_item)

        else:
            scan_type_list = self.scan_type_list

        instrument_list: list[dict[str, Any]] | None | Unset
        if isinstance(self.instrument_list, Unset):
            instrument_list = UNSET
        elif isinstance(self.instrument_list, list):
            instrument_list = []
            for instrument_list_type_0_item_data in self.instrument_list:
                instrument_list_type_0_item = instrument_list_type_0_item_data.to_dict()
                instrument_list.append(instrument_list_type_0_item)

        else:
            instrument_list = self.instrument_list

        filter_list: list[dict[str, Any]] | None | Unset
        if isinstance(self.filter_list, Unset):
            filter_list = UNSET
        elif isinstance(self.filter_list, list):
            filter_list = []
            for filter_list_type_0_item_data in self.filter_list:
                filter_list_type_0_item = filter_list_type_0_item_data.to_dict()
                filter_list.append(filter_list_type_0_item)

        else:
            filter_list = self.filter_list

        location_tree: list[dict[str, Any]] | None | Unset
        if isinstance(self.location_tree, Unset):
            location_tree = UNSET
        elif isinstance(self.location_tree, list):
            location_tree = []
            for location_tree_type_0_item_data in self.location_tree:
                location_tree_type_0_item = location_tree_type_0_item_data.to_dict()
                location_tree.append(location_tree_type_0_item)

        else:
            location_tree = self.location_tree

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if scan_type_list is not UNSET:
            field_dict["scan_type_list"] = scan_type_list
        if instrument_list is not UNSET:
            field_dict["instrument_list"] = instrument_list
        if filter_list is not UNSET:
            field_dict["filter_list"] = filter_list
        if location_tree is not UNSET:
            field_dict["location_tree"] = location_tree

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.scanner_filter import ScannerFilter  # noqa: PLC0415
        from ..models.scanner_instrument import ScannerInstrument  # noqa: PLC0415
        from ..models.scanner_location import ScannerLocation  # noqa: PLC0415
        from ..models.scanner_type import ScannerType  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_scan_type_list(data: object) -> list[ScannerType] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                scan_type_list_type_0 = []
                _scan_type_list_type_0 = data
                for scan_type_list_type_0_item_data in _scan_type_list_type_0:
                    scan_type_list_type_0_item = ScannerType.from_dict(
                        scan_type_list_type_0_item_data
                    )

                    scan_type_list_type_0.append(scan_type_list_type_0_item)

                return scan_type_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ScannerType] | None | Unset, data)

        scan_type_list = _parse_scan_type_list(_source.pop("scan_type_list", UNSET))

        def _parse_instrument_list(
            data: object,
        ) -> list[ScannerInstrument] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                instrument_list_type_0 = []
                _instrument_list_type_0 = data
                for instrument_list_type_0_item_data in _instrument_list_type_0:
                    instrument_list_type_0_item = ScannerInstrument.from_dict(
                        instrument_list_type_0_item_data
                    )

                    instrument_list_type_0.append(instrument_list_type_0_item)

                return instrument_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ScannerInstrument] | None | Unset, data)

        instrument_list = _parse_instrument_list(_source.pop("instrument_list", UNSET))

        def _parse_filter_list(data: object) -> list[ScannerFilter] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                filter_list_type_0 = []
                _filter_list_type_0 = data
                for filter_list_type_0_item_data in _filter_list_type_0:
                    filter_list_type_0_item = ScannerFilter.from_dict(
                        filter_list_type_0_item_data
                    )

                    filter_list_type_0.append(filter_list_type_0_item)

                return filter_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ScannerFilter] | None | Unset, data)

        filter_list = _parse_filter_list(_source.pop("filter_list", UNSET))

        def _parse_location_tree(data: object) -> list[ScannerLocation] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                location_tree_type_0 = []
                _location_tree_type_0 = data
                for location_tree_type_0_item_data in _location_tree_type_0:
                    location_tree_type_0_item = ScannerLocation.from_dict(
                        location_tree_type_0_item_data
                    )

                    location_tree_type_0.append(location_tree_type_0_item)

                return location_tree_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ScannerLocation] | None | Unset, data)

        location_tree = _parse_location_tree(_source.pop("location_tree", UNSET))

        _model = cls(
            scan_type_list=scan_type_list,
            instrument_list=instrument_list,
            filter_list=filter_list,
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

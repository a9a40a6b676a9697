from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.hmds_scanner_filter import HmdsScannerFilter


T = TypeVar("T", bound="HmdsScannerRunRequest")


@_attrs_define
class HmdsScannerRunRequest:
    """
    Attributes:
        instrument (str): Instrument to scan, from `instrument_list` of GET /hmds/scanner/params.
        locations (str): Location to scan, a `locationCode` from `location_tree`.
        scan_code (str): Scan code that ranks the results, from `scan_type_list`.
        sec_type (str): Security type, a `type` from `location_tree`.
        filters (list[HmdsScannerFilter]): Filters narrowing the results; required, but may be empty.
        delayed_locations (None | str | Unset): Internal use.
        max_items (int | Unset): How many contracts to return, at most 250. Default: 250.
    """

    instrument: str
    locations: str
    scan_code: str
    sec_type: str
    filters: list[HmdsScannerFilter]
    delayed_locations: None | str | Unset = UNSET
    max_items: int | Unset = 250

    def to_dict(self) -> dict[str, Any]:
        instrument = self.instrument

        locations = self.locations

        scan_code = self.scan_code

        sec_type = self.sec_type

        filters = []
        for filters_item_data in self.filters:
            filters_item = filters_item_data.to_dict()
            filters.append(filters_item)

        delayed_locations: None | str | Unset
        if isinstance(self.delayed_locations, Unset):
            delayed_locations = UNSET
        else:
            delayed_locations = self.delayed_locations

        max_items = self.max_items

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "instrument": instrument,
                "locations": locations,
                "scanCode": scan_code,
                "secType": sec_type,
                "filters": filters,
            }
        )
        if delayed_locations is not UNSET:
            field_dict["delayedLocations"] = delayed_locations
        if max_items is not UNSET:
            field_dict["maxItems"] = max_items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.hmds_scanner_filter import HmdsScannerFilter  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        instrument = _source.pop("instrument")

        locations = _source.pop("locations")

        scan_code = _source.pop("scanCode")

        sec_type = _source.pop("secType")

        filters = []
        _filters = _source.pop("filters")
        for filters_item_data in _filters:
            filters_item = HmdsScannerFilter.from_dict(filters_item_data)

            filters.append(filters_item)

        def _parse_delayed_locations(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        delayed_locations = _parse_delayed_locations(
            _source.pop("delayedLocations", UNSET)
        )

        max_items = _source.pop("maxItems", UNSET)

        _model = cls(
            instrument=instrument,
            locations=locations,
            scan_code=scan_code,
            sec_type=sec_type,
            filters=filters,
            delayed_locations=delayed_locations,
            max_items=max_items,
        )

        return _model

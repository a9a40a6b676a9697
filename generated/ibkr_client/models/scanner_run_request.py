from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scanner_filter_value import ScannerFilterValue


T = TypeVar("T", bound="ScannerRunRequest")


@_attrs_define
class ScannerRunRequest:
    """
    Attributes:
        instrument (str): Instrument type to scan, from `instrument_list` of GET /iserver/scanner/params.
        type_ (str): Scan type that ranks the results, from `scan_type_list`.
        location (str): Location to scan, from `location_tree`.
        filter_ (list[ScannerFilterValue] | Unset): Filters narrowing the results.
    """

    instrument: str
    type_: str
    location: str
    filter_: list[ScannerFilterValue] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        instrument = self.instrument

        type_ = self.type_

        location = self.location

        filter_: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = []
            for filter_item_data in self.filter_:
                filter_item = filter_item_data.to_dict()
                filter_.append(filter_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "instrument": instrument,
                "type": type_,
                "location": location,
            }
        )
        if filter_ is not UNSET:
            field_dict["filter"] = filter_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.scanner_filter_value import ScannerFilterValue  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        instrument = _source.pop("instrument")

        type_ = _source.pop("type")

        location = _source.pop("location")

        _filter_ = _source.pop("filter", UNSET)
        filter_: list[ScannerFilterValue] | Unset = UNSET
        if _filter_ is not UNSET:
            filter_ = []
            for filter_item_data in _filter_:
                filter_item = ScannerFilterValue.from_dict(filter_item_data)

                filter_.append(filter_item)

        _model = cls(
            instrument=instrument,
            type_=type_,
            location=location,
            filter_=filter_,
        )

        return _model

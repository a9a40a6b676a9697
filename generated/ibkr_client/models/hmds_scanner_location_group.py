from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.hmds_scanner_location import HmdsScannerLocation


T = TypeVar("T", bound="HmdsScannerLocationGroup")


@_attrs_define
class HmdsScannerLocationGroup:
    """The locations of one security type for the HMDS scanner.

    Attributes:
        display_name (str | Unset): Human-readable name of the location group.
        type_ (str | Unset): Value to send as the scanner's `secType`.
        locations (list[HmdsScannerLocation] | Unset): The locations of this security type.
    """

    display_name: str | Unset = UNSET
    type_: str | Unset = UNSET
    locations: list[HmdsScannerLocation] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        display_name = self.display_name

        type_ = self.type_

        locations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.locations, Unset):
            locations = []
            for locations_item_data in self.locations:
                locations_item = locations_item_data.to_dict()
                locations.append(locations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if locations is not UNSET:
            field_dict["locations"] = locations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.hmds_scanner_location import HmdsScannerLocation  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        display_name = _source.pop("display_name", UNSET)

        type_ = _source.pop("type", UNSET)

        _locations = _source.pop("locations", UNSET)
        locations: list[HmdsScannerLocation] | Unset = UNSET
        if _locations is not UNSET:
            locations = []
            for locations_item_data in _locations:
                locations_item = HmdsScannerLocation.from_dict(locations_item_data)

                locations.append(locations_item)

        _model = cls(
            display_name=display_name,
            type_=type_,
            locations=locations,
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

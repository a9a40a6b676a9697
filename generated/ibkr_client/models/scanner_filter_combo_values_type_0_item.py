from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scanner_filter_combo_values_type_0_item_vendor_type_0 import (
        ScannerFilterComboValuesType0ItemVendorType0,
    )


T = TypeVar("T", bound="ScannerFilterComboValuesType0Item")


@_attrs_define
class ScannerFilterComboValuesType0Item:
    """
    Attributes:
        default (bool | None | Unset): Whether this value is preselected.
        vendor (None | ScannerFilterComboValuesType0ItemVendorType0 | Unset): The data vendor of the value, when one
            applies.
    """

    default: bool | None | Unset = UNSET
    vendor: None | ScannerFilterComboValuesType0ItemVendorType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.scanner_filter_combo_values_type_0_item_vendor_type_0 import (
            ScannerFilterComboValuesType0ItemVendorType0,  # noqa: PLC0415
        )

        default: bool | None | Unset
        if isinstance(self.default, Unset):
            default = UNSET
        else:
            default = self.default

        vendor: dict[str, Any] | None | Unset
        if isinstance(self.vendor, Unset):
            vendor = UNSET
        elif isinstance(self.vendor, ScannerFilterComboValuesType0ItemVendorType0):
            vendor = self.vendor.to_dict()
        else:
            vendor = self.vendor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if default is not UNSET:
            field_dict["default"] = default
        if vendor is not UNSET:
            field_dict["vendor"] = vendor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.scanner_filter_combo_values_type_0_item_vendor_type_0 import (
            ScannerFilterComboValuesType0ItemVendorType0,  # noqa: PLC0415
        )

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_default(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        default = _parse_default(_source.pop("default", UNSET))

        def _parse_vendor(
            data: object,
        ) -> None | ScannerFilterComboValuesType0ItemVendorType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                vendor_type_0 = ScannerFilterComboValuesType0ItemVendorType0.from_dict(
                    data
                )

                return vendor_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None | ScannerFilterComboValuesType0ItemVendorType0 | Unset, data
            )

        vendor = _parse_vendor(_source.pop("vendor", UNSET))

        _model = cls(
            default=default,
            vendor=vendor,
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

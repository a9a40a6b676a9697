from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scanner_filter_combo_values_type_0_item import (
        ScannerFilterComboValuesType0Item,
    )


T = TypeVar("T", bound="ScannerFilter")


@_attrs_define
class ScannerFilter:
    """A filter of the trading server's scanner.

    Attributes:
        group (None | str | Unset): Group the filter belongs to.
        display_name (None | str | Unset): Human-readable name of the filter.
        code (None | str | Unset): Value to send as a filter `code`.
        type_ (None | str | Unset): Kind of value the filter takes, e.g. range or a single value.
        combo_values (list[ScannerFilterComboValuesType0Item] | None | Unset): The values a combo filter offers.
    """

    group: None | str | Unset = UNSET
    display_name: None | str | Unset = UNSET
    code: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    combo_values: list[ScannerFilterComboValuesType0Item] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group: None | str | Unset
        if isinstance(self.group, Unset):
            group = UNSET
        else:
            group = self.group

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        combo_values: list[dict[str, Any]] | None | Unset
        if isinstance(self.combo_values, Unset):
            combo_values = UNSET
        elif isinstance(self.combo_values, list):
            combo_values = []
            for combo_values_type_0_item_data in self.combo_values:
                combo_values_type_0_item = combo_values_type_0_item_data.to_dict()
                combo_values.append(combo_values_type_0_item)

        else:
            combo_values = self.combo_values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if group is not UNSET:
            field_dict["group"] = group
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if code is not UNSET:
            field_dict["code"] = code
        if type_ is not UNSET:
            field_dict["type"] = type_
        if combo_values is not UNSET:
            field_dict["combo_values"] = combo_values

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.scanner_filter_combo_values_type_0_item import (
            ScannerFilterComboValuesType0Item,  # noqa: PLC0415
        )

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_group(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        group = _parse_group(_source.pop("group", UNSET))

        def _parse_display_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_name = _parse_display_name(_source.pop("display_name", UNSET))

        def _parse_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        code = _parse_code(_source.pop("code", UNSET))

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(_source.pop("type", UNSET))

        def _parse_combo_values(
            data: object,
        ) -> list[ScannerFilterComboValuesType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                combo_values_type_0 = []
                _combo_values_type_0 = data
                for combo_values_type_0_item_data in _combo_values_type_0:
                    combo_values_type_0_item = (
                        ScannerFilterComboValuesType0Item.from_dict(
                            combo_values_type_0_item_data
                        )
                    )

                    combo_values_type_0.append(combo_values_type_0_item)

                return combo_values_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ScannerFilterComboValuesType0Item] | None | Unset, data)

        combo_values = _parse_combo_values(_source.pop("combo_values", UNSET))

        _model = cls(
            group=group,
            display_name=display_name,
            code=code,
            type_=type_,
            combo_values=combo_values,
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

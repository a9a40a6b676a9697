from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaxFormType")


@_attrs_define
class TaxFormType:
    """
    Attributes:
        formats (list[str] | None | Unset):
        is_form (bool | None | Unset):
        tax_form_name (None | str | Unset):
    """

    formats: list[str] | None | Unset = UNSET
    is_form: bool | None | Unset = UNSET
    tax_form_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        formats: list[str] | None | Unset
        if isinstance(self.formats, Unset):
            formats = UNSET
        elif isinstance(self.formats, list):
            formats = self.formats

        else:
            formats = self.formats

        is_form: bool | None | Unset
        if isinstance(self.is_form, Unset):
            is_form = UNSET
        else:
            is_form = self.is_form

        tax_form_name: None | str | Unset
        if isinstance(self.tax_form_name, Unset):
            tax_form_name = UNSET
        else:
            tax_form_name = self.tax_form_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if formats is not UNSET:
            field_dict["formats"] = formats
        if is_form is not UNSET:
            field_dict["isForm"] = is_form
        if tax_form_name is not UNSET:
            field_dict["taxFormName"] = tax_form_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_formats(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                formats_type_0 = cast(list[str], data)

                return formats_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        formats = _parse_formats(_source.pop("formats", UNSET))

        def _parse_is_form(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_form = _parse_is_form(_source.pop("isForm", UNSET))

        def _parse_tax_form_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tax_form_name = _parse_tax_form_name(_source.pop("taxFormName", UNSET))

        _model = cls(
            formats=formats,
            is_form=is_form,
            tax_form_name=tax_form_name,
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

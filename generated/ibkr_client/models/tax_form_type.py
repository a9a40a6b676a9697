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
        formats (list[str] | Unset):
        is_form (bool | Unset):
        tax_form_name (str | Unset):
    """

    formats: list[str] | Unset = UNSET
    is_form: bool | Unset = UNSET
    tax_form_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        formats: list[str] | Unset = UNSET
        if not isinstance(self.formats, Unset):
            formats = self.formats

        is_form = self.is_form

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
        formats = cast(list[str], _source.pop("formats", UNSET))

        is_form = _source.pop("isForm", UNSET)

        tax_form_name = _source.pop("taxFormName", UNSET)

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

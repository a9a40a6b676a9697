from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tax_form_type import TaxFormType


T = TypeVar("T", bound="AvailableTaxFormsDataValueType0")


@_attrs_define
class AvailableTaxFormsDataValueType0:
    """
    Attributes:
        forms (list[TaxFormType] | None | Unset):
    """

    forms: list[TaxFormType] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        forms: list[dict[str, Any]] | None | Unset
        if isinstance(self.forms, Unset):
            forms = UNSET
        elif isinstance(self.forms, list):
            forms = []
            for forms_type_0_item_data in self.forms:
                forms_type_0_item = forms_type_0_item_data.to_dict()
                forms.append(forms_type_0_item)

        else:
            forms = self.forms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if forms is not UNSET:
            field_dict["forms"] = forms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tax_form_type import TaxFormType  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_forms(data: object) -> list[TaxFormType] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                forms_type_0 = []
                _forms_type_0 = data
                for forms_type_0_item_data in _forms_type_0:
                    forms_type_0_item = TaxFormType.from_dict(forms_type_0_item_data)

                    forms_type_0.append(forms_type_0_item)

                return forms_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TaxFormType] | None | Unset, data)

        forms = _parse_forms(_source.pop("forms", UNSET))

        _model = cls(
            forms=forms,
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

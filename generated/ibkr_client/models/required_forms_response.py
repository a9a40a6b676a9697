from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_response import ErrorResponse


T = TypeVar("T", bound="RequiredFormsResponse")


@_attrs_define
class RequiredFormsResponse:
    """
    Attributes:
        error (ErrorResponse | Unset):
        error_description (str | Unset):
        forms (list[str] | Unset):
        has_error (bool | Unset):
    """

    error: ErrorResponse | Unset = UNSET
    error_description: str | Unset = UNSET
    forms: list[str] | Unset = UNSET
    has_error: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        error_description = self.error_description

        forms: list[str] | Unset = UNSET
        if not isinstance(self.forms, Unset):
            forms = self.forms

        has_error = self.has_error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error is not UNSET:
            field_dict["error"] = error
        if error_description is not UNSET:
            field_dict["errorDescription"] = error_description
        if forms is not UNSET:
            field_dict["forms"] = forms
        if has_error is not UNSET:
            field_dict["hasError"] = has_error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error_response import ErrorResponse  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        _error = _source.pop("error", UNSET)
        error: ErrorResponse | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = ErrorResponse.from_dict(_error)

        error_description = _source.pop("errorDescription", UNSET)

        forms = cast(list[str], _source.pop("forms", UNSET))

        has_error = _source.pop("hasError", UNSET)

        _model = cls(
            error=error,
            error_description=error_description,
            forms=forms,
            has_error=has_error,
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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_response import ErrorResponse


T = TypeVar("T", bound="UserNameAvailableResponse")


@_attrs_define
class UserNameAvailableResponse:
    """
    Attributes:
        error (ErrorResponse | None | Unset):
        error_description (None | str | Unset):
        has_error (bool | None | Unset):
        is_available (bool | None | Unset):
        is_valid (bool | None | Unset):
        suggested_user_name (list[str] | None | Unset):
    """

    error: ErrorResponse | None | Unset = UNSET
    error_description: None | str | Unset = UNSET
    has_error: bool | None | Unset = UNSET
    is_available: bool | None | Unset = UNSET
    is_valid: bool | None | Unset = UNSET
    suggested_user_name: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.error_response import ErrorResponse  # noqa: PLC0415

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, ErrorResponse):
            error = self.error.to_dict()
        else:
            error = self.error

        error_description: None | str | Unset
        if isinstance(self.error_description, Unset):
            error_description = UNSET
        else:
            error_description = self.error_description

        has_error: bool | None | Unset
        if isinstance(self.has_error, Unset):
            has_error = UNSET
        else:
            has_error = self.has_error

        is_available: bool | None | Unset
        if isinstance(self.is_available, Unset):
            is_available = UNSET
        else:
            is_available = self.is_available

        is_valid: bool | None | Unset
        if isinstance(self.is_valid, Unset):
            is_valid = UNSET
        else:
            is_valid = self.is_valid

        suggested_user_name: list[str] | None | Unset
        if isinstance(self.suggested_user_name, Unset):
            suggested_user_name = UNSET
        elif isinstance(self.suggested_user_name, list):
            suggested_user_name = self.suggested_user_name

        else:
            suggested_user_name = self.suggested_user_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error is not UNSET:
            field_dict["error"] = error
        if error_description is not UNSET:
            field_dict["errorDescription"] = error_description
        if has_error is not UNSET:
            field_dict["hasError"] = has_error
        if is_available is not UNSET:
            field_dict["isAvailable"] = is_available
        if is_valid is not UNSET:
            field_dict["isValid"] = is_valid
        if suggested_user_name is not UNSET:
            field_dict["suggestedUserName"] = suggested_user_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error_response import ErrorResponse  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_error(data: object) -> ErrorResponse | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_0 = ErrorResponse.from_dict(data)

                return error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ErrorResponse | None | Unset, data)

        error = _parse_error(_source.pop("error", UNSET))

        def _parse_error_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_description = _parse_error_description(
            _source.pop("errorDescription", UNSET)
        )

        def _parse_has_error(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        has_error = _parse_has_error(_source.pop("hasError", UNSET))

        def _parse_is_available(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_available = _parse_is_available(_source.pop("isAvailable", UNSET))

        def _parse_is_valid(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_valid = _parse_is_valid(_source.pop("isValid", UNSET))

        def _parse_suggested_user_name(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                suggested_user_name_type_0 = cast(list[str], data)

                return suggested_user_name_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        suggested_user_name = _parse_suggested_user_name(
            _source.pop("suggestedUserName", UNSET)
        )

        _model = cls(
            error=error,
            error_description=error_description,
            has_error=has_error,
            is_available=is_available,
            is_valid=is_valid,
            suggested_user_name=suggested_user_name,
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

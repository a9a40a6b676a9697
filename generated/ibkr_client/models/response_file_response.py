from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_response import ErrorResponse
    from ..models.response_file_response_data_type_0 import (
        ResponseFileResponseDataType0,
    )


T = TypeVar("T", bound="ResponseFileResponse")


@_attrs_define
class ResponseFileResponse:
    """
    Attributes:
        data (None | ResponseFileResponseDataType0 | Unset):
        error (ErrorResponse | None | Unset):
        error_description (None | str | Unset):
        has_error (bool | None | Unset):
        is_processed (bool | None | Unset):
        name (None | str | Unset):
    """

    data: None | ResponseFileResponseDataType0 | Unset = UNSET
    error: ErrorResponse | None | Unset = UNSET
    error_description: None | str | Unset = UNSET
    has_error: bool | None | Unset = UNSET
    is_processed: bool | None | Unset = UNSET
    name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.error_response import ErrorResponse  # noqa: PLC0415
        from ..models.response_file_response_data_type_0 import (
            ResponseFileResponseDataType0,  # noqa: PLC0415
        )

        data: dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, ResponseFileResponseDataType0):
            data = self.data.to_dict()
        else:
            data = self.data

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

        is_processed: bool | None | Unset
        if isinstance(self.is_processed, Unset):
            is_processed = UNSET
        else:
            is_processed = self.is_processed

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if error is not UNSET:
            field_dict["error"] = error
        if error_description is not UNSET:
            field_dict["errorDescription"] = error_description
        if has_error is not UNSET:
            field_dict["hasError"] = has_error
        if is_processed is not UNSET:
            field_dict["isProcessed"] = is_processed
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error_response import ErrorResponse  # noqa: PLC0415
        from ..models.response_file_response_data_type_0 import (
            ResponseFileResponseDataType0,  # noqa: PLC0415
        )

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_data(data: object) -> None | ResponseFileResponseDataType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = ResponseFileResponseDataType0.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResponseFileResponseDataType0 | Unset, data)

        data = _parse_data(_source.pop("data", UNSET))

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

        def _parse_is_processed(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_processed = _parse_is_processed(_source.pop("isProcessed", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(_source.pop("name", UNSET))

        _model = cls(
            data=data,
            error=error,
            error_description=error_description,
            has_error=has_error,
            is_processed=is_processed,
            name=name,
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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_response import ErrorResponse
    from ..models.response_file_response_data import ResponseFileResponseData


T = TypeVar("T", bound="ResponseFileResponse")


@_attrs_define
class ResponseFileResponse:
    """
    Attributes:
        data (ResponseFileResponseData | Unset):
        error (ErrorResponse | Unset):
        error_description (str | Unset):
        has_error (bool | Unset):
        is_processed (bool | Unset):
        name (str | Unset):
    """

    data: ResponseFileResponseData | Unset = UNSET
    error: ErrorResponse | Unset = UNSET
    error_description: str | Unset = UNSET
    has_error: bool | Unset = UNSET
    is_processed: bool | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        error_description = self.error_description

        has_error = self.has_error

        is_processed = self.is_processed

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
        from ..models.response_file_response_data import ResponseFileResponseData  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        _data = _source.pop("data", UNSET)
        data: ResponseFileResponseData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = ResponseFileResponseData.from_dict(_data)

        _error = _source.pop("error", UNSET)
        error: ErrorResponse | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = ErrorResponse.from_dict(_error)

        error_description = _source.pop("errorDescription", UNSET)

        has_error = _source.pop("hasError", UNSET)

        is_processed = _source.pop("isProcessed", UNSET)

        name = _source.pop("name", UNSET)

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

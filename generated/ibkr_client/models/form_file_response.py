from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_response import ErrorResponse
    from ..models.file_data import FileData
    from ..models.form_details import FormDetails


T = TypeVar("T", bound="FormFileResponse")


@_attrs_define
class FormFileResponse:
    """
    Attributes:
        error (ErrorResponse | Unset):
        error_description (str | Unset):
        file_data (FileData | Unset):
        form_details (list[FormDetails] | Unset):
        has_error (bool | Unset):
        timestamp (str | Unset):
    """

    error: ErrorResponse | Unset = UNSET
    error_description: str | Unset = UNSET
    file_data: FileData | Unset = UNSET
    form_details: list[FormDetails] | Unset = UNSET
    has_error: bool | Unset = UNSET
    timestamp: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        error_description = self.error_description

        file_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.file_data, Unset):
            file_data = self.file_data.to_dict()

        form_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.form_details, Unset):
            form_details = []
            for form_details_item_data in self.form_details:
                form_details_item = form_details_item_data.to_dict()
                form_details.append(form_details_item)

        has_error = self.has_error

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error is not UNSET:
            field_dict["error"] = error
        if error_description is not UNSET:
            field_dict["errorDescription"] = error_description
        if file_data is not UNSET:
            field_dict["fileData"] = file_data
        if form_details is not UNSET:
            field_dict["formDetails"] = form_details
        if has_error is not UNSET:
            field_dict["hasError"] = has_error
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error_response import ErrorResponse  # noqa: PLC0415
        from ..models.file_data import FileData  # noqa: PLC0415
        from ..models.form_details import FormDetails  # noqa: PLC0415

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

        _file_data = _source.pop("fileData", UNSET)
        file_data: FileData | Unset
        if isinstance(_file_data, Unset):
            file_data = UNSET
        else:
            file_data = FileData.from_dict(_file_data)

        _form_details = _source.pop("formDetails", UNSET)
        form_details: list[FormDetails] | Unset = UNSET
        if _form_details is not UNSET:
            form_details = []
            for form_details_item_data in _form_details:
                form_details_item = FormDetails.from_dict(form_details_item_data)

                form_details.append(form_details_item)

        has_error = _source.pop("hasError", UNSET)

        timestamp = _source.pop("timestamp", UNSET)

        _model = cls(
            error=error,
            error_description=error_description,
            file_data=file_data,
            form_details=form_details,
            has_error=has_error,
            timestamp=timestamp,
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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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
        error (ErrorResponse | None | Unset):
        error_description (None | str | Unset):
        file_data (FileData | None | Unset):
        form_details (list[FormDetails] | None | Unset):
        has_error (bool | None | Unset):
        timestamp (None | str | Unset):
    """

    error: ErrorResponse | None | Unset = UNSET
    error_description: None | str | Unset = UNSET
    file_data: FileData | None | Unset = UNSET
    form_details: list[FormDetails] | None | Unset = UNSET
    has_error: bool | None | Unset = UNSET
    timestamp: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.error_response import ErrorResponse  # noqa: PLC0415
        from ..models.file_data import FileData  # noqa: PLC0415

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

        file_data: dict[str, Any] | None | Unset
        if isinstance(self.file_data, Unset):
            file_data = UNSET
        elif isinstance(self.file_data, FileData):
            file_data = self.file_data.to_dict()
        else:
            file_data = self.file_data

        form_details: list[dict[str, Any]] | None | Unset
        if isinstance(self.form_details, Unset):
            form_details = UNSET
        elif isinstance(self.form_details, list):
            form_details = []
            for form_details_type_0_item_data in self.form_details:
                form_details_type_0_item = form_details_type_0_item_data.to_dict()
                form_details.append(form_details_type_0_item)

        else:
            form_details = self.form_details

        has_error: bool | None | Unset
        if isinstance(self.has_error, Unset):
            has_error = UNSET
        else:
            has_error = self.has_error

        timestamp: None | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        else:
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

        def _parse_file_data(data: object) -> FileData | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                file_data_type_0 = FileData.from_dict(data)

                return file_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FileData | None | Unset, data)

        file_data = _parse_file_data(_source.pop("fileData", UNSET))

        def _parse_form_details(data: object) -> list[FormDetails] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                form_details_type_0 = []
                _form_details_type_0 = data
                for form_details_type_0_item_data in _form_details_type_0:
                    form_details_type_0_item = FormDetails.from_dict(
                        form_details_type_0_item_data
                    )

                    form_details_type_0.append(form_details_type_0_item)

                return form_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[FormDetails] | None | Unset, data)

        form_details = _parse_form_details(_source.pop("formDetails", UNSET))

        def _parse_has_error(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        has_error = _parse_has_error(_source.pop("hasError", UNSET))

        def _parse_timestamp(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        timestamp = _parse_timestamp(_source.pop("timestamp", UNSET))

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.file_data import FileData


T = TypeVar("T", bound="StatusResponse")


@_attrs_define
class StatusResponse:
    """
    Attributes:
        date_submitted (None | str | Unset):
        file_data (FileData | None | Unset):
        request_id (int | None | Unset):
    """

    date_submitted: None | str | Unset = UNSET
    file_data: FileData | None | Unset = UNSET
    request_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.file_data import FileData  # noqa: PLC0415

        date_submitted: None | str | Unset
        if isinstance(self.date_submitted, Unset):
            date_submitted = UNSET
        else:
            date_submitted = self.date_submitted

        file_data: dict[str, Any] | None | Unset
        if isinstance(self.file_data, Unset):
            file_data = UNSET
        elif isinstance(self.file_data, FileData):
            file_data = self.file_data.to_dict()
        else:
            file_data = self.file_data

        request_id: int | None | Unset
        if isinstance(self.request_id, Unset):
            request_id = UNSET
        else:
            request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date_submitted is not UNSET:
            field_dict["dateSubmitted"] = date_submitted
        if file_data is not UNSET:
            field_dict["fileData"] = file_data
        if request_id is not UNSET:
            field_dict["requestId"] = request_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.file_data import FileData  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_date_submitted(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date_submitted = _parse_date_submitted(_source.pop("dateSubmitted", UNSET))

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

        def _parse_request_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        request_id = _parse_request_id(_source.pop("requestId", UNSET))

        _model = cls(
            date_submitted=date_submitted,
            file_data=file_data,
            request_id=request_id,
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

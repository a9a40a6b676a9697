from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FileDetailsResponse")


@_attrs_define
class FileDetailsResponse:
    """
    Attributes:
        account_id (None | str | Unset):
        request_file_name (None | str | Unset):
        response_file_name (None | str | Unset):
    """

    account_id: None | str | Unset = UNSET
    request_file_name: None | str | Unset = UNSET
    response_file_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id: None | str | Unset
        if isinstance(self.account_id, Unset):
            account_id = UNSET
        else:
            account_id = self.account_id

        request_file_name: None | str | Unset
        if isinstance(self.request_file_name, Unset):
            request_file_name = UNSET
        else:
            request_file_name = self.request_file_name

        response_file_name: None | str | Unset
        if isinstance(self.response_file_name, Unset):
            response_file_name = UNSET
        else:
            response_file_name = self.response_file_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_id is not UNSET:
            field_dict["accountId"] = account_id
        if request_file_name is not UNSET:
            field_dict["requestFileName"] = request_file_name
        if response_file_name is not UNSET:
            field_dict["responseFileName"] = response_file_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_account_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_id = _parse_account_id(_source.pop("accountId", UNSET))

        def _parse_request_file_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        request_file_name = _parse_request_file_name(
            _source.pop("requestFileName", UNSET)
        )

        def _parse_response_file_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        response_file_name = _parse_response_file_name(
            _source.pop("responseFileName", UNSET)
        )

        _model = cls(
            account_id=account_id,
            request_file_name=request_file_name,
            response_file_name=response_file_name,
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

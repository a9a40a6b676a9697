from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AmRequestStatusResponse")


@_attrs_define
class AmRequestStatusResponse:
    """
    Attributes:
        acct_id (None | str | Unset):
        message (None | str | Unset):
        request_id (None | str | Unset):
        request_type (None | str | Unset):
        status (None | str | Unset):
    """

    acct_id: None | str | Unset = UNSET
    message: None | str | Unset = UNSET
    request_id: None | str | Unset = UNSET
    request_type: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        acct_id: None | str | Unset
        if isinstance(self.acct_id, Unset):
            acct_id = UNSET
        else:
            acct_id = self.acct_id

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        request_id: None | str | Unset
        if isinstance(self.request_id, Unset):
            request_id = UNSET
        else:
            request_id = self.request_id

        request_type: None | str | Unset
        if isinstance(self.request_type, Unset):
            request_type = UNSET
        else:
            request_type = self.request_type

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if acct_id is not UNSET:
            field_dict["acctId"] = acct_id
        if message is not UNSET:
            field_dict["message"] = message
        if request_id is not UNSET:
            field_dict["requestId"] = request_id
        if request_type is not UNSET:
            field_dict["requestType"] = request_type
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_acct_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        acct_id = _parse_acct_id(_source.pop("acctId", UNSET))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(_source.pop("message", UNSET))

        def _parse_request_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        request_id = _parse_request_id(_source.pop("requestId", UNSET))

        def _parse_request_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        request_type = _parse_request_type(_source.pop("requestType", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(_source.pop("status", UNSET))

        _model = cls(
            acct_id=acct_id,
            message=message,
            request_id=request_id,
            request_type=request_type,
            status=status,
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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RequestDetail")


@_attrs_define
class RequestDetail:
    """
    Attributes:
        account_id (None | str | Unset):
        date_submitted (None | str | Unset):
        request_id (int | None | Unset):
        request_type (None | str | Unset):
        status (None | str | Unset):
    """

    account_id: None | str | Unset = UNSET
    date_submitted: None | str | Unset = UNSET
    request_id: int | None | Unset = UNSET
    request_type: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id: None | str | Unset
        if isinstance(self.account_id, Unset):
            account_id = UNSET
        else:
            account_id = self.account_id

        date_submitted: None | str | Unset
        if isinstance(self.date_submitted, Unset):
            date_submitted = UNSET
        else:
            date_submitted = self.date_submitted

        request_id: int | None | Unset
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
        if account_id is not UNSET:
            field_dict["accountID"] = account_id
        if date_submitted is not UNSET:
            field_dict["dateSubmitted"] = date_submitted
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

        def _parse_account_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_id = _parse_account_id(_source.pop("accountID", UNSET))

        def _parse_date_submitted(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date_submitted = _parse_date_submitted(_source.pop("dateSubmitted", UNSET))

        def _parse_request_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

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
            account_id=account_id,
            date_submitted=date_submitted,
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

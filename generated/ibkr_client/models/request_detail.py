from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RequestDetail")


@_attrs_define
class RequestDetail:
    """
    Attributes:
        account_id (str | Unset):
        date_submitted (str | Unset):
        request_id (int | Unset):
        request_type (str | Unset):
        status (str | Unset):
    """

    account_id: str | Unset = UNSET
    date_submitted: str | Unset = UNSET
    request_id: int | Unset = UNSET
    request_type: str | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        date_submitted = self.date_submitted

        request_id = self.request_id

        request_type = self.request_type

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
        account_id = _source.pop("accountID", UNSET)

        date_submitted = _source.pop("dateSubmitted", UNSET)

        request_id = _source.pop("requestId", UNSET)

        request_type = _source.pop("requestType", UNSET)

        status = _source.pop("status", UNSET)

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

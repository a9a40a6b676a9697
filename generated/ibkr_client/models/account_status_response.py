from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountStatusResponse")


@_attrs_define
class AccountStatusResponse:
    """
    Attributes:
        account_id (str | Unset):
        admin_account_id (str | Unset):
        date_closed (str | Unset):
        date_opened (str | Unset):
        date_started (str | Unset):
        description (str | Unset):
        master_account_id (str | Unset):
        message (str | Unset):
        state (str | Unset):
        status (str | Unset):
    """

    account_id: str | Unset = UNSET
    admin_account_id: str | Unset = UNSET
    date_closed: str | Unset = UNSET
    date_opened: str | Unset = UNSET
    date_started: str | Unset = UNSET
    description: str | Unset = UNSET
    master_account_id: str | Unset = UNSET
    message: str | Unset = UNSET
    state: str | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        admin_account_id = self.admin_account_id

        date_closed = self.date_closed

        date_opened = self.date_opened

        date_started = self.date_started

        description = self.description

        master_account_id = self.master_account_id

        message = self.message

        state = self.state

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_id is not UNSET:
            field_dict["accountId"] = account_id
        if admin_account_id is not UNSET:
            field_dict["adminAccountId"] = admin_account_id
        if date_closed is not UNSET:
            field_dict["dateClosed"] = date_closed
        if date_opened is not UNSET:
            field_dict["dateOpened"] = date_opened
        if date_started is not UNSET:
            field_dict["dateStarted"] = date_started
        if description is not UNSET:
            field_dict["description"] = description
        if master_account_id is not UNSET:
            field_dict["masterAccountId"] = master_account_id
        if message is not UNSET:
            field_dict["message"] = message
        if state is not UNSET:
            field_dict["state"] = state
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        account_id = _source.pop("accountId", UNSET)

        admin_account_id = _source.pop("adminAccountId", UNSET)

        date_closed = _source.pop("dateClosed", UNSET)

        date_opened = _source.pop("dateOpened", UNSET)

        date_started = _source.pop("dateStarted", UNSET)

        description = _source.pop("description", UNSET)

        master_account_id = _source.pop("masterAccountId", UNSET)

        message = _source.pop("message", UNSET)

        state = _source.pop("state", UNSET)

        status = _source.pop("status", UNSET)

        _model = cls(
            account_id=account_id,
            admin_account_id=admin_account_id,
            date_closed=date_closed,
            date_opened=date_opened,
            date_started=date_started,
            description=description,
            master_account_id=master_account_id,
            message=message,
            state=state,
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

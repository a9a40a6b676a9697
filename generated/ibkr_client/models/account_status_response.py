from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountStatusResponse")


@_attrs_define
class AccountStatusResponse:
    """
    Attributes:
        account_id (None | str | Unset):
        admin_account_id (None | str | Unset):
        date_closed (None | str | Unset):
        date_opened (None | str | Unset):
        date_started (None | str | Unset):
        description (None | str | Unset):
        master_account_id (None | str | Unset):
        message (None | str | Unset):
        state (None | str | Unset):
        status (None | str | Unset):
    """

    account_id: None | str | Unset = UNSET
    admin_account_id: None | str | Unset = UNSET
    date_closed: None | str | Unset = UNSET
    date_opened: None | str | Unset = UNSET
    date_started: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    master_account_id: None | str | Unset = UNSET
    message: None | str | Unset = UNSET
    state: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id: None | str | Unset
        if isinstance(self.account_id, Unset):
            account_id = UNSET
        else:
            account_id = self.account_id

        admin_account_id: None | str | Unset
        if isinstance(self.admin_account_id, Unset):
            admin_account_id = UNSET
        else:
            admin_account_id = self.admin_account_id

        date_closed: None | str | Unset
        if isinstance(self.date_closed, Unset):
            date_closed = UNSET
        else:
            date_closed = self.date_closed

        date_opened: None | str | Unset
        if isinstance(self.date_opened, Unset):
            date_opened = UNSET
        else:
            date_opened = self.date_opened

        date_started: None | str | Unset
        if isinstance(self.date_started, Unset):
            date_started = UNSET
        else:
            date_started = self.date_started

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        master_account_id: None | str | Unset
        if isinstance(self.master_account_id, Unset):
            master_account_id = UNSET
        else:
            master_account_id = self.master_account_id

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
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

        def _parse_account_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_id = _parse_account_id(_source.pop("accountId", UNSET))

        def _parse_admin_account_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        admin_account_id = _parse_admin_account_id(_source.pop("adminAccountId", UNSET))

        def _parse_date_closed(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date_closed = _parse_date_closed(_source.pop("dateClosed", UNSET))

        def _parse_date_opened(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date_opened = _parse_date_opened(_source.pop("dateOpened", UNSET))

        def _parse_date_started(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date_started = _parse_date_started(_source.pop("dateStarted", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(_source.pop("description", UNSET))

        def _parse_master_account_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        master_account_id = _parse_master_account_id(
            _source.pop("masterAccountId", UNSET)
        )

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(_source.pop("message", UNSET))

        def _parse_state(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        state = _parse_state(_source.pop("state", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(_source.pop("status", UNSET))

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.login_message import LoginMessage


T = TypeVar("T", bound="LoginMessageResponse")


@_attrs_define
class LoginMessageResponse:
    """
    Attributes:
        account_id (str | Unset):
        clearing_status (str | Unset):
        clearing_status_description (str | Unset):
        login_message_present (bool | Unset):
        login_messages (list[LoginMessage] | Unset):
    """

    account_id: str | Unset = UNSET
    clearing_status: str | Unset = UNSET
    clearing_status_description: str | Unset = UNSET
    login_message_present: bool | Unset = UNSET
    login_messages: list[LoginMessage] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        clearing_status = self.clearing_status

        clearing_status_description = self.clearing_status_description

        login_message_present = self.login_message_present

        login_messages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.login_messages, Unset):
            login_messages = []
            for login_messages_item_data in self.login_messages:
                login_messages_item = login_messages_item_data.to_dict()
                login_messages.append(login_messages_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_id is not UNSET:
            field_dict["accountId"] = account_id
        if clearing_status is not UNSET:
            field_dict["clearingStatus"] = clearing_status
        if clearing_status_description is not UNSET:
            field_dict["clearingStatusDescription"] = clearing_status_description
        if login_message_present is not UNSET:
            field_dict["loginMessagePresent"] = login_message_present
        if login_messages is not UNSET:
            field_dict["loginMessages"] = login_messages

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.login_message import LoginMessage  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        account_id = _source.pop("accountId", UNSET)

        clearing_status = _source.pop("clearingStatus", UNSET)

        clearing_status_description = _source.pop("clearingStatusDescription", UNSET)

        login_message_present = _source.pop("loginMessagePresent", UNSET)

        _login_messages = _source.pop("loginMessages", UNSET)
        login_messages: list[LoginMessage] | Unset = UNSET
        if _login_messages is not UNSET:
            login_messages = []
            for login_messages_item_data in _login_messages:
                login_messages_item = LoginMessage.from_dict(login_messages_item_data)

                login_messages.append(login_messages_item)

        _model = cls(
            account_id=account_id,
            clearing_status=clearing_status,
            clearing_status_description=clearing_status_description,
            login_message_present=login_message_present,
            login_messages=login_messages,
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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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
        account_id (None | str | Unset):
        clearing_status (None | str | Unset):
        clearing_status_description (None | str | Unset):
        login_message_present (bool | None | Unset):
        login_messages (list[LoginMessage] | None | Unset):
    """

    account_id: None | str | Unset = UNSET
    clearing_status: None | str | Unset = UNSET
    clearing_status_description: None | str | Unset = UNSET
    login_message_present: bool | None | Unset = UNSET
    login_messages: list[LoginMessage] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id: None | str | Unset
        if isinstance(self.account_id, Unset):
            account_id = UNSET
        else:
            account_id = self.account_id

        clearing_status: None | str | Unset
        if isinstance(self.clearing_status, Unset):
            clearing_status = UNSET
        else:
            clearing_status = self.clearing_status

        clearing_status_description: None | str | Unset
        if isinstance(self.clearing_status_description, Unset):
            clearing_status_description = UNSET
        else:
            clearing_status_description = self.clearing_status_description

        login_message_present: bool | None | Unset
        if isinstance(self.login_message_present, Unset):
            login_message_present = UNSET
        else:
            login_message_present = self.login_message_present

        login_messages: list[dict[str, Any]] | None | Unset
        if isinstance(self.login_messages, Unset):
            login_messages = UNSET
        elif isinstance(self.login_messages, list):
            login_messages = []
            for login_messages_type_0_item_data in self.login_messages:
                login_messages_type_0_item = login_messages_type_0_item_data.to_dict()
                login_messages.append(login_messages_type_0_item)

        else:
            login_messages = self.login_messages

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

        def _parse_account_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_id = _parse_account_id(_source.pop("accountId", UNSET))

        def _parse_clearing_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        clearing_status = _parse_clearing_status(_source.pop("clearingStatus", UNSET))

        def _parse_clearing_status_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        clearing_status_description = _parse_clearing_status_description(
            _source.pop("clearingStatusDescription", UNSET)
        )

        def _parse_login_message_present(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        login_message_present = _parse_login_message_present(
            _source.pop("loginMessagePresent", UNSET)
        )

        def _parse_login_messages(data: object) -> list[LoginMessage] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                login_messages_type_0 = []
                _login_messages_type_0 = data
                for login_messages_type_0_item_data in _login_messages_type_0:
                    login_messages_type_0_item = LoginMessage.from_dict(
                        login_messages_type_0_item_data
                    )

                    login_messages_type_0.append(login_messages_type_0_item)

                return login_messages_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[LoginMessage] | None | Unset, data)

        login_messages = _parse_login_messages(_source.pop("loginMessages", UNSET))

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

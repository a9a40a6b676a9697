from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LoginMessage")


@_attrs_define
class LoginMessage:
    """
    Attributes:
        content_id (int | Unset):
        description (str | Unset):
        id (int | Unset):
        message_type (str | Unset):
        record_date (str | Unset):
        state (str | Unset):
        tasks (list[int] | Unset):
        username (str | Unset):
    """

    content_id: int | Unset = UNSET
    description: str | Unset = UNSET
    id: int | Unset = UNSET
    message_type: str | Unset = UNSET
    record_date: str | Unset = UNSET
    state: str | Unset = UNSET
    tasks: list[int] | Unset = UNSET
    username: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content_id = self.content_id

        description = self.description

        id = self.id

        message_type = self.message_type

        record_date = self.record_date

        state = self.state

        tasks: list[int] | Unset = UNSET
        if not isinstance(self.tasks, Unset):
            tasks = self.tasks

        username = self.username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if content_id is not UNSET:
            field_dict["contentId"] = content_id
        if description is not UNSET:
            field_dict["description"] = description
        if id is not UNSET:
            field_dict["id"] = id
        if message_type is not UNSET:
            field_dict["messageType"] = message_type
        if record_date is not UNSET:
            field_dict["recordDate"] = record_date
        if state is not UNSET:
            field_dict["state"] = state
        if tasks is not UNSET:
            field_dict["tasks"] = tasks
        if username is not UNSET:
            field_dict["username"] = username

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        content_id = _source.pop("contentId", UNSET)

        description = _source.pop("description", UNSET)

        id = _source.pop("id", UNSET)

        message_type = _source.pop("messageType", UNSET)

        record_date = _source.pop("recordDate", UNSET)

        state = _source.pop("state", UNSET)

        tasks = cast(list[int], _source.pop("tasks", UNSET))

        username = _source.pop("username", UNSET)

        _model = cls(
            content_id=content_id,
            description=description,
            id=id,
            message_type=message_type,
            record_date=record_date,
            state=state,
            tasks=tasks,
            username=username,
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

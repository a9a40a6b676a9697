from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WsNotification")


@_attrs_define
class WsNotification:
    """A short notice about trading activity.

    Attributes:
        id (int | str | Unset): Id of the notification.
        text (str | Unset): Body of the notification.
        title (str | Unset): Title of the notification.
        url (str | Unset): Where to read more, when there is more.
        prompt (bool | Unset): Undocumented; true when the notification is an order question to answer.
        order_id (Any | Unset): Undocumented; the order the prompt is about. No recording shows the type, so any JSON
            value is kept.
        req_id (Any | Unset): Undocumented; id to answer the prompt with. No recording shows the type, so any JSON value
            is kept.
        message_id (Any | Unset): Undocumented; id of the prompt's message. No recording shows the type, so any JSON
            value is kept.
        options (Any | Unset): Undocumented; the answers offered. No recording shows the value, so any JSON value is
            kept.
    """

    id: int | str | Unset = UNSET
    text: str | Unset = UNSET
    title: str | Unset = UNSET
    url: str | Unset = UNSET
    prompt: bool | Unset = UNSET
    order_id: Any | Unset = UNSET
    req_id: Any | Unset = UNSET
    message_id: Any | Unset = UNSET
    options: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        text = self.text

        title = self.title

        url = self.url

        prompt = self.prompt

        order_id = self.order_id

        req_id = self.req_id

        message_id = self.message_id

        options = self.options

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if text is not UNSET:
            field_dict["text"] = text
        if title is not UNSET:
            field_dict["title"] = title
        if url is not UNSET:
            field_dict["url"] = url
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if order_id is not UNSET:
            field_dict["orderId"] = order_id
        if req_id is not UNSET:
            field_dict["reqId"] = req_id
        if message_id is not UNSET:
            field_dict["messageId"] = message_id
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        id = _parse_id(_source.pop("id", UNSET))

        text = _source.pop("text", UNSET)

        title = _source.pop("title", UNSET)

        url = _source.pop("url", UNSET)

        prompt = _source.pop("prompt", UNSET)

        order_id = _source.pop("orderId", UNSET)

        req_id = _source.pop("reqId", UNSET)

        message_id = _source.pop("messageId", UNSET)

        options = _source.pop("options", UNSET)

        _model = cls(
            id=id,
            text=text,
            title=title,
            url=url,
            prompt=prompt,
            order_id=order_id,
            req_id=req_id,
            message_id=message_id,
            options=options,
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

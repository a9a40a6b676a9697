from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderPrompt")


@_attrs_define
class OrderPrompt:
    """A prompt about the order instead of a question list: the same form the ntf websocket
    topic carries, answered with POST /iserver/notification (orderId, reqId and one of
    the options).

        Attributes:
            prompt (bool): True for a prompt.
            order_id (int | None | Unset): The order the prompt is about.
            req_id (None | str | Unset): Id to answer the prompt with.
            message_id (None | str | Unset): Id of the prompt's message.
            text (None | str | Unset): What the prompt says.
            type_ (None | str | Unset): Kind of prompt.
            options (list[str] | None | Unset): The answers the prompt offers.
            dismissable (list[Any] | Unset): Which answers dismiss the prompt.
    """

    prompt: bool
    order_id: int | None | Unset = UNSET
    req_id: None | str | Unset = UNSET
    message_id: None | str | Unset = UNSET
    text: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    options: list[str] | None | Unset = UNSET
    dismissable: list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        order_id: int | None | Unset
        if isinstance(self.order_id, Unset):
            order_id = UNSET
        else:
            order_id = self.order_id

        req_id: None | str | Unset
        if isinstance(self.req_id, Unset):
            req_id = UNSET
        else:
            req_id = self.req_id

        message_id: None | str | Unset
        if isinstance(self.message_id, Unset):
            message_id = UNSET
        else:
            message_id = self.message_id

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        options: list[str] | None | Unset
        if isinstance(self.options, Unset):
            options = UNSET
        elif isinstance(self.options, list):
            options = self.options

        else:
            options = self.options

        dismissable: list[Any] | Unset = UNSET
        if not isinstance(self.dismissable, Unset):
            dismissable = self.dismissable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if order_id is not UNSET:
            field_dict["orderId"] = order_id
        if req_id is not UNSET:
            field_dict["reqId"] = req_id
        if message_id is not UNSET:
            field_dict["messageId"] = message_id
        if text is not UNSET:
            field_dict["text"] = text
        if type_ is not UNSET:
            field_dict["type"] = type_
        if options is not UNSET:
            field_dict["options"] = options
        if dismissable is not UNSET:
            field_dict["dismissable"] = dismissable

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        prompt = _source.pop("prompt")

        def _parse_order_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        order_id = _parse_order_id(_source.pop("orderId", UNSET))

        def _parse_req_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        req_id = _parse_req_id(_source.pop("reqId", UNSET))

        def _parse_message_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message_id = _parse_message_id(_source.pop("messageId", UNSET))

        def _parse_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text = _parse_text(_source.pop("text", UNSET))

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(_source.pop("type", UNSET))

        def _parse_options(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                options_type_0 = cast(list[str], data)

                return options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        options = _parse_options(_source.pop("options", UNSET))

        dismissable = cast(list[Any], _source.pop("dismissable", UNSET))

        _model = cls(
            prompt=prompt,
            order_id=order_id,
            req_id=req_id,
            message_id=message_id,
            text=text,
            type_=type_,
            options=options,
            dismissable=dismissable,
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

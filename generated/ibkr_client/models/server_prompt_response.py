from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ServerPromptResponse")


@_attrs_define
class ServerPromptResponse:
    """
    Attributes:
        order_id (int): Order id from the ntf websocket message that carried the prompt.
        req_id (str): Request id from the ntf websocket message that carried the prompt.
        text (str): The chosen value of the prompt's "options".
    """

    order_id: int
    req_id: str
    text: str

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        req_id = self.req_id

        text = self.text

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "orderId": order_id,
                "reqId": req_id,
                "text": text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        order_id = _source.pop("orderId")

        req_id = _source.pop("reqId")

        text = _source.pop("text")

        _model = cls(
            order_id=order_id,
            req_id=req_id,
            text=text,
        )

        return _model

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.suppressible_message_id import SuppressibleMessageId

T = TypeVar("T", bound="SuppressQuestionsRequest")


@_attrs_define
class SuppressQuestionsRequest:
    """
    Attributes:
        message_ids (list[SuppressibleMessageId]): Ids of the questions to suppress.
    """

    message_ids: list[SuppressibleMessageId]

    def to_dict(self) -> dict[str, Any]:
        message_ids = []
        for message_ids_item_data in self.message_ids:
            message_ids_item = message_ids_item_data.value
            message_ids.append(message_ids_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "messageIds": message_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        message_ids = []
        _message_ids = _source.pop("messageIds")
        for message_ids_item_data in _message_ids:
            message_ids_item = SuppressibleMessageId(message_ids_item_data)

            message_ids.append(message_ids_item)

        _model = cls(
            message_ids=message_ids,
        )

        return _model

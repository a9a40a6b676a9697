from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ws_exercise_message_topic import WsExerciseMessageTopic
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ws_exercise_data import WsExerciseData


T = TypeVar("T", bound="WsExerciseMessage")


@_attrs_define
class WsExerciseMessage:
    """Topics "shs+exercise" and "inp+exercise": the acknowledgement ({"topic": "shs+exercise"}),
    then steps with action "content" (information) or "prompt" (a question to answer).

        Attributes:
            topic (WsExerciseMessageTopic):
            action (str | Unset): "content" or "prompt".
            mid (str | Unset): Message id.
            data (WsExerciseData | Unset): One step of the option exercise dialogue.
    """

    topic: WsExerciseMessageTopic
    action: str | Unset = UNSET
    mid: str | Unset = UNSET
    data: WsExerciseData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        topic = self.topic.value

        action = self.action

        mid = self.mid

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "topic": topic,
            }
        )
        if action is not UNSET:
            field_dict["action"] = action
        if mid is not UNSET:
            field_dict["MID"] = mid
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ws_exercise_data import WsExerciseData  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        topic = WsExerciseMessageTopic(_source.pop("topic"))

        action = _source.pop("action", UNSET)

        mid = _source.pop("MID", UNSET)

        _data = _source.pop("data", UNSET)
        data: WsExerciseData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = WsExerciseData.from_dict(_data)

        _model = cls(
            topic=topic,
            action=action,
            mid=mid,
            data=data,
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

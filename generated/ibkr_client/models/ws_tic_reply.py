from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WsTicReply")


@_attrs_define
class WsTicReply:
    """Topic "tic": the reply to a client's "tic" ping. The documentation describes the ping
    but no reply; servers answer each ping with four identical copies of this frame.

        Attributes:
            topic (Literal['tic']):
            alive (bool | Unset): Whether the session is alive.
            id (str | Unset): Session id (the session value of /tickle).
            last_accessed (int | Unset): Last use of the session, epoch milliseconds.
    """

    topic: Literal["tic"]
    alive: bool | Unset = UNSET
    id: str | Unset = UNSET
    last_accessed: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        topic = self.topic

        alive = self.alive

        id = self.id

        last_accessed = self.last_accessed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "topic": topic,
            }
        )
        if alive is not UNSET:
            field_dict["alive"] = alive
        if id is not UNSET:
            field_dict["id"] = id
        if last_accessed is not UNSET:
            field_dict["lastAccessed"] = last_accessed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        topic = cast(Literal["tic"], _source.pop("topic"))
        if topic != "tic":
            raise ValueError(f"topic must match const 'tic', got '{topic}'")

        alive = _source.pop("alive", UNSET)

        id = _source.pop("id", UNSET)

        last_accessed = _source.pop("lastAccessed", UNSET)

        _model = cls(
            topic=topic,
            alive=alive,
            id=id,
            last_accessed=last_accessed,
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

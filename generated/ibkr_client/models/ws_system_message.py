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

T = TypeVar("T", bound="WsSystemMessage")


@_attrs_define
class WsSystemMessage:
    """Topic "system": the first frame after connecting confirms the login with the user name
    (success); afterwards a heartbeat (hb) arrives every 10 seconds.

        Attributes:
            topic (Literal['system']):
            success (str | Unset): User name of the session that opened the websocket (greeting only).
            hb (int | Unset): Heartbeat, epoch milliseconds.
            is_ft (bool | Unset): Undocumented; free-trial user.
            is_paper (bool | Unset): Undocumented; paper trading user.
    """

    topic: Literal["system"]
    success: str | Unset = UNSET
    hb: int | Unset = UNSET
    is_ft: bool | Unset = UNSET
    is_paper: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        topic = self.topic

        success = self.success

        hb = self.hb

        is_ft = self.is_ft

        is_paper = self.is_paper

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "topic": topic,
            }
        )
        if success is not UNSET:
            field_dict["success"] = success
        if hb is not UNSET:
            field_dict["hb"] = hb
        if is_ft is not UNSET:
            field_dict["isFT"] = is_ft
        if is_paper is not UNSET:
            field_dict["isPaper"] = is_paper

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        topic = cast(Literal["system"], _source.pop("topic"))
        if topic != "system":
            raise ValueError(f"topic must match const 'system', got '{topic}'")

        success = _source.pop("success", UNSET)

        hb = _source.pop("hb", UNSET)

        is_ft = _source.pop("isFT", UNSET)

        is_paper = _source.pop("isPaper", UNSET)

        _model = cls(
            topic=topic,
            success=success,
            hb=hb,
            is_ft=is_ft,
            is_paper=is_paper,
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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="WsTradesArgs")


@_attrs_define
class WsTradesArgs:
    """Arguments of str+{...}.

    Attributes:
        realtime_updates_only (bool | Unset): Only executions that happen from now on, no earlier ones. Default: False.
        days (int | Unset): Days of executions to send. Default: 1.
    """

    realtime_updates_only: bool | Unset = False
    days: int | Unset = 1

    def to_dict(self) -> dict[str, Any]:
        realtime_updates_only = self.realtime_updates_only

        days = self.days

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if realtime_updates_only is not UNSET:
            field_dict["realtimeUpdatesOnly"] = realtime_updates_only
        if days is not UNSET:
            field_dict["days"] = days

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        realtime_updates_only = _source.pop("realtimeUpdatesOnly", UNSET)

        days = _source.pop("days", UNSET)

        _model = cls(
            realtime_updates_only=realtime_updates_only,
            days=days,
        )

        return _model

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.hmds_bar import HmdsBar


T = TypeVar("T", bound="HmdsHistory")


@_attrs_define
class HmdsHistory:
    """
    Attributes:
        start_time (str | Unset): Start of the data, UTC, formatted YYYYMMDD-HH:mm:ss.
        start_time_val (int | Unset): Start of the data, epoch milliseconds.
        end_time (str | Unset): End of the data, UTC, formatted YYYYMMDD-HH:mm:ss.
        end_time_val (int | Unset): End of the data, epoch milliseconds.
        data (list[HmdsBar] | Unset): The bars of the period.
        points (int | Unset): Number of data points.
        mkt_data_delay (int | Unset): Delay in producing the data, in milliseconds.
    """

    start_time: str | Unset = UNSET
    start_time_val: int | Unset = UNSET
    end_time: str | Unset = UNSET
    end_time_val: int | Unset = UNSET
    data: list[HmdsBar] | Unset = UNSET
    points: int | Unset = UNSET
    mkt_data_delay: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_time = self.start_time

        start_time_val = self.start_time_val

        end_time = self.end_time

        end_time_val = self.end_time_val

        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        points = self.points

        mkt_data_delay = self.mkt_data_delay

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if start_time_val is not UNSET:
            field_dict["startTimeVal"] = start_time_val
        if end_time is not UNSET:
            field_dict["endTime"] = end_time
        if end_time_val is not UNSET:
            field_dict["endTimeVal"] = end_time_val
        if data is not UNSET:
            field_dict["data"] = data
        if points is not UNSET:
            field_dict["points"] = points
        if mkt_data_delay is not UNSET:
            field_dict["mktDataDelay"] = mkt_data_delay

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.hmds_bar import HmdsBar  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        start_time = _source.pop("startTime", UNSET)

        start_time_val = _source.pop("startTimeVal", UNSET)

        end_time = _source.pop("endTime", UNSET)

        end_time_val = _source.pop("endTimeVal", UNSET)

        _data = _source.pop("data", UNSET)
        data: list[HmdsBar] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = HmdsBar.from_dict(data_item_data)

                data.append(data_item)

        points = _source.pop("points", UNSET)

        mkt_data_delay = _source.pop("mktDataDelay", UNSET)

        _model = cls(
            start_time=start_time,
            start_time_val=start_time_val,
            end_time=end_time,
            end_time_val=end_time_val,
            data=data,
            points=points,
            mkt_data_delay=mkt_data_delay,
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

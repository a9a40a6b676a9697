from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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
        start_time (None | str | Unset): Start of the data, UTC, formatted YYYYMMDD-HH:mm:ss.
        start_time_val (int | None | Unset): Start of the data, epoch milliseconds.
        end_time (None | str | Unset): End of the data, UTC, formatted YYYYMMDD-HH:mm:ss.
        end_time_val (int | None | Unset): End of the data, epoch milliseconds.
        data (list[HmdsBar] | None | Unset): The bars of the period.
        points (int | None | Unset): Number of data points.
        mkt_data_delay (int | None | Unset): Delay in producing the data, in milliseconds.
    """

    start_time: None | str | Unset = UNSET
    start_time_val: int | None | Unset = UNSET
    end_time: None | str | Unset = UNSET
    end_time_val: int | None | Unset = UNSET
    data: list[HmdsBar] | None | Unset = UNSET
    points: int | None | Unset = UNSET
    mkt_data_delay: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_time: None | str | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        else:
            start_time = self.start_time

        start_time_val: int | None | Unset
        if isinstance(self.start_time_val, Unset):
            start_time_val = UNSET
        else:
            start_time_val = self.start_time_val

        end_time: None | str | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        else:
            end_time = self.end_time

        end_time_val: int | None | Unset
        if isinstance(self.end_time_val, Unset):
            end_time_val = UNSET
        else:
            end_time_val = self.end_time_val

        data: list[dict[str, Any]] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, list):
            data = []
            for data_type_0_item_data in self.data:
                data_type_0_item = data_type_0_item_data.to_dict()
                data.append(data_type_0_item)

        else:
            data = self.data

        points: int | None | Unset
        if isinstance(self.points, Unset):
            points = UNSET
        else:
            points = self.points

        mkt_data_delay: int | None | Unset
        if isinstance(self.mkt_data_delay, Unset):
            mkt_data_delay = UNSET
        else:
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

        def _parse_start_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        start_time = _parse_start_time(_source.pop("startTime", UNSET))

        def _parse_start_time_val(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        start_time_val = _parse_start_time_val(_source.pop("startTimeVal", UNSET))

        def _parse_end_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        end_time = _parse_end_time(_source.pop("endTime", UNSET))

        def _parse_end_time_val(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        end_time_val = _parse_end_time_val(_source.pop("endTimeVal", UNSET))

        def _parse_data(data: object) -> list[HmdsBar] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                data_type_0 = []
                _data_type_0 = data
                for data_type_0_item_data in _data_type_0:
                    data_type_0_item = HmdsBar.from_dict(data_type_0_item_data)

                    data_type_0.append(data_type_0_item)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[HmdsBar] | None | Unset, data)

        data = _parse_data(_source.pop("data", UNSET))

        def _parse_points(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        points = _parse_points(_source.pop("points", UNSET))

        def _parse_mkt_data_delay(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        mkt_data_delay = _parse_mkt_data_delay(_source.pop("mktDataDelay", UNSET))

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.forecast_trading_time import ForecastTradingTime


T = TypeVar("T", bound="ForecastTradingDay")


@_attrs_define
class ForecastTradingDay:
    """
    Attributes:
        day_of_week (str | Unset): Day of the week, e.g. Monday.
        trading_times (list[ForecastTradingTime] | Unset): Trading windows of the day.
    """

    day_of_week: str | Unset = UNSET
    trading_times: list[ForecastTradingTime] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        day_of_week = self.day_of_week

        trading_times: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.trading_times, Unset):
            trading_times = []
            for trading_times_item_data in self.trading_times:
                trading_times_item = trading_times_item_data.to_dict()
                trading_times.append(trading_times_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if day_of_week is not UNSET:
            field_dict["day_of_week"] = day_of_week
        if trading_times is not UNSET:
            field_dict["trading_times"] = trading_times

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.forecast_trading_time import ForecastTradingTime  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        day_of_week = _source.pop("day_of_week", UNSET)

        _trading_times = _source.pop("trading_times", UNSET)
        trading_times: list[ForecastTradingTime] | Unset = UNSET
        if _trading_times is not UNSET:
            trading_times = []
            for trading_times_item_data in _trading_times:
                trading_times_item = ForecastTradingTime.from_dict(
                    trading_times_item_data
                )

                trading_times.append(trading_times_item)

        _model = cls(
            day_of_week=day_of_week,
            trading_times=trading_times,
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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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
        day_of_week (None | str | Unset): Day of the week, e.g. Monday.
        trading_times (list[ForecastTradingTime] | None | Unset): Trading windows of the day.
    """

    day_of_week: None | str | Unset = UNSET
    trading_times: list[ForecastTradingTime] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        day_of_week: None | str | Unset
        if isinstance(self.day_of_week, Unset):
            day_of_week = UNSET
        else:
            day_of_week = self.day_of_week

        trading_times: list[dict[str, Any]] | None | Unset
        if isinstance(self.trading_times, Unset):
            trading_times = UNSET
        elif isinstance(self.trading_times, list):
            trading_times = []
            for trading_times_type_0_item_data in self.trading_times:
                trading_times_type_0_item = trading_times_type_0_item_data.to_dict()
                trading_times.append(trading_times_type_0_item)

        else:
            trading_times = self.trading_times

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

        def _parse_day_of_week(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        day_of_week = _parse_day_of_week(_source.pop("day_of_week", UNSET))

        def _parse_trading_times(
            data: object,
        ) -> list[ForecastTradingTime] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                trading_times_type_0 = []
                _trading_times_type_0 = data
                for trading_times_type_0_item_data in _trading_times_type_0:
                    trading_times_type_0_item = ForecastTradingTime.from_dict(
                        trading_times_type_0_item_data
                    )

                    trading_times_type_0.append(trading_times_type_0_item)

                return trading_times_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ForecastTradingTime] | None | Unset, data)

        trading_times = _parse_trading_times(_source.pop("trading_times", UNSET))

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

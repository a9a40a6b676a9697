from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.forecast_trading_day import ForecastTradingDay


T = TypeVar("T", bound="ForecastContractSchedules")


@_attrs_define
class ForecastContractSchedules:
    """Weekly trading schedule of an event contract.

    Attributes:
        timezone (str | Unset): Time zone of the times, e.g. US/Central.
        trading_schedules (list[ForecastTradingDay] | Unset): Trading windows per weekday.
    """

    timezone: str | Unset = UNSET
    trading_schedules: list[ForecastTradingDay] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timezone = self.timezone

        trading_schedules: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.trading_schedules, Unset):
            trading_schedules = []
            for trading_schedules_item_data in self.trading_schedules:
                trading_schedules_item = trading_schedules_item_data.to_dict()
                trading_schedules.append(trading_schedules_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if trading_schedules is not UNSET:
            field_dict["trading_schedules"] = trading_schedules

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.forecast_trading_day import ForecastTradingDay  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        timezone = _source.pop("timezone", UNSET)

        _trading_schedules = _source.pop("trading_schedules", UNSET)
        trading_schedules: list[ForecastTradingDay] | Unset = UNSET
        if _trading_schedules is not UNSET:
            trading_schedules = []
            for trading_schedules_item_data in _trading_schedules:
                trading_schedules_item = ForecastTradingDay.from_dict(
                    trading_schedules_item_data
                )

                trading_schedules.append(trading_schedules_item)

        _model = cls(
            timezone=timezone,
            trading_schedules=trading_schedules,
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

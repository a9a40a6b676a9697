from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contract_trading_schedule_schedules_type_0 import (
        ContractTradingScheduleSchedulesType0,
    )


T = TypeVar("T", bound="ContractTradingSchedule")


@_attrs_define
class ContractTradingSchedule:
    """Trading schedule of one contract.

    Attributes:
        exchange_time_zone (None | str | Unset): Time zone of the exchange, e.g. US/Eastern.
        schedules (ContractTradingScheduleSchedulesType0 | None | Unset): An open map keyed by trading date (YYYYMMDD):
            the dates are data, so they cannot be
            fixed properties. Dates without trading are absent.
    """

    exchange_time_zone: None | str | Unset = UNSET
    schedules: ContractTradingScheduleSchedulesType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.contract_trading_schedule_schedules_type_0 import (
            ContractTradingScheduleSchedulesType0,  # noqa: PLC0415
        )

        exchange_time_zone: None | str | Unset
        if isinstance(self.exchange_time_zone, Unset):
            exchange_time_zone = UNSET
        else:
            exchange_time_zone = self.exchange_time_zone

        schedules: dict[str, Any] | None | Unset
        if isinstance(self.schedules, Unset):
            schedules = UNSET
        elif isinstance(self.schedules, ContractTradingScheduleSchedulesType0):
            schedules = self.schedules.to_dict()
        else:
            schedules = self.schedules

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if exchange_time_zone is not UNSET:
            field_dict["exchange_time_zone"] = exchange_time_zone
        if schedules is not UNSET:
            field_dict["schedules"] = schedules

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contract_trading_schedule_schedules_type_0 import (
            ContractTradingScheduleSchedulesType0,  # noqa: PLC0415
        )

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_exchange_time_zone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        exchange_time_zone = _parse_exchange_time_zone(
            _source.pop("exchange_time_zone", UNSET)
        )

        def _parse_schedules(
            data: object,
        ) -> ContractTradingScheduleSchedulesType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                schedules_type_0 = ContractTradingScheduleSchedulesType0.from_dict(data)

                return schedules_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContractTradingScheduleSchedulesType0 | None | Unset, data)

        schedules = _parse_schedules(_source.pop("schedules", UNSET))

        _model = cls(
            exchange_time_zone=exchange_time_zone,
            schedules=schedules,
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

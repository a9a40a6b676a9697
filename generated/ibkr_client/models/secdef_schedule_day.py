from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.secdef_schedule_session import SecdefScheduleSession
    from ..models.secdef_schedule_trading_time import SecdefScheduleTradingTime


T = TypeVar("T", bound="SecdefScheduleDay")


@_attrs_define
class SecdefScheduleDay:
    """One trading day (or weekday pattern) of a venue.

    Attributes:
        clearing_cycle_end_time (str | Unset): End of the clearing cycle, HHMM. The field list says int; the example
            (and
            servers) send a string such as "2000".
        trading_schedule_date (str | Unset): Date of the schedule, YYYYMMDD, as a string (documented as int). 20000101
            to
            20000107 stand for any Saturday to any Friday; other dates stand for themselves.
        sessions (list[SecdefScheduleSession] | Unset): Liquid sessions (the field list says Object; the example sends
            an array).
        trading_times (list[SecdefScheduleTradingTime] | Unset): Trading times, as the field list spells the key.
        tradingtimes (list[SecdefScheduleTradingTime] | Unset): Trading times, as the example (and servers) spell the
            key.
    """

    clearing_cycle_end_time: str | Unset = UNSET
    trading_schedule_date: str | Unset = UNSET
    sessions: list[SecdefScheduleSession] | Unset = UNSET
    trading_times: list[SecdefScheduleTradingTime] | Unset = UNSET
    tradingtimes: list[SecdefScheduleTradingTime] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        clearing_cycle_end_time = self.clearing_cycle_end_time

        trading_schedule_date = self.trading_schedule_date

        sessions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sessions, Unset):
            sessions = []
            for sessions_item_data in self.sessions:
                sessions_item = sessions_item_data.to_dict()
                sessions.append(sessions_item)

        trading_times: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.trading_times, Unset):
            trading_times = []
            for trading_times_item_data in self.trading_times:
                trading_times_item = trading_times_item_data.to_dict()
                trading_times.append(trading_times_item)

        tradingtimes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tradingtimes, Unset):
            tradingtimes = []
            for tradingtimes_item_data in self.tradingtimes:
                tradingtimes_item = tradingtimes_item_data.to_dict()
                tradingtimes.append(tradingtimes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if clearing_cycle_end_time is not UNSET:
            field_dict["clearingCycleEndTime"] = clearing_cycle_end_time
        if trading_schedule_date is not UNSET:
            field_dict["tradingScheduleDate"] = trading_schedule_date
        if sessions is not UNSET:
            field_dict["sessions"] = sessions
        if trading_times is not UNSET:
            field_dict["tradingTimes"] = trading_times
        if tradingtimes is not UNSET:
            field_dict["tradingtimes"] = tradingtimes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.secdef_schedule_session import SecdefScheduleSession  # noqa: PLC0415
        from ..models.secdef_schedule_trading_time import SecdefScheduleTradingTime  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        clearing_cycle_end_time = _source.pop("clearingCycleEndTime", UNSET)

        trading_schedule_date = _source.pop("tradingScheduleDate", UNSET)

        _sessions = _source.pop("sessions", UNSET)
        sessions: list[SecdefScheduleSession] | Unset = UNSET
        if _sessions is not UNSET:
            sessions = []
            for sessions_item_data in _sessions:
                sessions_item = SecdefScheduleSession.from_dict(sessions_item_data)

                sessions.append(sessions_item)

        _trading_times = _source.pop("tradingTimes", UNSET)
        trading_times: list[SecdefScheduleTradingTime] | Unset = UNSET
        if _trading_times is not UNSET:
            trading_times = []
            for trading_times_item_data in _trading_times:
                trading_times_item = SecdefScheduleTradingTime.from_dict(
                    trading_times_item_data
                )

                trading_times.append(trading_times_item)

        _tradingtimes = _source.pop("tradingtimes", UNSET)
        tradingtimes: list[SecdefScheduleTradingTime] | Unset = UNSET
        if _tradingtimes is not UNSET:
            tradingtimes = []
            for tradingtimes_item_data in _tradingtimes:
                tradingtimes_item = SecdefScheduleTradingTime.from_dict(
                    tradingtimes_item_data
                )

                tradingtimes.append(tradingtimes_item)

        _model = cls(
            clearing_cycle_end_time=clearing_cycle_end_time,
            trading_schedule_date=trading_schedule_date,
            sessions=sessions,
            trading_times=trading_times,
            tradingtimes=tradingtimes,
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

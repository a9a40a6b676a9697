from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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
        clearing_cycle_end_time (None | str | Unset): End of the clearing cycle, HHMM. The field list says int; the
            example (and
            servers) send a string such as "2000".
        trading_schedule_date (None | str | Unset): Date of the schedule, YYYYMMDD, as a string (documented as int).
            20000101 to
            20000107 stand for any Saturday to any Friday; other dates stand for themselves.
        sessions (list[SecdefScheduleSession] | None | Unset): Liquid sessions (the field list says Object; the example
            sends an array).
        trading_times (list[SecdefScheduleTradingTime] | None | Unset): Trading times, as the field list spells the key.
        tradingtimes (list[SecdefScheduleTradingTime] | None | Unset): Trading times, as the example (and servers) spell
            the key.
    """

    clearing_cycle_end_time: None | str | Unset = UNSET
    trading_schedule_date: None | str | Unset = UNSET
    sessions: list[SecdefScheduleSession] | None | Unset = UNSET
    trading_times: list[SecdefScheduleTradingTime] | None | Unset = UNSET
    tradingtimes: list[SecdefScheduleTradingTime] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        clearing_cycle_end_time: None | str | Unset
        if isinstance(self.clearing_cycle_end_time, Unset):
            clearing_cycle_end_time = UNSET
        else:
            clearing_cycle_end_time = self.clearing_cycle_end_time

        trading_schedule_date: None | str | Unset
        if isinstance(self.trading_schedule_date, Unset):
            trading_schedule_date = UNSET
        else:
            trading_schedule_date = self.trading_schedule_date

        sessions: list[dict[str, Any]] | None | Unset
        if isinstance(self.sessions, Unset):
            sessions = UNSET
        elif isinstance(self.sessions, list):
            sessions = []
            for sessions_type_0_item_data in self.sessions:
                sessions_type_0_item = sessions_type_0_item_data.to_dict()
                sessions.append(sessions_type_0_item)

        else:
            sessions = self.sessions

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

        tradingtimes: list[dict[str, Any]] | None | Unset
        if isinstance(self.tradingtimes, Unset):
            tradingtimes = UNSET
        elif isinstance(self.tradingtimes, list):
            tradingtimes = []
            for tradingtimes_type_0_item_data in self.tradingtimes:
                tradingtimes_type_0_item = tradingtimes_type_0_item_data.to_dict()
                tradingtimes.append(tradingtimes_type_0_item)

        else:
            tradingtimes = self.tradingtimes

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

        def _parse_clearing_cycle_end_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        clearing_cycle_end_time = _parse_clearing_cycle_end_time(
            _source.pop("clearingCycleEndTime", UNSET)
        )

        def _parse_trading_schedule_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        trading_schedule_date = _parse_trading_schedule_date(
            _source.pop("tradingScheduleDate", UNSET)
        )

        def _parse_sessions(data: object) -> list[SecdefScheduleSession] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                sessions_type_0 = []
                _sessions_type_0 = data
                for sessions_type_0_item_data in _sessions_type_0:
                    sessions_type_0_item = SecdefScheduleSession.from_dict(
                        sessions_type_0_item_data
                    )

                    sessions_type_0.append(sessions_type_0_item)

                return sessions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SecdefScheduleSession] | None | Unset, data)

        sessions = _parse_sessions(_source.pop("sessions", UNSET))

        def _parse_trading_times(
            data: object,
        ) -> list[SecdefScheduleTradingTime] | None | Unset:
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
                    trading_times_type_0_item = SecdefScheduleTradingTime.from_dict(
                        trading_times_type_0_item_data
                    )

                    trading_times_type_0.append(trading_times_type_0_item)

                return trading_times_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SecdefScheduleTradingTime] | None | Unset, data)

        trading_times = _parse_trading_times(_source.pop("tradingTimes", UNSET))

        def _parse_tradingtimes(
            data: object,
        ) -> list[SecdefScheduleTradingTime] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tradingtimes_type_0 = []
                _tradingtimes_type_0 = data
                for tradingtimes_type_0_item_data in _tradingtimes_type_0:
                    tradingtimes_type_0_item = SecdefScheduleTradingTime.from_dict(
                        tradingtimes_type_0_item_data
                    )

                    tradingtimes_type_0.append(tradingtimes_type_0_item)

                return tradingtimes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SecdefScheduleTradingTime] | None | Unset, data)

        tradingtimes = _parse_tradingtimes(_source.pop("tradingtimes", UNSET))

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

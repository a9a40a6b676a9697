from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.secdef_schedule_day import SecdefScheduleDay


T = TypeVar("T", bound="SecdefScheduleVenue")


@_attrs_define
class SecdefScheduleVenue:
    """The schedule of one exchange parameter (trading venue).

    Attributes:
        id (None | str | Unset): Exchange parameter id, e.g. p102082.
        trade_venue_id (None | str | Unset): Trade venue of the exchange parameter, e.g. v13133.
        timezone (None | str | Unset): Time zone of the times (in the example, not in the field list).
        schedules (list[SecdefScheduleDay] | None | Unset): Trading days; at least one trading time and zero or more
            sessions each.
        description (None | str | Unset): Full name of the exchange.
        exchange (None | str | Unset): Exchange code.
    """

    id: None | str | Unset = UNSET
    trade_venue_id: None | str | Unset = UNSET
    timezone: None | str | Unset = UNSET
    schedules: list[SecdefScheduleDay] | None | Unset = UNSET
    description: None | str | Unset = UNSET
    exchange: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        trade_venue_id: None | str | Unset
        if isinstance(self.trade_venue_id, Unset):
            trade_venue_id = UNSET
        else:
            trade_venue_id = self.trade_venue_id

        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        schedules: list[dict[str, Any]] | None | Unset
        if isinstance(self.schedules, Unset):
            schedules = UNSET
        elif isinstance(self.schedules, list):
            schedules = []
            for schedules_type_0_item_data in self.schedules:
                schedules_type_0_item = schedules_type_0_item_data.to_dict()
                schedules.append(schedules_type_0_item)

        else:
            schedules = self.schedules

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        exchange: None | str | Unset
        if isinstance(self.exchange, Unset):
            exchange = UNSET
        else:
            exchange = self.exchange

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if trade_venue_id is not UNSET:
            field_dict["tradeVenueId"] = trade_venue_id
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if schedules is not UNSET:
            field_dict["schedules"] = schedules
        if description is not UNSET:
            field_dict["description"] = description
        if exchange is not UNSET:
            field_dict["exchange"] = exchange

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.secdef_schedule_day import SecdefScheduleDay  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(_source.pop("id", UNSET))

        def _parse_trade_venue_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        trade_venue_id = _parse_trade_venue_id(_source.pop("tradeVenueId", UNSET))

        def _parse_timezone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        timezone = _parse_timezone(_source.pop("timezone", UNSET))

        def _parse_schedules(data: object) -> list[SecdefScheduleDay] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                schedules_type_0 = []
                _schedules_type_0 = data
                for schedules_type_0_item_data in _schedules_type_0:
                    schedules_type_0_item = SecdefScheduleDay.from_dict(
                        schedules_type_0_item_data
                    )

                    schedules_type_0.append(schedules_type_0_item)

                return schedules_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SecdefScheduleDay] | None | Unset, data)

        schedules = _parse_schedules(_source.pop("schedules", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(_source.pop("description", UNSET))

        def _parse_exchange(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        exchange = _parse_exchange(_source.pop("exchange", UNSET))

        _model = cls(
            id=id,
            trade_venue_id=trade_venue_id,
            timezone=timezone,
            schedules=schedules,
            description=description,
            exchange=exchange,
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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

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
        id (str | Unset): Exchange parameter id, e.g. p102082.
        trade_venue_id (str | Unset): Trade venue of the exchange parameter, e.g. v13133.
        timezone (str | Unset): Time zone of the times (in the example, not in the field list).
        schedules (list[SecdefScheduleDay] | Unset): Trading days; at least one trading time and zero or more sessions
            each.
    """

    id: str | Unset = UNSET
    trade_venue_id: str | Unset = UNSET
    timezone: str | Unset = UNSET
    schedules: list[SecdefScheduleDay] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        trade_venue_id = self.trade_venue_id

        timezone = self.timezone

        schedules: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.schedules, Unset):
            schedules = []
            for schedules_item_data in self.schedules:
                schedules_item = schedules_item_data.to_dict()
                schedules.append(schedules_item)

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.secdef_schedule_day import SecdefScheduleDay  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        id = _source.pop("id", UNSET)

        trade_venue_id = _source.pop("tradeVenueId", UNSET)

        timezone = _source.pop("timezone", UNSET)

        _schedules = _source.pop("schedules", UNSET)
        schedules: list[SecdefScheduleDay] | Unset = UNSET
        if _schedules is not UNSET:
            schedules = []
            for schedules_item_data in _schedules:
                schedules_item = SecdefScheduleDay.from_dict(schedules_item_data)

                schedules.append(schedules_item)

        _model = cls(
            id=id,
            trade_venue_id=trade_venue_id,
            timezone=timezone,
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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SecdefScheduleSession")


@_attrs_define
class SecdefScheduleSession:
    """Liquid hours of a trading day, sent when they differ from the whole trading day.

    Attributes:
        description (None | str | Unset): Description of the session.
        opening_time (None | str | Unset): Opening time, HHMM. The field list says int; the example (and servers) send a
            string such as "0930".
        closing_time (None | str | Unset): Closing time, HHMM, as a string (documented as int).
        prop (None | str | Unset): LIQUID when the whole trading day is liquid.
    """

    description: None | str | Unset = UNSET
    opening_time: None | str | Unset = UNSET
    closing_time: None | str | Unset = UNSET
    prop: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        opening_time: None | str | Unset
        if isinstance(self.opening_time, Unset):
            opening_time = UNSET
        else:
            opening_time = self.opening_time

        closing_time: None | str | Unset
        if isinstance(self.closing_time, Unset):
            closing_time = UNSET
        else:
            closing_time = self.closing_time

        prop: None | str | Unset
        if isinstance(self.prop, Unset):
            prop = UNSET
        else:
            prop = self.prop

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if opening_time is not UNSET:
            field_dict["openingTime"] = opening_time
        if closing_time is not UNSET:
            field_dict["closingTime"] = closing_time
        if prop is not UNSET:
            field_dict["prop"] = prop

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(_source.pop("description", UNSET))

        def _parse_opening_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        opening_time = _parse_opening_time(_source.pop("openingTime", UNSET))

        def _parse_closing_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        closing_time = _parse_closing_time(_source.pop("closingTime", UNSET))

        def _parse_prop(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prop = _parse_prop(_source.pop("prop", UNSET))

        _model = cls(
            description=description,
            opening_time=opening_time,
            closing_time=closing_time,
            prop=prop,
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

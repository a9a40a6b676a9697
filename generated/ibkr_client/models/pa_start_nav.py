from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaStartNav")


@_attrs_define
class PaStartNav:
    """Net asset value before the first data point.

    Attributes:
        date (None | str | Unset): Date of the value, yyyyMMdd.
        val (float | None | Unset): Net asset value on that date.
    """

    date: None | str | Unset = UNSET
    val: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        else:
            date = self.date

        val: float | None | Unset
        if isinstance(self.val, Unset):
            val = UNSET
        else:
            val = self.val

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET:
            field_dict["date"] = date
        if val is not UNSET:
            field_dict["val"] = val

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date = _parse_date(_source.pop("date", UNSET))

        def _parse_val(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        val = _parse_val(_source.pop("val", UNSET))

        _model = cls(
            date=date,
            val=val,
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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.available_statement_dates_data_value_type_0_daily_type_0 import (
        AvailableStatementDatesDataValueType0DailyType0,
    )


T = TypeVar("T", bound="AvailableStatementDatesDataValueType0")


@_attrs_define
class AvailableStatementDatesDataValueType0:
    """
    Attributes:
        annual (list[str] | None | Unset):
        daily (AvailableStatementDatesDataValueType0DailyType0 | None | Unset):
        monthly (list[str] | None | Unset):
    """

    annual: list[str] | None | Unset = UNSET
    daily: AvailableStatementDatesDataValueType0DailyType0 | None | Unset = UNSET
    monthly: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.available_statement_dates_data_value_type_0_daily_type_0 import (
            AvailableStatementDatesDataValueType0DailyType0,  # noqa: PLC0415
        )

        annual: list[str] | None | Unset
        if isinstance(self.annual, Unset):
            annual = UNSET
        elif isinstance(self.annual, list):
            annual = self.annual

        else:
            annual = self.annual

        daily: dict[str, Any] | None | Unset
        if isinstance(self.daily, Unset):
            daily = UNSET
        elif isinstance(self.daily, AvailableStatementDatesDataValueType0DailyType0):
            daily = self.daily.to_dict()
        else:
            daily = self.daily

        monthly: list[str] | None | Unset
        if isinstance(self.monthly, Unset):
            monthly = UNSET
        elif isinstance(self.monthly, list):
            monthly = self.monthly

        else:
            monthly = self.monthly

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if annual is not UNSET:
            field_dict["annual"] = annual
        if daily is not UNSET:
            field_dict["daily"] = daily
        if monthly is not UNSET:
            field_dict["monthly"] = monthly

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.available_statement_dates_data_value_type_0_daily_type_0 import (
            AvailableStatementDatesDataValueType0DailyType0,  # noqa: PLC0415
        )

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_annual(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                annual_type_0 = cast(list[str], data)

                return annual_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        annual = _parse_annual(_source.pop("annual", UNSET))

        def _parse_daily(
            data: object,
        ) -> AvailableStatementDatesDataValueType0DailyType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                daily_type_0 = (
                    AvailableStatementDatesDataValueType0DailyType0.from_dict(data)
                )

                return daily_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                AvailableStatementDatesDataValueType0DailyType0 | None | Unset, data
            )

        daily = _parse_daily(_source.pop("daily", UNSET))

        def _parse_monthly(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                monthly_type_0 = cast(list[str], data)

                return monthly_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        monthly = _parse_monthly(_source.pop("monthly", UNSET))

        _model = cls(
            annual=annual,
            daily=daily,
            monthly=monthly,
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

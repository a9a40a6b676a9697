from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.available_statement_dates_data_value_daily import (
        AvailableStatementDatesDataValueDaily,
    )


T = TypeVar("T", bound="AvailableStatementDatesDataValue")


@_attrs_define
class AvailableStatementDatesDataValue:
    """
    Attributes:
        annual (list[str] | Unset):
        daily (AvailableStatementDatesDataValueDaily | Unset):
        monthly (list[str] | Unset):
    """

    annual: list[str] | Unset = UNSET
    daily: AvailableStatementDatesDataValueDaily | Unset = UNSET
    monthly: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        annual: list[str] | Unset = UNSET
        if not isinstance(self.annual, Unset):
            annual = self.annual

        daily: dict[str, Any] | Unset = UNSET
        if not isinstance(self.daily, Unset):
            daily = self.daily.to_dict()

        monthly: list[str] | Unset = UNSET
        if not isinstance(self.monthly, Unset):
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
        from ..models.available_statement_dates_data_value_daily import (
            AvailableStatementDatesDataValueDaily,  # noqa: PLC0415
        )

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        annual = cast(list[str], _source.pop("annual", UNSET))

        _daily = _source.pop("daily", UNSET)
        daily: AvailableStatementDatesDataValueDaily | Unset
        if isinstance(_daily, Unset):
            daily = UNSET
        else:
            daily = AvailableStatementDatesDataValueDaily.from_dict(_daily)

        monthly = cast(list[str], _source.pop("monthly", UNSET))

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

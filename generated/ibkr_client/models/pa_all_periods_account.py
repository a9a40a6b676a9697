from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pa_all_periods_period import PaAllPeriodsPeriod


T = TypeVar("T", bound="PaAllPeriodsAccount")


@_attrs_define
class PaAllPeriodsAccount:
    """One account's performance: fixed fields, plus one member per period listed in
    `periods` (1D, 7D, MTD...). The periods vary, so they are additional properties.

        Attributes:
            base_currency (str | Unset): Base currency of the account.
            start (str | Unset): First date covered, yyyyMMdd.
            end (str | Unset): Last date covered, yyyyMMdd.
            periods (list[str] | Unset): The periods present, as member names.
            last_successful_update (str | Unset): When the data was last updated, "yyyy-MM-dd HH:mm:ss".
    """

    base_currency: str | Unset = UNSET
    start: str | Unset = UNSET
    end: str | Unset = UNSET
    periods: list[str] | Unset = UNSET
    last_successful_update: str | Unset = UNSET
    additional_properties: dict[str, PaAllPeriodsPeriod] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        base_currency = self.base_currency

        start = self.start

        end = self.end

        periods: list[str] | Unset = UNSET
        if not isinstance(self.periods, Unset):
            periods = self.periods

        last_successful_update = self.last_successful_update

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        field_dict.update({})
        if base_currency is not UNSET:
            field_dict["baseCurrency"] = base_currency
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end
        if periods is not UNSET:
            field_dict["periods"] = periods
        if last_successful_update is not UNSET:
            field_dict["lastSuccessfulUpdate"] = last_successful_update

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pa_all_periods_period import PaAllPeriodsPeriod  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        base_currency = _source.pop("baseCurrency", UNSET)

        start = _source.pop("start", UNSET)

        end = _source.pop("end", UNSET)

        periods = cast(list[str], _source.pop("periods", UNSET))

        last_successful_update = _source.pop("lastSuccessfulUpdate", UNSET)

        _model = cls(
            base_currency=base_currency,
            start=start,
            end=end,
            periods=periods,
            last_successful_update=last_successful_update,
        )

        additional_properties = {}
        for prop_name, prop_dict in _source.items():
            additional_property = PaAllPeriodsPeriod.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        _model.additional_properties = additional_properties
        return _model

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> PaAllPeriodsPeriod:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: PaAllPeriodsPeriod) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

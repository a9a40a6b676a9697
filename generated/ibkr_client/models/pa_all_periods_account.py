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
            base_currency (None | str | Unset): Base currency of the account.
            start (None | str | Unset): First date covered, yyyyMMdd.
            end (None | str | Unset): Last date covered, yyyyMMdd.
            periods (list[str] | None | Unset): The periods present, as member names.
            last_successful_update (None | str | Unset): When the data was last updated, "yyyy-MM-dd HH:mm:ss".
    """

    base_currency: None | str | Unset = UNSET
    start: None | str | Unset = UNSET
    end: None | str | Unset = UNSET
    periods: list[str] | None | Unset = UNSET
    last_successful_update: None | str | Unset = UNSET
    additional_properties: dict[str, PaAllPeriodsPeriod] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        base_currency: None | str | Unset
        if isinstance(self.base_currency, Unset):
            base_currency = UNSET
        else:
            base_currency = self.base_currency

        start: None | str | Unset
        if isinstance(self.start, Unset):
            start = UNSET
        else:
            start = self.start

        end: None | str | Unset
        if isinstance(self.end, Unset):
            end = UNSET
        else:
            end = self.end

        periods: list[str] | None | Unset
        if isinstance(self.periods, Unset):
            periods = UNSET
        elif isinstance(self.periods, list):
            periods = self.periods

        else:
            periods = self.periods

        last_successful_update: None | str | Unset
        if isinstance(self.last_successful_update, Unset):
            last_successful_update = UNSET
        else:
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

        def _parse_base_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        base_currency = _parse_base_currency(_source.pop("baseCurrency", UNSET))

        def _parse_start(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        start = _parse_start(_source.pop("start", UNSET))

        def _parse_end(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        end = _parse_end(_source.pop("end", UNSET))

        def _parse_periods(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                periods_type_0 = cast(list[str], data)

                return periods_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        periods = _parse_periods(_source.pop("periods", UNSET))

        def _parse_last_successful_update(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_successful_update = _parse_last_successful_update(
            _source.pop("lastSuccessfulUpdate", UNSET)
        )

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

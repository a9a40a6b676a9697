from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pa_start_nav import PaStartNav


T = TypeVar("T", bound="PaAllPeriodsPeriod")


@_attrs_define
class PaAllPeriodsPeriod:
    """Performance of one account over one period.

    Attributes:
        freq (None | str | Unset): Frequency of the data points, e.g. D.
        start_nav (None | PaStartNav | Unset):
        dates (list[str] | None | Unset): Dates of the data points, yyyyMMdd.
        nav (list[float] | None | Unset): Net asset value at each date.
        cps (list[float] | None | Unset): Cumulative return at each date, as a fraction.
    """

    freq: None | str | Unset = UNSET
    start_nav: None | PaStartNav | Unset = UNSET
    dates: list[str] | None | Unset = UNSET
    nav: list[float] | None | Unset = UNSET
    cps: list[float] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.pa_start_nav import PaStartNav  # noqa: PLC0415

        freq: None | str | Unset
        if isinstance(self.freq, Unset):
            freq = UNSET
        else:
            freq = self.freq

        start_nav: dict[str, Any] | None | Unset
        if isinstance(self.start_nav, Unset):
            start_nav = UNSET
        elif isinstance(self.start_nav, PaStartNav):
            start_nav = self.start_nav.to_dict()
        else:
            start_nav = self.start_nav

        dates: list[str] | None | Unset
        if isinstance(self.dates, Unset):
            dates = UNSET
        elif isinstance(self.dates, list):
            dates = self.dates

        else:
            dates = self.dates

        nav: list[float] | None | Unset
        if isinstance(self.nav, Unset):
            nav = UNSET
        elif isinstance(self.nav, list):
            nav = self.nav

        else:
            nav = self.nav

        cps: list[float] | None | Unset
        if isinstance(self.cps, Unset):
            cps = UNSET
        elif isinstance(self.cps, list):
            cps = self.cps

        else:
            cps = self.cps

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if freq is not UNSET:
            field_dict["freq"] = freq
        if start_nav is not UNSET:
            field_dict["startNAV"] = start_nav
        if dates is not UNSET:
            field_dict["dates"] = dates
        if nav is not UNSET:
            field_dict["nav"] = nav
        if cps is not UNSET:
            field_dict["cps"] = cps

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pa_start_nav import PaStartNav  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_freq(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        freq = _parse_freq(_source.pop("freq", UNSET))

        def _parse_start_nav(data: object) -> None | PaStartNav | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                start_nav_type_0 = PaStartNav.from_dict(data)

                return start_nav_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaStartNav | Unset, data)

        start_nav = _parse_start_nav(_source.pop("startNAV", UNSET))

        def _parse_dates(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                dates_type_0 = cast(list[str], data)

                return dates_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        dates = _parse_dates(_source.pop("dates", UNSET))

        def _parse_nav(data: object) -> list[float] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                nav_type_0 = cast(list[float], data)

                return nav_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[float] | None | Unset, data)

        nav = _parse_nav(_source.pop("nav", UNSET))

        def _parse_cps(data: object) -> list[float] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                cps_type_0 = cast(list[float], data)

                return cps_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[float] | None | Unset, data)

        cps = _parse_cps(_source.pop("cps", UNSET))

        _model = cls(
            freq=freq,
            start_nav=start_nav,
            dates=dates,
            nav=nav,
            cps=cps,
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

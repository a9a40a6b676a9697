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
        freq (str | Unset): Frequency of the data points, e.g. D.
        start_nav (PaStartNav | Unset): Net asset value before the first data point.
        dates (list[str] | Unset): Dates of the data points, yyyyMMdd.
        nav (list[float] | Unset): Net asset value at each date.
        cps (list[float] | Unset): Cumulative return at each date, as a fraction.
    """

    freq: str | Unset = UNSET
    start_nav: PaStartNav | Unset = UNSET
    dates: list[str] | Unset = UNSET
    nav: list[float] | Unset = UNSET
    cps: list[float] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        freq = self.freq

        start_nav: dict[str, Any] | Unset = UNSET
        if not isinstance(self.start_nav, Unset):
            start_nav = self.start_nav.to_dict()

        dates: list[str] | Unset = UNSET
        if not isinstance(self.dates, Unset):
            dates = self.dates

        nav: list[float] | Unset = UNSET
        if not isinstance(self.nav, Unset):
            nav = self.nav

        cps: list[float] | Unset = UNSET
        if not isinstance(self.cps, Unset):
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
        freq = _source.pop("freq", UNSET)

        _start_nav = _source.pop("startNAV", UNSET)
        start_nav: PaStartNav | Unset
        if isinstance(_start_nav, Unset):
            start_nav = UNSET
        else:
            start_nav = PaStartNav.from_dict(_start_nav)

        dates = cast(list[str], _source.pop("dates", UNSET))

        nav = cast(list[float], _source.pop("nav", UNSET))

        cps = cast(list[float], _source.pop("cps", UNSET))

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

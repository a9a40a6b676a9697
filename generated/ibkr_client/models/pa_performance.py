from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pa_nav_series import PaNavSeries
    from ..models.pa_return_series import PaReturnSeries


T = TypeVar("T", bound="PaPerformance")


@_attrs_define
class PaPerformance:
    """Performance of the requested accounts.

    Attributes:
        currency_type (str | Unset): Currency the values are in; "base" for the base currency.
        rc (int | Unset): Data identifier (Client Portal use only).
        nav (PaNavSeries | Unset): Net asset value series (not applicable to benchmarks).
        nd (int | Unset): Total number of data points.
        cps (PaReturnSeries | Unset): A return series, cumulative (cps) or per period (tpps).
        tpps (PaReturnSeries | Unset): A return series, cumulative (cps) or per period (tpps).
        id (str | Unset): Request identifier, "getPerformanceData".
        included (list[str] | Unset): The accounts included.
        pm (str | Unset): Portfolio measure, TWR (time-weighted) or MWR (money-weighted) returns.
    """

    currency_type: str | Unset = UNSET
    rc: int | Unset = UNSET
    nav: PaNavSeries | Unset = UNSET
    nd: int | Unset = UNSET
    cps: PaReturnSeries | Unset = UNSET
    tpps: PaReturnSeries | Unset = UNSET
    id: str | Unset = UNSET
    included: list[str] | Unset = UNSET
    pm: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency_type = self.currency_type

        rc = self.rc

        nav: dict[str, Any] | Unset = UNSET
        if not isinstance(self.nav, Unset):
            nav = self.nav.to_dict()

        nd = self.nd

        cps: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cps, Unset):
            cps = self.cps.to_dict()

        tpps: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tpps, Unset):
            tpps = self.tpps.to_dict()

        id = self.id

        included: list[str] | Unset = UNSET
        if not isinstance(self.included, Unset):
            included = self.included

        pm = self.pm

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if currency_type is not UNSET:
            field_dict["currencyType"] = currency_type
        if rc is not UNSET:
            field_dict["rc"] = rc
        if nav is not UNSET:
            field_dict["nav"] = nav
        if nd is not UNSET:
            field_dict["nd"] = nd
        if cps is not UNSET:
            field_dict["cps"] = cps
        if tpps is not UNSET:
            field_dict["tpps"] = tpps
        if id is not UNSET:
            field_dict["id"] = id
        if included is not UNSET:
            field_dict["included"] = included
        if pm is not UNSET:
            field_dict["pm"] = pm

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pa_nav_series import PaNavSeries  # noqa: PLC0415
        from ..models.pa_return_series import PaReturnSeries  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        currency_type = _source.pop("currencyType", UNSET)

        rc = _source.pop("rc", UNSET)

        _nav = _source.pop("nav", UNSET)
        nav: PaNavSeries | Unset
        if isinstance(_nav, Unset):
            nav = UNSET
        else:
            nav = PaNavSeries.from_dict(_nav)

        nd = _source.pop("nd", UNSET)

        _cps = _source.pop("cps", UNSET)
        cps: PaReturnSeries | Unset
        if isinstance(_cps, Unset):
            cps = UNSET
        else:
            cps = PaReturnSeries.from_dict(_cps)

        _tpps = _source.pop("tpps", UNSET)
        tpps: PaReturnSeries | Unset
        if isinstance(_tpps, Unset):
            tpps = UNSET
        else:
            tpps = PaReturnSeries.from_dict(_tpps)

        id = _source.pop("id", UNSET)

        included = cast(list[str], _source.pop("included", UNSET))

        pm = _source.pop("pm", UNSET)

        _model = cls(
            currency_type=currency_type,
            rc=rc,
            nav=nav,
            nd=nd,
            cps=cps,
            tpps=tpps,
            id=id,
            included=included,
            pm=pm,
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

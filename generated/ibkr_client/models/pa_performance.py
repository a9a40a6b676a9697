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
        currency_type (None | str | Unset): Currency the values are in; "base" for the base currency.
        rc (int | None | Unset): Data identifier (Client Portal use only).
        nav (None | PaNavSeries | Unset):
        nd (int | None | Unset): Total number of data points.
        cps (None | PaReturnSeries | Unset):
        tpps (None | PaReturnSeries | Unset):
        id (None | str | Unset): Request identifier, "getPerformanceData".
        included (list[str] | None | Unset): The accounts included.
        pm (None | str | Unset): Portfolio measure, TWR (time-weighted) or MWR (money-weighted) returns.
    """

    currency_type: None | str | Unset = UNSET
    rc: int | None | Unset = UNSET
    nav: None | PaNavSeries | Unset = UNSET
    nd: int | None | Unset = UNSET
    cps: None | PaReturnSeries | Unset = UNSET
    tpps: None | PaReturnSeries | Unset = UNSET
    id: None | str | Unset = UNSET
    included: list[str] | None | Unset = UNSET
    pm: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.pa_nav_series import PaNavSeries  # noqa: PLC0415
        from ..models.pa_return_series import PaReturnSeries  # noqa: PLC0415

        currency_type: None | str | Unset
        if isinstance(self.currency_type, Unset):
            currency_type = UNSET
        else:
            currency_type = self.currency_type

        rc: int | None | Unset
        if isinstance(self.rc, Unset):
            rc = UNSET
        else:
            rc = self.rc

        nav: dict[str, Any] | None | Unset
        if isinstance(self.nav, Unset):
            nav = UNSET
        elif isinstance(self.nav, PaNavSeries):
            nav = self.nav.to_dict()
        else:
            nav = self.nav

        nd: int | None | Unset
        if isinstance(self.nd, Unset):
            nd = UNSET
        else:
            nd = self.nd

        cps: dict[str, Any] | None | Unset
        if isinstance(self.cps, Unset):
            cps = UNSET
        elif isinstance(self.cps, PaReturnSeries):
            cps = self.cps.to_dict()
        else:
            cps = self.cps

        tpps: dict[str, Any] | None | Unset
        if isinstance(self.tpps, Unset):
            tpps = UNSET
        elif isinstance(self.tpps, PaReturnSeries):
            tpps = self.tpps.to_dict()
        else:
            tpps = self.tpps

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        included: list[str] | None | Unset
        if isinstance(self.included, Unset):
            included = UNSET
        elif isinstance(self.included, list):
            included = self.included

        else:
            included = self.included

        pm: None | str | Unset
        if isinstance(self.pm, Unset):
            pm = UNSET
        else:
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

        def _parse_currency_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency_type = _parse_currency_type(_source.pop("currencyType", UNSET))

        def _parse_rc(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        rc = _parse_rc(_source.pop("rc", UNSET))

        def _parse_nav(data: object) -> None | PaNavSeries | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                nav_type_0 = PaNavSeries.from_dict(data)

                return nav_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaNavSeries | Unset, data)

        nav = _parse_nav(_source.pop("nav", UNSET))

        def _parse_nd(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        nd = _parse_nd(_source.pop("nd", UNSET))

        def _parse_cps(data: object) -> None | PaReturnSeries | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cps_type_0 = PaReturnSeries.from_dict(data)

                return cps_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaReturnSeries | Unset, data)

        cps = _parse_cps(_source.pop("cps", UNSET))

        def _parse_tpps(data: object) -> None | PaReturnSeries | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tpps_type_0 = PaReturnSeries.from_dict(data)

                return tpps_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaReturnSeries | Unset, data)

        tpps = _parse_tpps(_source.pop("tpps", UNSET))

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(_source.pop("id", UNSET))

        def _parse_included(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                included_type_0 = cast(list[str], data)

                return included_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        included = _parse_included(_source.pop("included", UNSET))

        def _parse_pm(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pm = _parse_pm(_source.pop("pm", UNSET))

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SsoFeatures")


@_attrs_define
class SsoFeatures:
    """Features available to the user (bonds, option chains, ...).

    Attributes:
        env (None | str | Unset): Environment, e.g. PROD.
        wlms (bool | None | Unset): Watchlist management service available.
        realtime (bool | None | Unset): Real-time market data available.
        bond (bool | None | Unset): Bond trading available.
        option_chains (bool | None | Unset): Option chains available.
        calendar (bool | None | Unset): Calendar available.
        new_mf (bool | None | Unset): New mutual fund trading available.
    """

    env: None | str | Unset = UNSET
    wlms: bool | None | Unset = UNSET
    realtime: bool | None | Unset = UNSET
    bond: bool | None | Unset = UNSET
    option_chains: bool | None | Unset = UNSET
    calendar: bool | None | Unset = UNSET
    new_mf: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        env: None | str | Unset
        if isinstance(self.env, Unset):
            env = UNSET
        else:
            env = self.env

        wlms: bool | None | Unset
        if isinstance(self.wlms, Unset):
            wlms = UNSET
        else:
            wlms = self.wlms

        realtime: bool | None | Unset
        if isinstance(self.realtime, Unset):
            realtime = UNSET
        else:
            realtime = self.realtime

        bond: bool | None | Unset
        if isinstance(self.bond, Unset):
            bond = UNSET
        else:
            bond = self.bond

        option_chains: bool | None | Unset
        if isinstance(self.option_chains, Unset):
            option_chains = UNSET
        else:
            option_chains = self.option_chains

        calendar: bool | None | Unset
        if isinstance(self.calendar, Unset):
            calendar = UNSET
        else:
            calendar = self.calendar

        new_mf: bool | None | Unset
        if isinstance(self.new_mf, Unset):
            new_mf = UNSET
        else:
            new_mf = self.new_mf

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if env is not UNSET:
            field_dict["env"] = env
        if wlms is not UNSET:
            field_dict["wlms"] = wlms
        if realtime is not UNSET:
            field_dict["realtime"] = realtime
        if bond is not UNSET:
            field_dict["bond"] = bond
        if option_chains is not UNSET:
            field_dict["optionChains"] = option_chains
        if calendar is not UNSET:
            field_dict["calendar"] = calendar
        if new_mf is not UNSET:
            field_dict["newMf"] = new_mf

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_env(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        env = _parse_env(_source.pop("env", UNSET))

        def _parse_wlms(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        wlms = _parse_wlms(_source.pop("wlms", UNSET))

        def _parse_realtime(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        realtime = _parse_realtime(_source.pop("realtime", UNSET))

        def _parse_bond(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        bond = _parse_bond(_source.pop("bond", UNSET))

        def _parse_option_chains(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        option_chains = _parse_option_chains(_source.pop("optionChains", UNSET))

        def _parse_calendar(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        calendar = _parse_calendar(_source.pop("calendar", UNSET))

        def _parse_new_mf(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        new_mf = _parse_new_mf(_source.pop("newMf", UNSET))

        _model = cls(
            env=env,
            wlms=wlms,
            realtime=realtime,
            bond=bond,
            option_chains=option_chains,
            calendar=calendar,
            new_mf=new_mf,
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

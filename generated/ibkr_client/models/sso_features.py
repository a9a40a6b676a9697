from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SsoFeatures")


@_attrs_define
class SsoFeatures:
    """Features available to the user (bonds, option chains, ...).

    Attributes:
        env (str | Unset): Environment, e.g. PROD.
        wlms (bool | Unset): Watchlist management service available.
        realtime (bool | Unset): Real-time market data available.
        bond (bool | Unset): Bond trading available.
        option_chains (bool | Unset): Option chains available.
        calendar (bool | Unset): Calendar available.
        new_mf (bool | Unset): New mutual fund trading available.
    """

    env: str | Unset = UNSET
    wlms: bool | Unset = UNSET
    realtime: bool | Unset = UNSET
    bond: bool | Unset = UNSET
    option_chains: bool | Unset = UNSET
    calendar: bool | Unset = UNSET
    new_mf: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        env = self.env

        wlms = self.wlms

        realtime = self.realtime

        bond = self.bond

        option_chains = self.option_chains

        calendar = self.calendar

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
        env = _source.pop("env", UNSET)

        wlms = _source.pop("wlms", UNSET)

        realtime = _source.pop("realtime", UNSET)

        bond = _source.pop("bond", UNSET)

        option_chains = _source.pop("optionChains", UNSET)

        calendar = _source.pop("calendar", UNSET)

        new_mf = _source.pop("newMf", UNSET)

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.forecast_side import ForecastSide
from ..types import UNSET, Unset

T = TypeVar("T", bound="ForecastMarketContract")


@_attrs_define
class ForecastMarketContract:
    """One contract (YES or NO side of a strike) of a market.

    Attributes:
        conid (int | Unset): Contract id.
        side (ForecastSide | Unset): Y for the YES contract (a call), N for the NO contract (a put).
        expiration (str | Unset): Resolution date, YYYYMMDD.
        strike (float | Unset): Strike value.
        strike_label (str | Unset): The strike as text, e.g. "Above 3.125%".
        expiry_label (str | Unset): The resolution date as text, e.g. "January 27, 2027".
        underlying_conid (int | Unset): Contract id of the underlier.
        time_specifier (str | Unset): The measured period, e.g. "2027.1.28".
    """

    conid: int | Unset = UNSET
    side: ForecastSide | Unset = UNSET
    expiration: str | Unset = UNSET
    strike: float | Unset = UNSET
    strike_label: str | Unset = UNSET
    expiry_label: str | Unset = UNSET
    underlying_conid: int | Unset = UNSET
    time_specifier: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        conid = self.conid

        side: str | Unset = UNSET
        if not isinstance(self.side, Unset):
            side = self.side.value

        expiration = self.expiration

        strike = self.strike

        strike_label = self.strike_label

        expiry_label = self.expiry_label

        underlying_conid = self.underlying_conid

        time_specifier = self.time_specifier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if conid is not UNSET:
            field_dict["conid"] = conid
        if side is not UNSET:
            field_dict["side"] = side
        if expiration is not UNSET:
            field_dict["expiration"] = expiration
        if strike is not UNSET:
            field_dict["strike"] = strike
        if strike_label is not UNSET:
            field_dict["strike_label"] = strike_label
        if expiry_label is not UNSET:
            field_dict["expiry_label"] = expiry_label
        if underlying_conid is not UNSET:
            field_dict["underlying_conid"] = underlying_conid
        if time_specifier is not UNSET:
            field_dict["time_specifier"] = time_specifier

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        conid = _source.pop("conid", UNSET)

        _side = _source.pop("side", UNSET)
        side: ForecastSide | Unset
        if isinstance(_side, Unset):
            side = UNSET
        else:
            side = ForecastSide(_side)

        expiration = _source.pop("expiration", UNSET)

        strike = _source.pop("strike", UNSET)

        strike_label = _source.pop("strike_label", UNSET)

        expiry_label = _source.pop("expiry_label", UNSET)

        underlying_conid = _source.pop("underlying_conid", UNSET)

        time_specifier = _source.pop("time_specifier", UNSET)

        _model = cls(
            conid=conid,
            side=side,
            expiration=expiration,
            strike=strike,
            strike_label=strike_label,
            expiry_label=expiry_label,
            underlying_conid=underlying_conid,
            time_specifier=time_specifier,
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

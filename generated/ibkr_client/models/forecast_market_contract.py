from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.forecast_side import ForecastSide
from ..types import UNSET, Unset

T = TypeVar("T", bound="ForecastMarketContract")


@_attrs_define
class ForecastMarketContract:
    """One contract (YES or NO side of a strike) of a market.

    Attributes:
        conid (int | None | Unset): Contract id.
        side (ForecastSide | None | Unset):
        expiration (None | str | Unset): Resolution date, YYYYMMDD.
        strike (float | None | Unset): Strike value.
        strike_label (None | str | Unset): The strike as text, e.g. "Above 3.125%".
        expiry_label (None | str | Unset): The resolution date as text, e.g. "January 27, 2027".
        underlying_conid (int | None | Unset): Contract id of the underlier.
        time_specifier (None | str | Unset): The measured period, e.g. "2027.1.28".
    """

    conid: int | None | Unset = UNSET
    side: ForecastSide | None | Unset = UNSET
    expiration: None | str | Unset = UNSET
    strike: float | None | Unset = UNSET
    strike_label: None | str | Unset = UNSET
    expiry_label: None | str | Unset = UNSET
    underlying_conid: int | None | Unset = UNSET
    time_specifier: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        conid: int | None | Unset
        if isinstance(self.conid, Unset):
            conid = UNSET
        else:
            conid = self.conid

        side: None | str | Unset
        if isinstance(self.side, Unset):
            side = UNSET
        elif isinstance(self.side, ForecastSide):
            side = self.side.value
        else:
            side = self.side

        expiration: None | str | Unset
        if isinstance(self.expiration, Unset):
            expiration = UNSET
        else:
            expiration = self.expiration

        strike: float | None | Unset
        if isinstance(self.strike, Unset):
            strike = UNSET
        else:
            strike = self.strike

        strike_label: None | str | Unset
        if isinstance(self.strike_label, Unset):
            strike_label = UNSET
        else:
            strike_label = self.strike_label

        expiry_label: None | str | Unset
        if isinstance(self.expiry_label, Unset):
            expiry_label = UNSET
        else:
            expiry_label = self.expiry_label

        underlying_conid: int | None | Unset
        if isinstance(self.underlying_conid, Unset):
            underlying_conid = UNSET
        else:
            underlying_conid = self.underlying_conid

        time_specifier: None | str | Unset
        if isinstance(self.time_specifier, Unset):
            time_specifier = UNSET
        else:
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

        def _parse_conid(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        conid = _parse_conid(_source.pop("conid", UNSET))

        def _parse_side(data: object) -> ForecastSide | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                side_type_0 = ForecastSide(data)

                return side_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ForecastSide | None | Unset, data)

        side = _parse_side(_source.pop("side", UNSET))

        def _parse_expiration(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expiration = _parse_expiration(_source.pop("expiration", UNSET))

        def _parse_strike(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        strike = _parse_strike(_source.pop("strike", UNSET))

        def _parse_strike_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        strike_label = _parse_strike_label(_source.pop("strike_label", UNSET))

        def _parse_expiry_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expiry_label = _parse_expiry_label(_source.pop("expiry_label", UNSET))

        def _parse_underlying_conid(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        underlying_conid = _parse_underlying_conid(
            _source.pop("underlying_conid", UNSET)
        )

        def _parse_time_specifier(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        time_specifier = _parse_time_specifier(_source.pop("time_specifier", UNSET))

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

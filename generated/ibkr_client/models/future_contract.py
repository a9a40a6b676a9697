from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FutureContract")


@_attrs_define
class FutureContract:
    """One non-expired futures contract.

    Attributes:
        symbol (None | str | Unset): The requested symbol.
        conid (int | None | Unset): Contract id of the future.
        underlying_conid (int | None | Unset): Contract id of the future's underlying.
        expiration_date (int | None | Unset): Expiration date, YYYYMMDD as a number.
        ltd (int | None | Unset): Last trading day, YYYYMMDD as a number.
        short_futures_cut_off (int | None | Unset): Last day to roll short positions, YYYYMMDD as a number.
        long_futures_cut_off (int | None | Unset): Last day to roll long positions, YYYYMMDD as a number.
    """

    symbol: None | str | Unset = UNSET
    conid: int | None | Unset = UNSET
    underlying_conid: int | None | Unset = UNSET
    expiration_date: int | None | Unset = UNSET
    ltd: int | None | Unset = UNSET
    short_futures_cut_off: int | None | Unset = UNSET
    long_futures_cut_off: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol: None | str | Unset
        if isinstance(self.symbol, Unset):
            symbol = UNSET
        else:
            symbol = self.symbol

        conid: int | None | Unset
        if isinstance(self.conid, Unset):
            conid = UNSET
        else:
            conid = self.conid

        underlying_conid: int | None | Unset
        if isinstance(self.underlying_conid, Unset):
            underlying_conid = UNSET
        else:
            underlying_conid = self.underlying_conid

        expiration_date: int | None | Unset
        if isinstance(self.expiration_date, Unset):
            expiration_date = UNSET
        else:
            expiration_date = self.expiration_date

        ltd: int | None | Unset
        if isinstance(self.ltd, Unset):
            ltd = UNSET
        else:
            ltd = self.ltd

        short_futures_cut_off: int | None | Unset
        if isinstance(self.short_futures_cut_off, Unset):
            short_futures_cut_off = UNSET
        else:
            short_futures_cut_off = self.short_futures_cut_off

        long_futures_cut_off: int | None | Unset
        if isinstance(self.long_futures_cut_off, Unset):
            long_futures_cut_off = UNSET
        else:
            long_futures_cut_off = self.long_futures_cut_off

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if conid is not UNSET:
            field_dict["conid"] = conid
        if underlying_conid is not UNSET:
            field_dict["underlyingConid"] = underlying_conid
        if expiration_date is not UNSET:
            field_dict["expirationDate"] = expiration_date
        if ltd is not UNSET:
            field_dict["ltd"] = ltd
        if short_futures_cut_off is not UNSET:
            field_dict["shortFuturesCutOff"] = short_futures_cut_off
        if long_futures_cut_off is not UNSET:
            field_dict["longFuturesCutOff"] = long_futures_cut_off

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_symbol(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        symbol = _parse_symbol(_source.pop("symbol", UNSET))

        def _parse_conid(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        conid = _parse_conid(_source.pop("conid", UNSET))

        def _parse_underlying_conid(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        underlying_conid = _parse_underlying_conid(
            _source.pop("underlyingConid", UNSET)
        )

        def _parse_expiration_date(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        expiration_date = _parse_expiration_date(_source.pop("expirationDate", UNSET))

        def _parse_ltd(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        ltd = _parse_ltd(_source.pop("ltd", UNSET))

        def _parse_short_futures_cut_off(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        short_futures_cut_off = _parse_short_futures_cut_off(
            _source.pop("shortFuturesCutOff", UNSET)
        )

        def _parse_long_futures_cut_off(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        long_futures_cut_off = _parse_long_futures_cut_off(
            _source.pop("longFuturesCutOff", UNSET)
        )

        _model = cls(
            symbol=symbol,
            conid=conid,
            underlying_conid=underlying_conid,
            expiration_date=expiration_date,
            ltd=ltd,
            short_futures_cut_off=short_futures_cut_off,
            long_futures_cut_off=long_futures_cut_off,
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

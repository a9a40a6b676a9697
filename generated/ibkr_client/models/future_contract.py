from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FutureContract")


@_attrs_define
class FutureContract:
    """One non-expired futures contract.

    Attributes:
        symbol (str | Unset): The requested symbol.
        conid (int | Unset): Contract id of the future.
        underlying_conid (int | Unset): Contract id of the future's underlying.
        expiration_date (int | Unset): Expiration date, YYYYMMDD as a number.
        ltd (int | Unset): Last trading day, YYYYMMDD as a number.
        short_futures_cut_off (int | Unset): Last day to roll short positions, YYYYMMDD as a number.
        long_futures_cut_off (int | Unset): Last day to roll long positions, YYYYMMDD as a number.
    """

    symbol: str | Unset = UNSET
    conid: int | Unset = UNSET
    underlying_conid: int | Unset = UNSET
    expiration_date: int | Unset = UNSET
    ltd: int | Unset = UNSET
    short_futures_cut_off: int | Unset = UNSET
    long_futures_cut_off: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        conid = self.conid

        underlying_conid = self.underlying_conid

        expiration_date = self.expiration_date

        ltd = self.ltd

        short_futures_cut_off = self.short_futures_cut_off

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
        symbol = _source.pop("symbol", UNSET)

        conid = _source.pop("conid", UNSET)

        underlying_conid = _source.pop("underlyingConid", UNSET)

        expiration_date = _source.pop("expirationDate", UNSET)

        ltd = _source.pop("ltd", UNSET)

        short_futures_cut_off = _source.pop("shortFuturesCutOff", UNSET)

        long_futures_cut_off = _source.pop("longFuturesCutOff", UNSET)

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

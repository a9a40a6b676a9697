from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SecdefSearchSection")


@_attrs_define
class SecdefSearchSection:
    """One security type available on a search result.

    Attributes:
        sec_type (str | Unset): Security type, e.g. STK, OPT, FUT, BOND.
        months (str | Unset): Semicolon-separated expiration months, e.g. "JAN24;FEB24".
        symbol (str | Unset): Symbol of the instrument.
        exchange (str | Unset): Semicolon-separated exchanges, e.g. "SMART;CBOE".
        conid (str | Unset): Undocumented; contract id of this security type's contract (e.g. the CFD), as a string.
    """

    sec_type: str | Unset = UNSET
    months: str | Unset = UNSET
    symbol: str | Unset = UNSET
    exchange: str | Unset = UNSET
    conid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sec_type = self.sec_type

        months = self.months

        symbol = self.symbol

        exchange = self.exchange

        conid = self.conid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sec_type is not UNSET:
            field_dict["secType"] = sec_type
        if months is not UNSET:
            field_dict["months"] = months
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if exchange is not UNSET:
            field_dict["exchange"] = exchange
        if conid is not UNSET:
            field_dict["conid"] = conid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        sec_type = _source.pop("secType", UNSET)

        months = _source.pop("months", UNSET)

        symbol = _source.pop("symbol", UNSET)

        exchange = _source.pop("exchange", UNSET)

        conid = _source.pop("conid", UNSET)

        _model = cls(
            sec_type=sec_type,
            months=months,
            symbol=symbol,
            exchange=exchange,
            conid=conid,
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

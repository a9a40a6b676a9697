from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SecdefSearchSection")


@_attrs_define
class SecdefSearchSection:
    """One security type available on a search result.

    Attributes:
        sec_type (None | str | Unset): Security type, e.g. STK, OPT, FUT, BOND.
        months (None | str | Unset): Semicolon-separated expiration months, e.g. "JAN24;FEB24".
        symbol (None | str | Unset): Symbol of the instrument.
        exchange (None | str | Unset): Semicolon-separated exchanges, e.g. "SMART;CBOE".
        conid (None | str | Unset): Undocumented; contract id of this security type's contract (e.g. the CFD), as a
            string.
    """

    sec_type: None | str | Unset = UNSET
    months: None | str | Unset = UNSET
    symbol: None | str | Unset = UNSET
    exchange: None | str | Unset = UNSET
    conid: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sec_type: None | str | Unset
        if isinstance(self.sec_type, Unset):
            sec_type = UNSET
        else:
            sec_type = self.sec_type

        months: None | str | Unset
        if isinstance(self.months, Unset):
            months = UNSET
        else:
            months = self.months

        symbol: None | str | Unset
        if isinstance(self.symbol, Unset):
            symbol = UNSET
        else:
            symbol = self.symbol

        exchange: None | str | Unset
        if isinstance(self.exchange, Unset):
            exchange = UNSET
        else:
            exchange = self.exchange

        conid: None | str | Unset
        if isinstance(self.conid, Unset):
            conid = UNSET
        else:
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

        def _parse_sec_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sec_type = _parse_sec_type(_source.pop("secType", UNSET))

        def _parse_months(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        months = _parse_months(_source.pop("months", UNSET))

        def _parse_symbol(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        symbol = _parse_symbol(_source.pop("symbol", UNSET))

        def _parse_exchange(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        exchange = _parse_exchange(_source.pop("exchange", UNSET))

        def _parse_conid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        conid = _parse_conid(_source.pop("conid", UNSET))

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

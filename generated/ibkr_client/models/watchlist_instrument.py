from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WatchlistInstrument")


@_attrs_define
class WatchlistInstrument:
    """One contract of a watchlist.

    Attributes:
        st (None | str | Unset): Security type (in the documentation example, not in the field list).
        c (None | str | Unset): Contract id, as a string.
        conid (int | None | Unset): Contract id.
        name (None | str | Unset): Long name of the company.
        full_name (None | str | Unset): Local symbol of the contract.
        asset_class (None | str | Unset): Security type of the contract.
        ticker (None | str | Unset): Ticker symbol.
        chinese_name (None | str | Unset): Name of the contract in Chinese characters.
    """

    st: None | str | Unset = UNSET
    c: None | str | Unset = UNSET
    conid: int | None | Unset = UNSET
    name: None | str | Unset = UNSET
    full_name: None | str | Unset = UNSET
    asset_class: None | str | Unset = UNSET
    ticker: None | str | Unset = UNSET
    chinese_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        st: None | str | Unset
        if isinstance(self.st, Unset):
            st = UNSET
        else:
            st = self.st

        c: None | str | Unset
        if isinstance(self.c, Unset):
            c = UNSET
        else:
            c = self.c

        conid: int | None | Unset
        if isinstance(self.conid, Unset):
            conid = UNSET
        else:
            conid = self.conid

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        full_name: None | str | Unset
        if isinstance(self.full_name, Unset):
            full_name = UNSET
        else:
            full_name = self.full_name

        asset_class: None | str | Unset
        if isinstance(self.asset_class, Unset):
            asset_class = UNSET
        else:
            asset_class = self.asset_class

        ticker: None | str | Unset
        if isinstance(self.ticker, Unset):
            ticker = UNSET
        else:
            ticker = self.ticker

        chinese_name: None | str | Unset
        if isinstance(self.chinese_name, Unset):
            chinese_name = UNSET
        else:
            chinese_name = self.chinese_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if st is not UNSET:
            field_dict["ST"] = st
        if c is not UNSET:
            field_dict["C"] = c
        if conid is not UNSET:
            field_dict["conid"] = conid
        if name is not UNSET:
            field_dict["name"] = name
        if full_name is not UNSET:
            field_dict["fullName"] = full_name
        if asset_class is not UNSET:
            field_dict["assetClass"] = asset_class
        if ticker is not UNSET:
            field_dict["ticker"] = ticker
        if chinese_name is not UNSET:
            field_dict["chineseName"] = chinese_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_st(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        st = _parse_st(_source.pop("ST", UNSET))

        def _parse_c(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        c = _parse_c(_source.pop("C", UNSET))

        def _parse_conid(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        conid = _parse_conid(_source.pop("conid", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(_source.pop("name", UNSET))

        def _parse_full_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        full_name = _parse_full_name(_source.pop("fullName", UNSET))

        def _parse_asset_class(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        asset_class = _parse_asset_class(_source.pop("assetClass", UNSET))

        def _parse_ticker(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ticker = _parse_ticker(_source.pop("ticker", UNSET))

        def _parse_chinese_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        chinese_name = _parse_chinese_name(_source.pop("chineseName", UNSET))

        _model = cls(
            st=st,
            c=c,
            conid=conid,
            name=name,
            full_name=full_name,
            asset_class=asset_class,
            ticker=ticker,
            chinese_name=chinese_name,
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

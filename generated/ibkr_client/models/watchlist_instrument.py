from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WatchlistInstrument")


@_attrs_define
class WatchlistInstrument:
    """One contract of a watchlist.

    Attributes:
        st (str | Unset): Security type (in the documentation example, not in the field list).
        c (str | Unset): Contract id, as a string.
        conid (int | Unset): Contract id.
        name (str | Unset): Long name of the company.
        full_name (str | Unset): Local symbol of the contract.
        asset_class (str | Unset): Security type of the contract.
        ticker (str | Unset): Ticker symbol.
        chinese_name (str | Unset): Name of the contract in Chinese characters.
    """

    st: str | Unset = UNSET
    c: str | Unset = UNSET
    conid: int | Unset = UNSET
    name: str | Unset = UNSET
    full_name: str | Unset = UNSET
    asset_class: str | Unset = UNSET
    ticker: str | Unset = UNSET
    chinese_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        st = self.st

        c = self.c

        conid = self.conid

        name = self.name

        full_name = self.full_name

        asset_class = self.asset_class

        ticker = self.ticker

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
        st = _source.pop("ST", UNSET)

        c = _source.pop("C", UNSET)

        conid = _source.pop("conid", UNSET)

        name = _source.pop("name", UNSET)

        full_name = _source.pop("fullName", UNSET)

        asset_class = _source.pop("assetClass", UNSET)

        ticker = _source.pop("ticker", UNSET)

        chinese_name = _source.pop("chineseName", UNSET)

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

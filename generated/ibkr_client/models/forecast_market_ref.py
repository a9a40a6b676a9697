from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ForecastMarketRef")


@_attrs_define
class ForecastMarketRef:
    """A market filed under a category.

    Attributes:
        name (None | str | Unset): Name of the market.
        symbol (None | str | Unset): Symbol (product code) of the market.
        exchange (None | str | Unset): Exchange, e.g. FORECASTX.
        conid (int | None | Unset): Contract id of the market's underlier (the underlyingConid of
            /forecast/contract/market).
        product_conid (int | None | Unset): Contract id of the market's product.
    """

    name: None | str | Unset = UNSET
    symbol: None | str | Unset = UNSET
    exchange: None | str | Unset = UNSET
    conid: int | None | Unset = UNSET
    product_conid: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

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

        conid: int | None | Unset
        if isinstance(self.conid, Unset):
            conid = UNSET
        else:
            conid = self.conid

        product_conid: int | None | Unset
        if isinstance(self.product_conid, Unset):
            product_conid = UNSET
        else:
            product_conid = self.product_conid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if exchange is not UNSET:
            field_dict["exchange"] = exchange
        if conid is not UNSET:
            field_dict["conid"] = conid
        if product_conid is not UNSET:
            field_dict["product_conid"] = product_conid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(_source.pop("name", UNSET))

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

        def _parse_conid(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        conid = _parse_conid(_source.pop("conid", UNSET))

        def _parse_product_conid(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        product_conid = _parse_product_conid(_source.pop("product_conid", UNSET))

        _model = cls(
            name=name,
            symbol=symbol,
            exchange=exchange,
            conid=conid,
            product_conid=product_conid,
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

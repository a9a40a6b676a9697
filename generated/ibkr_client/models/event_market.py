from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EventMarket")


@_attrs_define
class EventMarket:
    """A market filed under a category: a group of contracts asking the same question.

    Attributes:
        name (str | Unset): Name of the market.
        symbol (str | Unset): Symbol of the market (the issuer's product code), e.g. USIP.
        exchange (str | Unset): Exchange, e.g. FORECASTX.
        conid (int | Unset): Contract id of the market's underlier; the `market` of /trsrv/event/contracts.
    """

    name: str | Unset = UNSET
    symbol: str | Unset = UNSET
    exchange: str | Unset = UNSET
    conid: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        symbol = self.symbol

        exchange = self.exchange

        conid = self.conid

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        name = _source.pop("name", UNSET)

        symbol = _source.pop("symbol", UNSET)

        exchange = _source.pop("exchange", UNSET)

        conid = _source.pop("conid", UNSET)

        _model = cls(
            name=name,
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

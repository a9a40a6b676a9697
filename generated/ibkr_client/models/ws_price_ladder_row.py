from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WsPriceLadderRow")


@_attrs_define
class WsPriceLadderRow:
    """One row of the BookTrader price ladder.

    Attributes:
        row (int | Unset): Row number.
        focus (int | Unset): 1 when the row holds the last traded price.
        price (str | Unset): The price of the row, or "size @ price" for the last trade.
        ask (str | Unset): Size offered at this price.
        bid (str | Unset): Size bid at this price.
    """

    row: int | Unset = UNSET
    focus: int | Unset = UNSET
    price: str | Unset = UNSET
    ask: str | Unset = UNSET
    bid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        row = self.row

        focus = self.focus

        price = self.price

        ask = self.ask

        bid = self.bid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if row is not UNSET:
            field_dict["row"] = row
        if focus is not UNSET:
            field_dict["focus"] = focus
        if price is not UNSET:
            field_dict["price"] = price
        if ask is not UNSET:
            field_dict["ask"] = ask
        if bid is not UNSET:
            field_dict["bid"] = bid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        row = _source.pop("row", UNSET)

        focus = _source.pop("focus", UNSET)

        price = _source.pop("price", UNSET)

        ask = _source.pop("ask", UNSET)

        bid = _source.pop("bid", UNSET)

        _model = cls(
            row=row,
            focus=focus,
            price=price,
            ask=ask,
            bid=bid,
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

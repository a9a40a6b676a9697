from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountSummaryMarketValueCurrency")


@_attrs_define
class AccountSummaryMarketValueCurrency:
    """Market value by asset class in one currency. Amounts are display strings with
    thousands separators and, unlike the segment answers, no currency suffix (the currency
    is the map key), e.g. "971,870".

        Attributes:
            total_cash (str | Unset): Cash, formatted.
            stock (str | Unset): Market value of stocks, formatted.
            options (str | Unset): Market value of options, formatted.
            futures (str | Unset): Market value of futures, formatted.
            net_liquidation (str | Unset): Net liquidation value, formatted.
            unrealized_pnl (str | Unset): Unrealized profit and loss, formatted.
            realized_pnl (str | Unset): Realized profit and loss, formatted.
    """

    total_cash: str | Unset = UNSET
    stock: str | Unset = UNSET
    options: str | Unset = UNSET
    futures: str | Unset = UNSET
    net_liquidation: str | Unset = UNSET
    unrealized_pnl: str | Unset = UNSET
    realized_pnl: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_cash = self.total_cash

        stock = self.stock

        options = self.options

        futures = self.futures

        net_liquidation = self.net_liquidation

        unrealized_pnl = self.unrealized_pnl

        realized_pnl = self.realized_pnl

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_cash is not UNSET:
            field_dict["total_cash"] = total_cash
        if stock is not UNSET:
            field_dict["stock"] = stock
        if options is not UNSET:
            field_dict["options"] = options
        if futures is not UNSET:
            field_dict["futures"] = futures
        if net_liquidation is not UNSET:
            field_dict["net_liquidation"] = net_liquidation
        if unrealized_pnl is not UNSET:
            field_dict["unrealized_pnl"] = unrealized_pnl
        if realized_pnl is not UNSET:
            field_dict["realized_pnl"] = realized_pnl

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        total_cash = _source.pop("total_cash", UNSET)

        stock = _source.pop("stock", UNSET)

        options = _source.pop("options", UNSET)

        futures = _source.pop("futures", UNSET)

        net_liquidation = _source.pop("net_liquidation", UNSET)

        unrealized_pnl = _source.pop("unrealized_pnl", UNSET)

        realized_pnl = _source.pop("realized_pnl", UNSET)

        _model = cls(
            total_cash=total_cash,
            stock=stock,
            options=options,
            futures=futures,
            net_liquidation=net_liquidation,
            unrealized_pnl=unrealized_pnl,
            realized_pnl=realized_pnl,
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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

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
            total_cash (None | str | Unset): Cash, formatted.
            stock (None | str | Unset): Market value of stocks, formatted.
            options (None | str | Unset): Market value of options, formatted.
            futures (None | str | Unset): Market value of futures, formatted.
            net_liquidation (None | str | Unset): Net liquidation value, formatted.
            unrealized_pnl (None | str | Unset): Unrealized profit and loss, formatted.
            realized_pnl (None | str | Unset): Realized profit and loss, formatted.
    """

    total_cash: None | str | Unset = UNSET
    stock: None | str | Unset = UNSET
    options: None | str | Unset = UNSET
    futures: None | str | Unset = UNSET
    net_liquidation: None | str | Unset = UNSET
    unrealized_pnl: None | str | Unset = UNSET
    realized_pnl: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_cash: None | str | Unset
        if isinstance(self.total_cash, Unset):
            total_cash = UNSET
        else:
            total_cash = self.total_cash

        stock: None | str | Unset
        if isinstance(self.stock, Unset):
            stock = UNSET
        else:
            stock = self.stock

        options: None | str | Unset
        if isinstance(self.options, Unset):
            options = UNSET
        else:
            options = self.options

        futures: None | str | Unset
        if isinstance(self.futures, Unset):
            futures = UNSET
        else:
            futures = self.futures

        net_liquidation: None | str | Unset
        if isinstance(self.net_liquidation, Unset):
            net_liquidation = UNSET
        else:
            net_liquidation = self.net_liquidation

        unrealized_pnl: None | str | Unset
        if isinstance(self.unrealized_pnl, Unset):
            unrealized_pnl = UNSET
        else:
            unrealized_pnl = self.unrealized_pnl

        realized_pnl: None | str | Unset
        if isinstance(self.realized_pnl, Unset):
            realized_pnl = UNSET
        else:
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

        def _parse_total_cash(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        total_cash = _parse_total_cash(_source.pop("total_cash", UNSET))

        def _parse_stock(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        stock = _parse_stock(_source.pop("stock", UNSET))

        def _parse_options(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        options = _parse_options(_source.pop("options", UNSET))

        def _parse_futures(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        futures = _parse_futures(_source.pop("futures", UNSET))

        def _parse_net_liquidation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        net_liquidation = _parse_net_liquidation(_source.pop("net_liquidation", UNSET))

        def _parse_unrealized_pnl(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        unrealized_pnl = _parse_unrealized_pnl(_source.pop("unrealized_pnl", UNSET))

        def _parse_realized_pnl(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        realized_pnl = _parse_realized_pnl(_source.pop("realized_pnl", UNSET))

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

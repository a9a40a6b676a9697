from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountSummaryCashBalance")


@_attrs_define
class AccountSummaryCashBalance:
    """Cash held in one currency.

    Attributes:
        currency (str | Unset): Currency code, e.g. USD.
        balance (float | Unset): Cash balance in that currency.
        settled_cash (float | Unset): Settled part of the cash balance.
    """

    currency: str | Unset = UNSET
    balance: float | Unset = UNSET
    settled_cash: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        balance = self.balance

        settled_cash = self.settled_cash

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if currency is not UNSET:
            field_dict["currency"] = currency
        if balance is not UNSET:
            field_dict["balance"] = balance
        if settled_cash is not UNSET:
            field_dict["settledCash"] = settled_cash

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        currency = _source.pop("currency", UNSET)

        balance = _source.pop("balance", UNSET)

        settled_cash = _source.pop("settledCash", UNSET)

        _model = cls(
            currency=currency,
            balance=balance,
            settled_cash=settled_cash,
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

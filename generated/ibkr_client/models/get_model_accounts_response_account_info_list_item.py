from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetModelAccountsResponseAccountInfoListItem")


@_attrs_define
class GetModelAccountsResponseAccountInfoListItem:
    """
    Attributes:
        account (str | Unset):
        account_imbalance (str | Unset):
        alias (str | Unset):
        base_ccy_account (str | Unset):
        cost_basis (str | Unset):
        exchange_rate (float | str | Unset):
        nlv (str | Unset):
        num_instruments_outside_range (int | Unset):
        unrealized_pn_l (str | Unset):
        cash_in_independent (float | str | Unset):
    """

    account: str | Unset = UNSET
    account_imbalance: str | Unset = UNSET
    alias: str | Unset = UNSET
    base_ccy_account: str | Unset = UNSET
    cost_basis: str | Unset = UNSET
    exchange_rate: float | str | Unset = UNSET
    nlv: str | Unset = UNSET
    num_instruments_outside_range: int | Unset = UNSET
    unrealized_pn_l: str | Unset = UNSET
    cash_in_independent: float | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account = self.account

        account_imbalance = self.account_imbalance

        alias = self.alias

        base_ccy_account = self.base_ccy_account

        cost_basis = self.cost_basis

        exchange_rate: float | str | Unset
        if isinstance(self.exchange_rate, Unset):
            exchange_rate = UNSET
        else:
            exchange_rate = self.exchange_rate

        nlv = self.nlv

        num_instruments_outside_range = self.num_instruments_outside_range

        unrealized_pn_l = self.unrealized_pn_l

        cash_in_independent: float | str | Unset
        if isinstance(self.cash_in_independent, Unset):
            cash_in_independent = UNSET
        else:
            cash_in_independent = self.cash_in_independent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account is not UNSET:
            field_dict["account"] = account
        if account_imbalance is not UNSET:
            field_dict["accountImbalance"] = account_imbalance
        if alias is not UNSET:
            field_dict["alias"] = alias
        if base_ccy_account is not UNSET:
            field_dict["baseCcyAccount"] = base_ccy_account
        if cost_basis is not UNSET:
            field_dict["costBasis"] = cost_basis
        if exchange_rate is not UNSET:
            field_dict["exchangeRate"] = exchange_rate
        if nlv is not UNSET:
            field_dict["nlv"] = nlv
        if num_instruments_outside_range is not UNSET:
            field_dict["numInstrumentsOutsideRange"] = num_instruments_outside_range
        if unrealized_pn_l is not UNSET:
            field_dict["unrealizedPnL"] = unrealized_pn_l
        if cash_in_independent is not UNSET:
            field_dict["cashInIndependent"] = cash_in_independent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        account = _source.pop("account", UNSET)

        account_imbalance = _source.pop("accountImbalance", UNSET)

        alias = _source.pop("alias", UNSET)

        base_ccy_account = _source.pop("baseCcyAccount", UNSET)

        cost_basis = _source.pop("costBasis", UNSET)

        def _parse_exchange_rate(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        exchange_rate = _parse_exchange_rate(_source.pop("exchangeRate", UNSET))

        nlv = _source.pop("nlv", UNSET)

        num_instruments_outside_range = _source.pop("numInstrumentsOutsideRange", UNSET)

        unrealized_pn_l = _source.pop("unrealizedPnL", UNSET)

        def _parse_cash_in_independent(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        cash_in_independent = _parse_cash_in_independent(
            _source.pop("cashInIndependent", UNSET)
        )

        _model = cls(
            account=account,
            account_imbalance=account_imbalance,
            alias=alias,
            base_ccy_account=base_ccy_account,
            cost_basis=cost_basis,
            exchange_rate=exchange_rate,
            nlv=nlv,
            num_instruments_outside_range=num_instruments_outside_range,
            unrealized_pn_l=unrealized_pn_l,
            cash_in_independent=cash_in_independent,
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

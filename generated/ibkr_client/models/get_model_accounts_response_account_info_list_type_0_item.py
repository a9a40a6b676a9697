from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetModelAccountsResponseAccountInfoListType0Item")


@_attrs_define
class GetModelAccountsResponseAccountInfoListType0Item:
    """
    Attributes:
        account (None | str | Unset):
        account_imbalance (None | str | Unset):
        alias (None | str | Unset):
        base_ccy_account (None | str | Unset):
        cost_basis (None | str | Unset):
        exchange_rate (float | None | str | Unset):
        nlv (None | str | Unset):
        num_instruments_outside_range (int | None | Unset):
        unrealized_pn_l (None | str | Unset):
        cash_in_independent (float | None | str | Unset):
    """

    account: None | str | Unset = UNSET
    account_imbalance: None | str | Unset = UNSET
    alias: None | str | Unset = UNSET
    base_ccy_account: None | str | Unset = UNSET
    cost_basis: None | str | Unset = UNSET
    exchange_rate: float | None | str | Unset = UNSET
    nlv: None | str | Unset = UNSET
    num_instruments_outside_range: int | None | Unset = UNSET
    unrealized_pn_l: None | str | Unset = UNSET
    cash_in_independent: float | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account: None | str | Unset
        if isinstance(self.account, Unset):
            account = UNSET
        else:
            account = self.account

        account_imbalance: None | str | Unset
        if isinstance(self.account_imbalance, Unset):
            account_imbalance = UNSET
        else:
            account_imbalance = self.account_imbalance

        alias: None | str | Unset
        if isinstance(self.alias, Unset):
            alias = UNSET
        else:
            alias = self.alias

        base_ccy_account: None | str | Unset
        if isinstance(self.base_ccy_account, Unset):
            base_ccy_account = UNSET
        else:
            base_ccy_account = self.base_ccy_account

        cost_basis: None | str | Unset
        if isinstance(self.cost_basis, Unset):
            cost_basis = UNSET
        else:
            cost_basis = self.cost_basis

        exchange_rate: float | None | str | Unset
        if isinstance(self.exchange_rate, Unset):
            exchange_rate = UNSET
        else:
            exchange_rate = self.exchange_rate

        nlv: None | str | Unset
        if isinstance(self.nlv, Unset):
            nlv = UNSET
        else:
            nlv = self.nlv

        num_instruments_outside_range: int | None | Unset
        if isinstance(self.num_instruments_outside_range, Unset):
            num_instruments_outside_range = UNSET
        else:
            num_instruments_outside_range = self.num_instruments_outside_range

        unrealized_pn_l: None | str | Unset
        if isinstance(self.unrealized_pn_l, Unset):
            unrealized_pn_l = UNSET
        else:
            unrealized_pn_l = self.unrealized_pn_l

        cash_in_independent: float | None | str | Unset
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

        def _parse_account(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account = _parse_account(_source.pop("account", UNSET))

        def _parse_account_imbalance(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_imbalance = _parse_account_imbalance(
            _source.pop("accountImbalance", UNSET)
        )

        def _parse_alias(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        alias = _parse_alias(_source.pop("alias", UNSET))

        def _parse_base_ccy_account(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        base_ccy_account = _parse_base_ccy_account(_source.pop("baseCcyAccount", UNSET))

        def _parse_cost_basis(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cost_basis = _parse_cost_basis(_source.pop("costBasis", UNSET))

        def _parse_exchange_rate(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        exchange_rate = _parse_exchange_rate(_source.pop("exchangeRate", UNSET))

        def _parse_nlv(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        nlv = _parse_nlv(_source.pop("nlv", UNSET))

        def _parse_num_instruments_outside_range(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        num_instruments_outside_range = _parse_num_instruments_outside_range(
            _source.pop("numInstrumentsOutsideRange", UNSET)
        )

        def _parse_unrealized_pn_l(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        unrealized_pn_l = _parse_unrealized_pn_l(_source.pop("unrealizedPnL", UNSET))

        def _parse_cash_in_independent(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetInvestedAccountsSummaryAccountListItem")


@_attrs_define
class GetInvestedAccountsSummaryAccountListItem:
    """
    Attributes:
        account (str | Unset):
        account_model_nlv (str | Unset):
        account_other_models_nlv (str | Unset):
        alias (str | Unset):
        base_ccy_account (str | Unset):
        base_ccy_account_precision (str | Unset):
        cash_in_independent_nlv (str | Unset):
        exchange_rate (float | str | Unset):
        nlv (str | Unset):
        positions_in_independent_nlv (str | Unset):
    """

    account: str | Unset = UNSET
    account_model_nlv: str | Unset = UNSET
    account_other_models_nlv: str | Unset = UNSET
    alias: str | Unset = UNSET
    base_ccy_account: str | Unset = UNSET
    base_ccy_account_precision: str | Unset = UNSET
    cash_in_independent_nlv: str | Unset = UNSET
    exchange_rate: float | str | Unset = UNSET
    nlv: str | Unset = UNSET
    positions_in_independent_nlv: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account = self.account

        account_model_nlv = self.account_model_nlv

        account_other_models_nlv = self.account_other_models_nlv

        alias = self.alias

        base_ccy_account = self.base_ccy_account

        base_ccy_account_precision = self.base_ccy_account_precision

        cash_in_independent_nlv = self.cash_in_independent_nlv

        exchange_rate: float | str | Unset
        if isinstance(self.exchange_rate, Unset):
            exchange_rate = UNSET
        else:
            exchange_rate = self.exchange_rate

        nlv = self.nlv

        positions_in_independent_nlv = self.positions_in_independent_nlv

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account is not UNSET:
            field_dict["account"] = account
        if account_model_nlv is not UNSET:
            field_dict["accountModelNlv"] = account_model_nlv
        if account_other_models_nlv is not UNSET:
            field_dict["accountOtherModelsNlv"] = account_other_models_nlv
        if alias is not UNSET:
            field_dict["alias"] = alias
        if base_ccy_account is not UNSET:
            field_dict["baseCcyAccount"] = base_ccy_account
        if base_ccy_account_precision is not UNSET:
            field_dict["baseCcyAccountPrecision"] = base_ccy_account_precision
        if cash_in_independent_nlv is not UNSET:
            field_dict["cashInIndependentNlv"] = cash_in_independent_nlv
        if exchange_rate is not UNSET:
            field_dict["exchangeRate"] = exchange_rate
        if nlv is not UNSET:
            field_dict["nlv"] = nlv
        if positions_in_independent_nlv is not UNSET:
            field_dict["positionsInIndependentNlv"] = positions_in_independent_nlv

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        account = _source.pop("account", UNSET)

        account_model_nlv = _source.pop("accountModelNlv", UNSET)

        account_other_models_nlv = _source.pop("accountOtherModelsNlv", UNSET)

        alias = _source.pop("alias", UNSET)

        base_ccy_account = _source.pop("baseCcyAccount", UNSET)

        base_ccy_account_precision = _source.pop("baseCcyAccountPrecision", UNSET)

        cash_in_independent_nlv = _source.pop("cashInIndependentNlv", UNSET)

        def _parse_exchange_rate(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        exchange_rate = _parse_exchange_rate(_source.pop("exchangeRate", UNSET))

        nlv = _source.pop("nlv", UNSET)

        positions_in_independent_nlv = _source.pop("positionsInIndependentNlv", UNSET)

        _model = cls(
            account=account,
            account_model_nlv=account_model_nlv,
            account_other_models_nlv=account_other_models_nlv,
            alias=alias,
            base_ccy_account=base_ccy_account,
            base_ccy_account_precision=base_ccy_account_precision,
            cash_in_independent_nlv=cash_in_independent_nlv,
            exchange_rate=exchange_rate,
            nlv=nlv,
            positions_in_independent_nlv=positions_in_independent_nlv,
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

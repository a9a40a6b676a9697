from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetInvestedAccountsSummaryAccountListType0Item")


@_attrs_define
class GetInvestedAccountsSummaryAccountListType0Item:
    """
    Attributes:
        account (None | str | Unset):
        account_model_nlv (None | str | Unset):
        account_other_models_nlv (None | str | Unset):
        alias (None | str | Unset):
        base_ccy_account (None | str | Unset):
        base_ccy_account_precision (None | str | Unset):
        cash_in_independent_nlv (None | str | Unset):
        exchange_rate (float | None | str | Unset):
        nlv (None | str | Unset):
        positions_in_independent_nlv (None | str | Unset):
    """

    account: None | str | Unset = UNSET
    account_model_nlv: None | str | Unset = UNSET
    account_other_models_nlv: None | str | Unset = UNSET
    alias: None | str | Unset = UNSET
    base_ccy_account: None | str | Unset = UNSET
    base_ccy_account_precision: None | str | Unset = UNSET
    cash_in_independent_nlv: None | str | Unset = UNSET
    exchange_rate: float | None | str | Unset = UNSET
    nlv: None | str | Unset = UNSET
    positions_in_independent_nlv: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account: None | str | Unset
        if isinstance(self.account, Unset):
            account = UNSET
        else:
            account = self.account

        account_model_nlv: None | str | Unset
        if isinstance(self.account_model_nlv, Unset):
            account_model_nlv = UNSET
        else:
            account_model_nlv = self.account_model_nlv

        account_other_models_nlv: None | str | Unset
        if isinstance(self.account_other_models_nlv, Unset):
            account_other_models_nlv = UNSET
        else:
            account_other_models_nlv = self.account_other_models_nlv

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

        base_ccy_account_precision: None | str | Unset
        if isinstance(self.base_ccy_account_precision, Unset):
            base_ccy_account_precision = UNSET
        else:
            base_ccy_account_precision = self.base_ccy_account_precision

        cash_in_independent_nlv: None | str | Unset
        if isinstance(self.cash_in_independent_nlv, Unset):
            cash_in_independent_nlv = UNSET
        else:
            cash_in_independent_nlv = self.cash_in_independent_nlv

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

        positions_in_independent_nlv: None | str | Unset
        if isinstance(self.positions_in_independent_nlv, Unset):
            positions_in_independent_nlv = UNSET
        else:
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

        def _parse_account(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account = _parse_account(_source.pop("account", UNSET))

        def _parse_account_model_nlv(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_model_nlv = _parse_account_model_nlv(
            _source.pop("accountModelNlv", UNSET)
        )

        def _parse_account_other_models_nlv(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_other_models_nlv = _parse_account_other_models_nlv(
            _source.pop("accountOtherModelsNlv", UNSET)
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

        def _parse_base_ccy_account_precision(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        base_ccy_account_precision = _parse_base_ccy_account_precision(
            _source.pop("baseCcyAccountPrecision", UNSET)
        )

        def _parse_cash_in_independent_nlv(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cash_in_independent_nlv = _parse_cash_in_independent_nlv(
            _source.pop("cashInIndependentNlv", UNSET)
        )

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

        def _parse_positions_in_independent_nlv(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        positions_in_independent_nlv = _parse_positions_in_independent_nlv(
            _source.pop("positionsInIndependentNlv", UNSET)
        )

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

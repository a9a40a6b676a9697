from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountSummaryBalancesSegment")


@_attrs_define
class AccountSummaryBalancesSegment:
    """Balances of one margin segment (or of the whole account, under "total"). Every amount is
    a display string: thousands separators and the currency, e.g. "1,005,254 USD". Key
    styles are mixed: snake_case next to the spaced label "MTD Interest".

        Attributes:
            net_liquidation (None | str | Unset): Net liquidation value, formatted.
            equity_with_loan (None | str | Unset): Equity with loan value, formatted.
            cash (None | str | Unset): Cash, formatted.
            mtd_interest (None | str | Unset): Interest accrued month to date, formatted.
            previous_day_equity_with_loan (None | str | Unset): Equity with loan value at the previous close, formatted.
    """

    net_liquidation: None | str | Unset = UNSET
    equity_with_loan: None | str | Unset = UNSET
    cash: None | str | Unset = UNSET
    mtd_interest: None | str | Unset = UNSET
    previous_day_equity_with_loan: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        net_liquidation: None | str | Unset
        if isinstance(self.net_liquidation, Unset):
            net_liquidation = UNSET
        else:
            net_liquidation = self.net_liquidation

        equity_with_loan: None | str | Unset
        if isinstance(self.equity_with_loan, Unset):
            equity_with_loan = UNSET
        else:
            equity_with_loan = self.equity_with_loan

        cash: None | str | Unset
        if isinstance(self.cash, Unset):
            cash = UNSET
        else:
            cash = self.cash

        mtd_interest: None | str | Unset
        if isinstance(self.mtd_interest, Unset):
            mtd_interest = UNSET
        else:
            mtd_interest = self.mtd_interest

        previous_day_equity_with_loan: None | str | Unset
        if isinstance(self.previous_day_equity_with_loan, Unset):
            previous_day_equity_with_loan = UNSET
        else:
            previous_day_equity_with_loan = self.previous_day_equity_with_loan

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if net_liquidation is not UNSET:
            field_dict["net_liquidation"] = net_liquidation
        if equity_with_loan is not UNSET:
            field_dict["equity_with_loan"] = equity_with_loan
        if cash is not UNSET:
            field_dict["cash"] = cash
        if mtd_interest is not UNSET:
            field_dict["MTD Interest"] = mtd_interest
        if previous_day_equity_with_loan is not UNSET:
            field_dict["previous_day_equity_with_loan"] = previous_day_equity_with_loan

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_net_liquidation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        net_liquidation = _parse_net_liquidation(_source.pop("net_liquidation", UNSET))

        def _parse_equity_with_loan(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        equity_with_loan = _parse_equity_with_loan(
            _source.pop("equity_with_loan", UNSET)
        )

        def _parse_cash(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cash = _parse_cash(_source.pop("cash", UNSET))

        def _parse_mtd_interest(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mtd_interest = _parse_mtd_interest(_source.pop("MTD Interest", UNSET))

        def _parse_previous_day_equity_with_loan(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        previous_day_equity_with_loan = _parse_previous_day_equity_with_loan(
            _source.pop("previous_day_equity_with_loan", UNSET)
        )

        _model = cls(
            net_liquidation=net_liquidation,
            equity_with_loan=equity_with_loan,
            cash=cash,
            mtd_interest=mtd_interest,
            previous_day_equity_with_loan=previous_day_equity_with_loan,
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

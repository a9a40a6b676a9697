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
            nt_lqdtn_uncrtnty (None | str | Unset): Possible error of the net liquidation value (abbreviated label).
            pndng_dbt_crd_chrgs (None | str | Unset): Debit card charges not settled yet (abbreviated label).
            prvs_dy_eqty_wth_ln_vl (None | str | Unset): Equity with loan value at the previous close (abbreviated label).
            sec_gross_pos_val (None | str | Unset): Gross position value of the securities segment.
    """

    net_liquidation: None | str | Unset = UNSET
    equity_with_loan: None | str | Unset = UNSET
    cash: None | str | Unset = UNSET
    mtd_interest: None | str | Unset = UNSET
    previous_day_equity_with_loan: None | str | Unset = UNSET
    nt_lqdtn_uncrtnty: None | str | Unset = UNSET
    pndng_dbt_crd_chrgs: None | str | Unset = UNSET
    prvs_dy_eqty_wth_ln_vl: None | str | Unset = UNSET
    sec_gross_pos_val: None | str | Unset = UNSET
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

        nt_lqdtn_uncrtnty: None | str | Unset
        if isinstance(self.nt_lqdtn_uncrtnty, Unset):
            nt_lqdtn_uncrtnty = UNSET
        else:
            nt_lqdtn_uncrtnty = self.nt_lqdtn_uncrtnty

        pndng_dbt_crd_chrgs: None | str | Unset
        if isinstance(self.pndng_dbt_crd_chrgs, Unset):
            pndng_dbt_crd_chrgs = UNSET
        else:
            pndng_dbt_crd_chrgs = self.pndng_dbt_crd_chrgs

        prvs_dy_eqty_wth_ln_vl: None | str | Unset
        if isinstance(self.prvs_dy_eqty_wth_ln_vl, Unset):
            prvs_dy_eqty_wth_ln_vl = UNSET
        else:
            prvs_dy_eqty_wth_ln_vl = self.prvs_dy_eqty_wth_ln_vl

        sec_gross_pos_val: None | str | Unset
        if isinstance(self.sec_gross_pos_val, Unset):
            sec_gross_pos_val = UNSET
        else:
            sec_gross_pos_val = self.sec_gross_pos_val

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
        if nt_lqdtn_uncrtnty is not UNSET:
            field_dict["Nt Lqdtn Uncrtnty"] = nt_lqdtn_uncrtnty
        if pndng_dbt_crd_chrgs is not UNSET:
            field_dict["Pndng Dbt Crd Chrgs"] = pndng_dbt_crd_chrgs
        if prvs_dy_eqty_wth_ln_vl is not UNSET:
            field_dict["Prvs Dy Eqty Wth Ln Vl"] = prvs_dy_eqty_wth_ln_vl
        if sec_gross_pos_val is not UNSET:
            field_dict["sec_gross_pos_val"] = sec_gross_pos_val

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

        def _parse_nt_lqdtn_uncrtnty(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        nt_lqdtn_uncrtnty = _parse_nt_lqdtn_uncrtnty(
            _source.pop("Nt Lqdtn Uncrtnty", UNSET)
        )

        def _parse_pndng_dbt_crd_chrgs(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pndng_dbt_crd_chrgs = _parse_pndng_dbt_crd_chrgs(
            _source.pop("Pndng Dbt Crd Chrgs", UNSET)
        )

        def _parse_prvs_dy_eqty_wth_ln_vl(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prvs_dy_eqty_wth_ln_vl = _parse_prvs_dy_eqty_wth_ln_vl(
            _source.pop("Prvs Dy Eqty Wth Ln Vl", UNSET)
        )

        def _parse_sec_gross_pos_val(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sec_gross_pos_val = _parse_sec_gross_pos_val(
            _source.pop("sec_gross_pos_val", UNSET)
        )

        _model = cls(
            net_liquidation=net_liquidation,
            equity_with_loan=equity_with_loan,
            cash=cash,
            mtd_interest=mtd_interest,
            previous_day_equity_with_loan=previous_day_equity_with_loan,
            nt_lqdtn_uncrtnty=nt_lqdtn_uncrtnty,
            pndng_dbt_crd_chrgs=pndng_dbt_crd_chrgs,
            prvs_dy_eqty_wth_ln_vl=prvs_dy_eqty_wth_ln_vl,
            sec_gross_pos_val=sec_gross_pos_val,
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

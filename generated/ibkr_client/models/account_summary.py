from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_summary_cash_balance import AccountSummaryCashBalance


T = TypeVar("T", bound="AccountSummary")


@_attrs_define
class AccountSummary:
    """Headline balances and margin figures of one account, as plain numbers in the account's
    base currency (recorded values are whole units, e.g. 994831.0).

        Attributes:
            account_type (str | Unset): Account type; recorded as an empty string.
            status (str | Unset): Account status; recorded as an empty string.
            balance (float | Unset): Account balance.
            sma (float | Unset): Special Memorandum Account (Reg T) value.
            buying_power (float | Unset): Buying power.
            available_funds (float | Unset): Funds available for new positions (equity with loan value minus initial
                margin).
            excess_liquidity (float | Unset): Excess liquidity (equity with loan value minus maintenance margin).
            net_liquidation_value (float | Unset): Net liquidation value.
            equity_with_loan_value (float | Unset): Equity with loan value.
            reg_t_loan (float | Unset): Reg T loan.
            securities_gvp (float | Unset): Gross position value of the securities segment.
            total_cash_value (float | Unset): Total cash value.
            accrued_interest (float | Unset): Accrued interest.
            reg_t_margin (float | Unset): Reg T margin requirement.
            initial_margin (float | Unset): Current initial margin requirement.
            maintenance_margin (float | Unset): Current maintenance margin requirement.
            cash_balances (list[AccountSummaryCashBalance] | Unset): Cash per currency.
    """

    account_type: str | Unset = UNSET
    status: str | Unset = UNSET
    balance: float | Unset = UNSET
    sma: float | Unset = UNSET
    buying_power: float | Unset = UNSET
    available_funds: float | Unset = UNSET
    excess_liquidity: float | Unset = UNSET
    net_liquidation_value: float | Unset = UNSET
    equity_with_loan_value: float | Unset = UNSET
    reg_t_loan: float | Unset = UNSET
    securities_gvp: float | Unset = UNSET
    total_cash_value: float | Unset = UNSET
    accrued_interest: float | Unset = UNSET
    reg_t_margin: float | Unset = UNSET
    initial_margin: float | Unset = UNSET
    maintenance_margin: float | Unset = UNSET
    cash_balances: list[AccountSummaryCashBalance] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_type = self.account_type

        status = self.status

        balance = self.balance

        sma = self.sma

        buying_power = self.buying_power

        available_funds = self.available_funds

        excess_liquidity = self.excess_liquidity

        net_liquidation_value = self.net_liquidation_value

        equity_with_loan_value = self.equity_with_loan_value

        reg_t_loan = self.reg_t_loan

        securities_gvp = self.securities_gvp

        total_cash_value = self.total_cash_value

        accrued_interest = self.accrued_interest

        reg_t_margin = self.reg_t_margin

        initial_margin = self.initial_margin

        maintenance_margin = self.maintenance_margin

        cash_balances: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cash_balances, Unset):
            cash_balances = []
            for cash_balances_item_data in self.cash_balances:
                cash_balances_item = cash_balances_item_data.to_dict()
                cash_balances.append(cash_balances_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_type is not UNSET:
            field_dict["accountType"] = account_type
        if status is not UNSET:
            field_dict["status"] = status
        if balance is not UNSET:
            field_dict["balance"] = balance
        if sma is not UNSET:
            field_dict["SMA"] = sma
        if buying_power is not UNSET:
            field_dict["buyingPower"] = buying_power
        if available_funds is not UNSET:
            field_dict["availableFunds"] = available_funds
        if excess_liquidity is not UNSET:
            field_dict["excessLiquidity"] = excess_liquidity
        if net_liquidation_value is not UNSET:
            field_dict["netLiquidationValue"] = net_liquidation_value
        if equity_with_loan_value is not UNSET:
            field_dict["equityWithLoanValue"] = equity_with_loan_value
        if reg_t_loan is not UNSET:
            field_dict["regTLoan"] = reg_t_loan
        if securities_gvp is not UNSET:
            field_dict["securitiesGVP"] = securities_gvp
        if total_cash_value is not UNSET:
            field_dict["totalCashValue"] = total_cash_value
        if accrued_interest is not UNSET:
            field_dict["accruedInterest"] = accrued_interest
        if reg_t_margin is not UNSET:
            field_dict["regTMargin"] = reg_t_margin
        if initial_margin is not UNSET:
            field_dict["initialMargin"] = initial_margin
        if maintenance_margin is not UNSET:
            field_dict["maintenanceMargin"] = maintenance_margin
        if cash_balances is not UNSET:
            field_dict["cashBalances"] = cash_balances

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account_summary_cash_balance import AccountSummaryCashBalance  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        account_type = _source.pop("accountType", UNSET)

        status = _source.pop("status", UNSET)

        balance = _source.pop("balance", UNSET)

        sma = _source.pop("SMA", UNSET)

        buying_power = _source.pop("buyingPower", UNSET)

        available_funds = _source.pop("availableFunds", UNSET)

        excess_liquidity = _source.pop("excessLiquidity", UNSET)

        net_liquidation_value = _source.pop("netLiquidationValue", UNSET)

        equity_with_loan_value = _source.pop("equityWithLoanValue", UNSET)

        reg_t_loan = _source.pop("regTLoan", UNSET)

        securities_gvp = _source.pop("securitiesGVP", UNSET)

        total_cash_value = _source.pop("totalCashValue", UNSET)

        accrued_interest = _source.pop("accruedInterest", UNSET)

        reg_t_margin = _source.pop("regTMargin", UNSET)

        initial_margin = _source.pop("initialMargin", UNSET)

        maintenance_margin = _source.pop("maintenanceMargin", UNSET)

        _cash_balances = _source.pop("cashBalances", UNSET)
        cash_balances: list[AccountSummaryCashBalance] | Unset = UNSET
        if _cash_balances is not UNSET:
            cash_balances = []
            for cash_balances_item_data in _cash_balances:
                cash_balances_item = AccountSummaryCashBalance.from_dict(
                    cash_balances_item_data
                )

                cash_balances.append(cash_balances_item)

        _model = cls(
            account_type=account_type,
            status=status,
            balance=balance,
            sma=sma,
            buying_power=buying_power,
            available_funds=available_funds,
            excess_liquidity=excess_liquidity,
            net_liquidation_value=net_liquidation_value,
            equity_with_loan_value=equity_with_loan_value,
            reg_t_loan=reg_t_loan,
            securities_gvp=securities_gvp,
            total_cash_value=total_cash_value,
            accrued_interest=accrued_interest,
            reg_t_margin=reg_t_margin,
            initial_margin=initial_margin,
            maintenance_margin=maintenance_margin,
            cash_balances=cash_balances,
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

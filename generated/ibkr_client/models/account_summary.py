from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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
            account_type (None | str | Unset): Account type; recorded as an empty string.
            status (None | str | Unset): Account status; recorded as an empty string.
            balance (float | None | Unset): Account balance.
            sma (float | None | Unset): Special Memorandum Account (Reg T) value.
            buying_power (float | None | Unset): Buying power.
            available_funds (float | None | Unset): Funds available for new positions (equity with loan value minus initial
                margin).
            excess_liquidity (float | None | Unset): Excess liquidity (equity with loan value minus maintenance margin).
            net_liquidation_value (float | None | Unset): Net liquidation value.
            equity_with_loan_value (float | None | Unset): Equity with loan value.
            reg_t_loan (float | None | Unset): Reg T loan.
            securities_gvp (float | None | Unset): Gross position value of the securities segment.
            total_cash_value (float | None | Unset): Total cash value.
            accrued_interest (float | None | Unset): Accrued interest.
            reg_t_margin (float | None | Unset): Reg T margin requirement.
            initial_margin (float | None | Unset): Current initial margin requirement.
            maintenance_margin (float | None | Unset): Current maintenance margin requirement.
            cash_balances (list[AccountSummaryCashBalance] | None | Unset): Cash per currency.
    """

    account_type: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    balance: float | None | Unset = UNSET
    sma: float | None | Unset = UNSET
    buying_power: float | None | Unset = UNSET
    available_funds: float | None | Unset = UNSET
    excess_liquidity: float | None | Unset = UNSET
    net_liquidation_value: float | None | Unset = UNSET
    equity_with_loan_value: float | None | Unset = UNSET
    reg_t_loan: float | None | Unset = UNSET
    securities_gvp: float | None | Unset = UNSET
    total_cash_value: float | None | Unset = UNSET
    accrued_interest: float | None | Unset = UNSET
    reg_t_margin: float | None | Unset = UNSET
    initial_margin: float | None | Unset = UNSET
    maintenance_margin: float | None | Unset = UNSET
    cash_balances: list[AccountSummaryCashBalance] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_type: None | str | Unset
        if isinstance(self.account_type, Unset):
            account_type = UNSET
        else:
            account_type = self.account_type

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        balance: float | None | Unset
        if isinstance(self.balance, Unset):
            balance = UNSET
        else:
            balance = self.balance

        sma: float | None | Unset
        if isinstance(self.sma, Unset):
            sma = UNSET
        else:
            sma = self.sma

        buying_power: float | None | Unset
        if isinstance(self.buying_power, Unset):
            buying_power = UNSET
        else:
            buying_power = self.buying_power

        available_funds: float | None | Unset
        if isinstance(self.available_funds, Unset):
            available_funds = UNSET
        else:
            available_funds = self.available_funds

        excess_liquidity: float | None | Unset
        if isinstance(self.excess_liquidity, Unset):
            excess_liquidity = UNSET
        else:
            excess_liquidity = self.excess_liquidity

        net_liquidation_value: float | None | Unset
        if isinstance(self.net_liquidation_value, Unset):
            net_liquidation_value = UNSET
        else:
            net_liquidation_value = self.net_liquidation_value

        equity_with_loan_value: float | None | Unset
        if isinstance(self.equity_with_loan_value, Unset):
            equity_with_loan_value = UNSET
        else:
            equity_with_loan_value = self.equity_with_loan_value

        reg_t_loan: float | None | Unset
        if isinstance(self.reg_t_loan, Unset):
            reg_t_loan = UNSET
        else:
            reg_t_loan = self.reg_t_loan

        securities_gvp: float | None | Unset
        if isinstance(self.securities_gvp, Unset):
            securities_gvp = UNSET
        else:
            securities_gvp = self.securities_gvp

        total_cash_value: float | None | Unset
        if isinstance(self.total_cash_value, Unset):
            total_cash_value = UNSET
        else:
            total_cash_value = self.total_cash_value

        accrued_interest: float | None | Unset
        if isinstance(self.accrued_interest, Unset):
            accrued_interest = UNSET
        else:
            accrued_interest = self.accrued_interest

        reg_t_margin: float | None | Unset
        if isinstance(self.reg_t_margin, Unset):
            reg_t_margin = UNSET
        else:
            reg_t_margin = self.reg_t_margin

        initial_margin: float | None | Unset
        if isinstance(self.initial_margin, Unset):
            initial_margin = UNSET
        else:
            initial_margin = self.initial_margin

        maintenance_margin: float | None | Unset
        if isinstance(self.maintenance_margin, Unset):
            maintenance_margin = UNSET
        else:
            maintenance_margin = self.maintenance_margin

        cash_balances: list[dict[str, Any]] | None | Unset
        if isinstance(self.cash_balances, Unset):
            cash_balances = UNSET
        elif isinstance(self.cash_balances, list):
            cash_balances = []
            for cash_balances_type_0_item_data in self.cash_balances:
                cash_balances_type_0_item = cash_balances_type_0_item_data.to_dict()
                cash_balances.append(cash_balances_type_0_item)

        else:
            cash_balances = self.cash_balances

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

        def _parse_account_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_type = _parse_account_type(_source.pop("accountType", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(_source.pop("status", UNSET))

        def _parse_balance(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        balance = _parse_balance(_source.pop("balance", UNSET))

        def _parse_sma(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        sma = _parse_sma(_source.pop("SMA", UNSET))

        def _parse_buying_power(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        buying_power = _parse_buying_power(_source.pop("buyingPower", UNSET))

        def _parse_available_funds(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        available_funds = _parse_available_funds(_source.pop("availableFunds", UNSET))

        def _parse_excess_liquidity(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        excess_liquidity = _parse_excess_liquidity(
            _source.pop("excessLiquidity", UNSET)
        )

        def _parse_net_liquidation_value(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        net_liquidation_value = _parse_net_liquidation_value(
            _source.pop("netLiquidationValue", UNSET)
        )

        def _parse_equity_with_loan_value(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        equity_with_loan_value = _parse_equity_with_loan_value(
            _source.pop("equityWithLoanValue", UNSET)
        )

        def _parse_reg_t_loan(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        reg_t_loan = _parse_reg_t_loan(_source.pop("regTLoan", UNSET))

        def _parse_securities_gvp(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        securities_gvp = _parse_securities_gvp(_source.pop("securitiesGVP", UNSET))

        def _parse_total_cash_value(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        total_cash_value = _parse_total_cash_value(_source.pop("totalCashValue", UNSET))

        def _parse_accrued_interest(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        accrued_interest = _parse_accrued_interest(
            _source.pop("accruedInterest", UNSET)
        )

        def _parse_reg_t_margin(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        reg_t_margin = _parse_reg_t_margin(_source.pop("regTMargin", UNSET))

        def _parse_initial_margin(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        initial_margin = _parse_initial_margin(_source.pop("initialMargin", UNSET))

        def _parse_maintenance_margin(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        maintenance_margin = _parse_maintenance_margin(
            _source.pop("maintenanceMargin", UNSET)
        )

        def _parse_cash_balances(
            data: object,
        ) -> list[AccountSummaryCashBalance] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                cash_balances_type_0 = []
                _cash_balances_type_0 = data
                for cash_balances_type_0_item_data in _cash_balances_type_0:
                    cash_balances_type_0_item = AccountSummaryCashBalance.from_dict(
                        cash_balances_type_0_item_data
                    )

                    cash_balances_type_0.append(cash_balances_type_0_item)

                return cash_balances_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AccountSummaryCashBalance] | None | Unset, data)

        cash_balances = _parse_cash_balances(_source.pop("cashBalances", UNSET))

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

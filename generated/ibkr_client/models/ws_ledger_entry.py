from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WsLedgerEntry")


@_attrs_define
class WsLedgerEntry:
    """The ledger of one currency. Unchanged currencies arrive "blank", with only key and
    timestamp. Key casing is IBKR's, mixed: cashbalance, cashBalanceFXSegment.

        Attributes:
            key (str | Unset): "LedgerList" and a currency code, or "LedgerListBASE" for the base currency.
            timestamp (int | Unset): When the values were taken, epoch seconds.
            acct_code (str | Unset): The account.
            cashbalance (float | Unset): Cash balance.
            cash_balance_fx_segment (float | Unset): Cash balance of the FX segment.
            commodity_market_value (float | Unset): Market value of commodities.
            corporate_bonds_market_value (float | Unset): Market value of corporate bonds.
            dividends (float | Unset): Dividends.
            exchange_rate (float | Unset): Exchange rate to the base currency.
            funds (float | Unset): Market value of funds.
            market_value (float | Unset): Market value.
            option_market_value (float | Unset): Market value of options.
            interest (float | Unset): Accrued interest.
            issue_options_market_value (float | Unset): Market value of issued options.
            money_funds (float | Unset): Market value of money funds.
            net_liquidation_value (float | Unset): Net liquidation value.
            realized_pnl (float | Unset): Realised profit and loss.
            unrealized_pnl (float | Unset): Unrealised profit and loss.
            second_key (str | Unset): The currency code, or BASE.
            settled_cash (float | Unset): Settled cash.
            stock_market_value (float | Unset): Market value of stocks.
            t_bills_market_value (float | Unset): Market value of treasury bills.
            t_bonds_market_value (float | Unset): Market value of treasury bonds.
            warrants_market_value (float | Unset): Market value of warrants.
            severity (int | Unset): Internal use.
    """

    key: str | Unset = UNSET
    timestamp: int | Unset = UNSET
    acct_code: str | Unset = UNSET
    cashbalance: float | Unset = UNSET
    cash_balance_fx_segment: float | Unset = UNSET
    commodity_market_value: float | Unset = UNSET
    corporate_bonds_market_value: float | Unset = UNSET
    dividends: float | Unset = UNSET
    exchange_rate: float | Unset = UNSET
    funds: float | Unset = UNSET
    market_value: float | Unset = UNSET
    option_market_value: float | Unset = UNSET
    interest: float | Unset = UNSET
    issue_options_market_value: float | Unset = UNSET
    money_funds: float | Unset = UNSET
    net_liquidation_value: float | Unset = UNSET
    realized_pnl: float | Unset = UNSET
    unrealized_pnl: float | Unset = UNSET
    second_key: str | Unset = UNSET
    settled_cash: float | Unset = UNSET
    stock_market_value: float | Unset = UNSET
    t_bills_market_value: float | Unset = UNSET
    t_bonds_market_value: float | Unset = UNSET
    warrants_market_value: float | Unset = UNSET
    severity: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        timestamp = self.timestamp

        acct_code = self.acct_code

        cashbalance = self.cashbalance

        cash_balance_fx_segment = self.cash_balance_fx_segment

        commodity_market_value = self.commodity_market_value

        corporate_bonds_market_value = self.corporate_bonds_market_value

        dividends = self.dividends

        exchange_rate = self.exchange_rate

        funds = self.funds

        market_value = self.market_value

        option_market_value = self.option_market_value

        interest = self.interest

        issue_options_market_value = self.issue_options_market_value

        money_funds = self.money_funds

        net_liquidation_value = self.net_liquidation_value

        realized_pnl = self.realized_pnl

        unrealized_pnl = self.unrealized_pnl

        second_key = self.second_key

        settled_cash = self.settled_cash

        stock_market_value = self.stock_market_value

        t_bills_market_value = self.t_bills_market_value

        t_bonds_market_value = self.t_bonds_market_value

        warrants_market_value = self.warrants_market_value

        severity = self.severity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if key is not UNSET:
            field_dict["key"] = key
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if acct_code is not UNSET:
            field_dict["acctCode"] = acct_code
        if cashbalance is not UNSET:
            field_dict["cashbalance"] = cashbalance
        if cash_balance_fx_segment is not UNSET:
            field_dict["cashBalanceFXSegment"] = cash_balance_fx_segment
        if commodity_market_value is not UNSET:
            field_dict["commodityMarketValue"] = commodity_market_value
        if corporate_bonds_market_value is not UNSET:
            field_dict["corporateBondsMarketValue"] = corporate_bonds_market_value
        if dividends is not UNSET:
            field_dict["dividends"] = dividends
        if exchange_rate is not UNSET:
            field_dict["exchangeRate"] = exchange_rate
        if funds is not UNSET:
            field_dict["funds"] = funds
        if market_value is not UNSET:
            field_dict["marketValue"] = market_value
        if option_market_value is not UNSET:
            field_dict["optionMarketValue"] = option_market_value
        if interest is not UNSET:
            field_dict["interest"] = interest
        if issue_options_market_value is not UNSET:
            field_dict["issueOptionsMarketValue"] = issue_options_market_value
        if money_funds is not UNSET:
            field_dict["moneyFunds"] = money_funds
        if net_liquidation_value is not UNSET:
            field_dict["netLiquidationValue"] = net_liquidation_value
        if realized_pnl is not UNSET:
            field_dict["realizedPnl"] = realized_pnl
        if unrealized_pnl is not UNSET:
            field_dict["unrealizedPnl"] = unrealized_pnl
        if second_key is not UNSET:
            field_dict["secondKey"] = second_key
        if settled_cash is not UNSET:
            field_dict["settledCash"] = settled_cash
        if stock_market_value is not UNSET:
            field_dict["stockMarketValue"] = stock_market_value
        if t_bills_market_value is not UNSET:
            field_dict["tBillsMarketValue"] = t_bills_market_value
        if t_bonds_market_value is not UNSET:
            field_dict["tBondsMarketValue"] = t_bonds_market_value
        if warrants_market_value is not UNSET:
            field_dict["warrantsMarketValue"] = warrants_market_value
        if severity is not UNSET:
            field_dict["severity"] = severity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        key = _source.pop("key", UNSET)

        timestamp = _source.pop("timestamp", UNSET)

        acct_code = _source.pop("acctCode", UNSET)

        cashbalance = _source.pop("cashbalance", UNSET)

        cash_balance_fx_segment = _source.pop("cashBalanceFXSegment", UNSET)

        commodity_market_value = _source.pop("commodityMarketValue", UNSET)

        corporate_bonds_market_value = _source.pop("corporateBondsMarketValue", UNSET)

        dividends = _source.pop("dividends", UNSET)

        exchange_rate = _source.pop("exchangeRate", UNSET)

        funds = _source.pop("funds", UNSET)

        market_value = _source.pop("marketValue", UNSET)

        option_market_value = _source.pop("optionMarketValue", UNSET)

        interest = _source.pop("interest", UNSET)

        issue_options_market_value = _source.pop("issueOptionsMarketValue", UNSET)

        money_funds = _source.pop("moneyFunds", UNSET)

        net_liquidation_value = _source.pop("netLiquidationValue", UNSET)

        realized_pnl = _source.pop("realizedPnl", UNSET)

        unrealized_pnl = _source.pop("unrealizedPnl", UNSET)

        second_key = _source.pop("secondKey", UNSET)

        settled_cash = _source.pop("settledCash", UNSET)

        stock_market_value = _source.pop("stockMarketValue", UNSET)

        t_bills_market_value = _source.pop("tBillsMarketValue", UNSET)

        t_bonds_market_value = _source.pop("tBondsMarketValue", UNSET)

        warrants_market_value = _source.pop("warrantsMarketValue", UNSET)

        severity = _source.pop("severity", UNSET)

        _model = cls(
            key=key,
            timestamp=timestamp,
            acct_code=acct_code,
            cashbalance=cashbalance,
            cash_balance_fx_segment=cash_balance_fx_segment,
            commodity_market_value=commodity_market_value,
            corporate_bonds_market_value=corporate_bonds_market_value,
            dividends=dividends,
            exchange_rate=exchange_rate,
            funds=funds,
            market_value=market_value,
            option_market_value=option_market_value,
            interest=interest,
            issue_options_market_value=issue_options_market_value,
            money_funds=money_funds,
            net_liquidation_value=net_liquidation_value,
            realized_pnl=realized_pnl,
            unrealized_pnl=unrealized_pnl,
            second_key=second_key,
            settled_cash=settled_cash,
            stock_market_value=stock_market_value,
            t_bills_market_value=t_bills_market_value,
            t_bonds_market_value=t_bonds_market_value,
            warrants_market_value=warrants_market_value,
            severity=severity,
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

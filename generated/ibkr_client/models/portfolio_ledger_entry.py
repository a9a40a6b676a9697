from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PortfolioLedgerEntry")


@_attrs_define
class PortfolioLedgerEntry:
    """Balances and values of the account in one currency.

    Attributes:
        commoditymarketvalue (float | Unset): Market value of commodity positions.
        futuremarketvalue (float | Unset): Market value of futures positions.
        settledcash (float | Unset): Settled cash.
        exchangerate (float | Unset): Exchange rate from the base currency to this currency.
        sessionid (int | Unset): Internal use.
        cashbalance (float | Unset): Cash available for trading.
        corporatebondsmarketvalue (float | Unset): Market value of corporate bond positions.
        warrantsmarketvalue (float | Unset): Market value of warrant positions.
        netliquidationvalue (float | Unset): Net liquidation value of the positions in this currency.
        interest (float | Unset): Margin interest on this currency.
        unrealizedpnl (float | Unset): Unrealised profit and loss.
        stockmarketvalue (float | Unset): Market value of stock positions.
        moneyfunds (float | Unset): Market value of money fund positions.
        currency (str | Unset): The currency, or BASE.
        realizedpnl (float | Unset): Realised profit and loss.
        funds (float | Unset): Market value of all fund positions.
        acctcode (str | Unset): The account id.
        issueroptionsmarketvalue (float | Unset): Market value of issuer option positions.
        key (str | Unset): Always "LedgerList"; internal use.
        timestamp (int | Unset): When the values were read, epoch seconds.
        severity (int | Unset): Internal use.
        stockoptionmarketvalue (float | Unset): Market value of stock option positions.
        futuresonlypnl (float | Unset): Profit and loss of futures positions.
        tbondsmarketvalue (float | Unset): Market value of treasury bond positions.
        futureoptionmarketvalue (float | Unset): Market value of futures option positions.
        cashbalancefxsegment (float | Unset): Internal use.
        secondkey (str | Unset): The currency, or BASE.
        tbillsmarketvalue (float | Unset): Market value of treasury bill positions.
        dividends (float | Unset): Dividends receivable in this currency.
        endofbundle (int | Unset): Not in the field list, shown by the example; marks the last entry of the server's
            bundle and appears on one currency only.
    """

    commoditymarketvalue: float | Unset = UNSET
    futuremarketvalue: float | Unset = UNSET
    settledcash: float | Unset = UNSET
    exchangerate: float | Unset = UNSET
    sessionid: int | Unset = UNSET
    cashbalance: float | Unset = UNSET
    corporatebondsmarketvalue: float | Unset = UNSET
    warrantsmarketvalue: float | Unset = UNSET
    netliquidationvalue: float | Unset = UNSET
    interest: float | Unset = UNSET
    unrealizedpnl: float | Unset = UNSET
    stockmarketvalue: float | Unset = UNSET
    moneyfunds: float | Unset = UNSET
    currency: str | Unset = UNSET
    realizedpnl: float | Unset = UNSET
    funds: float | Unset = UNSET
    acctcode: str | Unset = UNSET
    issueroptionsmarketvalue: float | Unset = UNSET
    key: str | Unset = UNSET
    timestamp: int | Unset = UNSET
    severity: int | Unset = UNSET
    stockoptionmarketvalue: float | Unset = UNSET
    futuresonlypnl: float | Unset = UNSET
    tbondsmarketvalue: float | Unset = UNSET
    futureoptionmarketvalue: float | Unset = UNSET
    cashbalancefxsegment: float | Unset = UNSET
    secondkey: str | Unset = UNSET
    tbillsmarketvalue: float | Unset = UNSET
    dividends: float | Unset = UNSET
    endofbundle: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        commoditymarketvalue = self.commoditymarketvalue

        futuremarketvalue = self.futuremarketvalue

        settledcash = self.settledcash

        exchangerate = self.exchangerate

        sessionid = self.sessionid

        cashbalance = self.cashbalance

        corporatebondsmarketvalue = self.corporatebondsmarketvalue

        warrantsmarketvalue = self.warrantsmarketvalue

        netliquidationvalue = self.netliquidationvalue

        interest = self.interest

        unrealizedpnl = self.unrealizedpnl

        stockmarketvalue = self.stockmarketvalue

        moneyfunds = self.moneyfunds

        currency = self.currency

        realizedpnl = self.realizedpnl

        funds = self.funds

        acctcode = self.acctcode

        issueroptionsmarketvalue = self.issueroptionsmarketvalue

        key = self.key

        timestamp = self.timestamp

        severity = self.severity

        stockoptionmarketvalue = self.stockoptionmarketvalue

        futuresonlypnl = self.futuresonlypnl

        tbondsmarketvalue = self.tbondsmarketvalue

        futureoptionmarketvalue = self.futureoptionmarketvalue

        cashbalancefxsegment = self.cashbalancefxsegment

        secondkey = self.secondkey

        tbillsmarketvalue = self.tbillsmarketvalue

        dividends = self.dividends

        endofbundle = self.endofbundle

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if commoditymarketvalue is not UNSET:
            field_dict["commoditymarketvalue"] = commoditymarketvalue
        if futuremarketvalue is not UNSET:
            field_dict["futuremarketvalue"] = futuremarketvalue
        if settledcash is not UNSET:
            field_dict["settledcash"] = settledcash
        if exchangerate is not UNSET:
            field_dict["exchangerate"] = exchangerate
        if sessionid is not UNSET:
            field_dict["sessionid"] = sessionid
        if cashbalance is not UNSET:
            field_dict["cashbalance"] = cashbalance
        if corporatebondsmarketvalue is not UNSET:
            field_dict["corporatebondsmarketvalue"] = corporatebondsmarketvalue
        if warrantsmarketvalue is not UNSET:
            field_dict["warrantsmarketvalue"] = warrantsmarketvalue
        if netliquidationvalue is not UNSET:
            field_dict["netliquidationvalue"] = netliquidationvalue
        if interest is not UNSET:
            field_dict["interest"] = interest
        if unrealizedpnl is not UNSET:
            field_dict["unrealizedpnl"] = unrealizedpnl
        if stockmarketvalue is not UNSET:
            field_dict["stockmarketvalue"] = stockmarketvalue
        if moneyfunds is not UNSET:
            field_dict["moneyfunds"] = moneyfunds
        if currency is not UNSET:
            field_dict["currency"] = currency
        if realizedpnl is not UNSET:
            field_dict["realizedpnl"] = realizedpnl
        if funds is not UNSET:
            field_dict["funds"] = funds
        if acctcode is not UNSET:
            field_dict["acctcode"] = acctcode
        if issueroptionsmarketvalue is not UNSET:
            field_dict["issueroptionsmarketvalue"] = issueroptionsmarketvalue
        if key is not UNSET:
            field_dict["key"] = key
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if severity is not UNSET:
            field_dict["severity"] = severity
        if stockoptionmarketvalue is not UNSET:
            field_dict["stockoptionmarketvalue"] = stockoptionmarketvalue
        if futuresonlypnl is not UNSET:
            field_dict["futuresonlypnl"] = futuresonlypnl
        if tbondsmarketvalue is not UNSET:
            field_dict["tbondsmarketvalue"] = tbondsmarketvalue
        if futureoptionmarketvalue is not UNSET:
            field_dict["futureoptionmarketvalue"] = futureoptionmarketvalue
        if cashbalancefxsegment is not UNSET:
            field_dict["cashbalancefxsegment"] = cashbalancefxsegment
        if secondkey is not UNSET:
            field_dict["secondkey"] = secondkey
        if tbillsmarketvalue is not UNSET:
            field_dict["tbillsmarketvalue"] = tbillsmarketvalue
        if dividends is not UNSET:
            field_dict["dividends"] = dividends
        if endofbundle is not UNSET:
            field_dict["endofbundle"] = endofbundle

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        commoditymarketvalue = _source.pop("commoditymarketvalue", UNSET)

        futuremarketvalue = _source.pop("futuremarketvalue", UNSET)

        settledcash = _source.pop("settledcash", UNSET)

        exchangerate = _source.pop("exchangerate", UNSET)

        sessionid = _source.pop("sessionid", UNSET)

        cashbalance = _source.pop("cashbalance", UNSET)

        corporatebondsmarketvalue = _source.pop("corporatebondsmarketvalue", UNSET)

        warrantsmarketvalue = _source.pop("warrantsmarketvalue", UNSET)

        netliquidationvalue = _source.pop("netliquidationvalue", UNSET)

        interest = _source.pop("interest", UNSET)

        unrealizedpnl = _source.pop("unrealizedpnl", UNSET)

        stockmarketvalue = _source.pop("stockmarketvalue", UNSET)

        moneyfunds = _source.pop("moneyfunds", UNSET)

        currency = _source.pop("currency", UNSET)

        realizedpnl = _source.pop("realizedpnl", UNSET)

        funds = _source.pop("funds", UNSET)

        acctcode = _source.pop("acctcode", UNSET)

        issueroptionsmarketvalue = _source.pop("issueroptionsmarketvalue", UNSET)

        key = _source.pop("key", UNSET)

        timestamp = _source.pop("timestamp", UNSET)

        severity = _source.pop("severity", UNSET)

        stockoptionmarketvalue = _source.pop("stockoptionmarketvalue", UNSET)

        futuresonlypnl = _source.pop("futuresonlypnl", UNSET)

        tbondsmarketvalue = _source.pop("tbondsmarketvalue", UNSET)

        futureoptionmarketvalue = _source.pop("futureoptionmarketvalue", UNSET)

        cashbalancefxsegment = _source.pop("cashbalancefxsegment", UNSET)

        secondkey = _source.pop("secondkey", UNSET)

        tbillsmarketvalue = _source.pop("tbillsmarketvalue", UNSET)

        dividends = _source.pop("dividends", UNSET)

        endofbundle = _source.pop("endofbundle", UNSET)

        _model = cls(
            commoditymarketvalue=commoditymarketvalue,
            futuremarketvalue=futuremarketvalue,
            settledcash=settledcash,
            exchangerate=exchangerate,
            sessionid=sessionid,
            cashbalance=cashbalance,
            corporatebondsmarketvalue=corporatebondsmarketvalue,
            warrantsmarketvalue=warrantsmarketvalue,
            netliquidationvalue=netliquidationvalue,
            interest=interest,
            unrealizedpnl=unrealizedpnl,
            stockmarketvalue=stockmarketvalue,
            moneyfunds=moneyfunds,
            currency=currency,
            realizedpnl=realizedpnl,
            funds=funds,
            acctcode=acctcode,
            issueroptionsmarketvalue=issueroptionsmarketvalue,
            key=key,
            timestamp=timestamp,
            severity=severity,
            stockoptionmarketvalue=stockoptionmarketvalue,
            futuresonlypnl=futuresonlypnl,
            tbondsmarketvalue=tbondsmarketvalue,
            futureoptionmarketvalue=futureoptionmarketvalue,
            cashbalancefxsegment=cashbalancefxsegment,
            secondkey=secondkey,
            tbillsmarketvalue=tbillsmarketvalue,
            dividends=dividends,
            endofbundle=endofbundle,
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

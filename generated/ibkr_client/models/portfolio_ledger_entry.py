from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PortfolioLedgerEntry")


@_attrs_define
class PortfolioLedgerEntry:
    """Balances and values of the account in one currency.

    Attributes:
        commoditymarketvalue (float | None | Unset): Market value of commodity positions.
        futuremarketvalue (float | None | Unset): Market value of futures positions.
        settledcash (float | None | Unset): Settled cash.
        exchangerate (float | None | Unset): Exchange rate from the base currency to this currency.
        sessionid (int | None | Unset): Internal use.
        cashbalance (float | None | Unset): Cash available for trading.
        corporatebondsmarketvalue (float | None | Unset): Market value of corporate bond positions.
        warrantsmarketvalue (float | None | Unset): Market value of warrant positions.
        netliquidationvalue (float | None | Unset): Net liquidation value of the positions in this currency.
        interest (float | None | Unset): Margin interest on this currency.
        unrealizedpnl (float | None | Unset): Unrealised profit and loss.
        stockmarketvalue (float | None | Unset): Market value of stock positions.
        moneyfunds (float | None | Unset): Market value of money fund positions.
        currency (None | str | Unset): The currency, or BASE.
        realizedpnl (float | None | Unset): Realised profit and loss.
        funds (float | None | Unset): Market value of all fund positions.
        acctcode (None | str | Unset): The account id.
        issueroptionsmarketvalue (float | None | Unset): Market value of issuer option positions.
        key (None | str | Unset): Always "LedgerList"; internal use.
        timestamp (int | None | Unset): When the values were read, epoch seconds.
        severity (int | None | Unset): Internal use.
        stockoptionmarketvalue (float | None | Unset): Market value of stock option positions.
        futuresonlypnl (float | None | Unset): Profit and loss of futures positions.
        tbondsmarketvalue (float | None | Unset): Market value of treasury bond positions.
        futureoptionmarketvalue (float | None | Unset): Market value of futures option positions.
        cashbalancefxsegment (float | None | Unset): Internal use.
        secondkey (None | str | Unset): The currency, or BASE.
        tbillsmarketvalue (float | None | Unset): Market value of treasury bill positions.
        dividends (float | None | Unset): Dividends receivable in this currency.
        endofbundle (int | None | Unset): Not in the field list, shown by the example; marks the last entry of the
            server's
            bundle and appears on one currency only.
        cryptocurrencyvalue (float | None | Unset): Undocumented; market value of cryptocurrency holdings in this
            currency.
    """

    commoditymarketvalue: float | None | Unset = UNSET
    futuremarketvalue: float | None | Unset = UNSET
    settledcash: float | None | Unset = UNSET
    exchangerate: float | None | Unset = UNSET
    sessionid: int | None | Unset = UNSET
    cashbalance: float | None | Unset = UNSET
    corporatebondsmarketvalue: float | None | Unset = UNSET
    warrantsmarketvalue: float | None | Unset = UNSET
    netliquidationvalue: float | None | Unset = UNSET
    interest: float | None | Unset = UNSET
    unrealizedpnl: float | None | Unset = UNSET
    stockmarketvalue: float | None | Unset = UNSET
    moneyfunds: float | None | Unset = UNSET
    currency: None | str | Unset = UNSET
    realizedpnl: float | None | Unset = UNSET
    funds: float | None | Unset = UNSET
    acctcode: None | str | Unset = UNSET
    issueroptionsmarketvalue: float | None | Unset = UNSET
    key: None | str | Unset = UNSET
    timestamp: int | None | Unset = UNSET
    severity: int | None | Unset = UNSET
    stockoptionmarketvalue: float | None | Unset = UNSET
    futuresonlypnl: float | None | Unset = UNSET
    tbondsmarketvalue: float | None | Unset = UNSET
    futureoptionmarketvalue: float | None | Unset = UNSET
    cashbalancefxsegment: float | None | Unset = UNSET
    secondkey: None | str | Unset = UNSET
    tbillsmarketvalue: float | None | Unset = UNSET
    dividends: float | None | Unset = UNSET
    endofbundle: int | None | Unset = UNSET
    cryptocurrencyvalue: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        commoditymarketvalue: float | None | Unset
        if isinstance(self.commoditymarketvalue, Unset):
            commoditymarketvalue = UNSET
        else:
            commoditymarketvalue = self.commoditymarketvalue

        futuremarketvalue: float | None | Unset
        if isinstance(self.futuremarketvalue, Unset):
            futuremarketvalue = UNSET
        else:
            futuremarketvalue = self.futuremarketvalue

        settledcash: float | None | Unset
        if isinstance(self.settledcash, Unset):
            settledcash = UNSET
        else:
            settledcash = self.settledcash

        exchangerate: float | None | Unset
        if isinstance(self.exchangerate, Unset):
            exchangerate = UNSET
        else:
            exchangerate = self.exchangerate

        sessionid: int | None | Unset
        if isinstance(self.sessionid, Unset):
            sessionid = UNSET
        else:
            sessionid = self.sessionid

        cashbalance: float | None | Unset
        if isinstance(self.cashbalance, Unset):
            cashbalance = UNSET
        else:
            cashbalance = self.cashbalance

        corporatebondsmarketvalue: float | None | Unset
        if isinstance(self.corporatebondsmarketvalue, Unset):
            corporatebondsmarketvalue = UNSET
        else:
            corporatebondsmarketvalue = self.corporatebondsmarketvalue

        warrantsmarketvalue: float | None | Unset
        if isinstance(self.warrantsmarketvalue, Unset):
            warrantsmarketvalue = UNSET
        else:
            warrantsmarketvalue = self.warrantsmarketvalue

        netliquidationvalue: float | None | Unset
        if isinstance(self.netliquidationvalue, Unset):
            netliquidationvalue = UNSET
        else:
            netliquidationvalue = self.netliquidationvalue

        interest: float | None | Unset
        if isinstance(self.interest, Unset):
            interest = UNSET
        else:
            interest = self.interest

        unrealizedpnl: float | None | Unset
        if isinstance(self.unrealizedpnl, Unset):
            unrealizedpnl = UNSET
        else:
            unrealizedpnl = self.unrealizedpnl

        stockmarketvalue: float | None | Unset
        if isinstance(self.stockmarketvalue, Unset):
            stockmarketvalue = UNSET
        else:
            stockmarketvalue = self.stockmarketvalue

        moneyfunds: float | None | Unset
        if isinstance(self.moneyfunds, Unset):
            moneyfunds = UNSET
        else:
            moneyfunds = self.moneyfunds

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        realizedpnl: float | None | Unset
        if isinstance(self.realizedpnl, Unset):
            realizedpnl = UNSET
        else:
            realizedpnl = self.realizedpnl

        funds: float | None | Unset
        if isinstance(self.funds, Unset):
            funds = UNSET
        else:
            funds = self.funds

        acctcode: None | str | Unset
        if isinstance(self.acctcode, Unset):
            acctcode = UNSET
        else:
            acctcode = self.acctcode

        issueroptionsmarketvalue: float | None | Unset
        if isinstance(self.issueroptionsmarketvalue, Unset):
            issueroptionsmarketvalue = UNSET
        else:
            issueroptionsmarketvalue = self.issueroptionsmarketvalue

        key: None | str | Unset
        if isinstance(self.key, Unset):
            key = UNSET
        else:
            key = self.key

        timestamp: int | None | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = self.timestamp

        severity: int | None | Unset
        if isinstance(self.severity, Unset):
            severity = UNSET
        else:
            severity = self.severity

        stockoptionmarketvalue: float | None | Unset
        if isinstance(self.stockoptionmarketvalue, Unset):
            stockoptionmarketvalue = UNSET
        else:
            stockoptionmarketvalue = self.stockoptionmarketvalue

        futuresonlypnl: float | None | Unset
        if isinstance(self.futuresonlypnl, Unset):
            futuresonlypnl = UNSET
        else:
            futuresonlypnl = self.futuresonlypnl

        tbondsmarketvalue: float | None | Unset
        if isinstance(self.tbondsmarketvalue, Unset):
            tbondsmarketvalue = UNSET
        else:
            tbondsmarketvalue = self.tbondsmarketvalue

        futureoptionmarketvalue: float | None | Unset
        if isinstance(self.futureoptionmarketvalue, Unset):
            futureoptionmarketvalue = UNSET
        else:
            futureoptionmarketvalue = self.futureoptionmarketvalue

        cashbalancefxsegment: float | None | Unset
        if isinstance(self.cashbalancefxsegment, Unset):
            cashbalancefxsegment = UNSET
        else:
            cashbalancefxsegment = self.cashbalancefxsegment

        secondkey: None | str | Unset
        if isinstance(self.secondkey, Unset):
            secondkey = UNSET
        else:
            secondkey = self.secondkey

        tbillsmarketvalue: float | None | Unset
        if isinstance(self.tbillsmarketvalue, Unset):
            tbillsmarketvalue = UNSET
        else:
            tbillsmarketvalue = self.tbillsmarketvalue

        dividends: float | None | Unset
        if isinstance(self.dividends, Unset):
            dividends = UNSET
        else:
            dividends = self.dividends

        endofbundle: int | None | Unset
        if isinstance(self.endofbundle, Unset):
            endofbundle = UNSET
        else:
            endofbundle = self.endofbundle

        cryptocurrencyvalue: float | None | Unset
        if isinstance(self.cryptocurrencyvalue, Unset):
            cryptocurrencyvalue = UNSET
        else:
            cryptocurrencyvalue = self.cryptocurrencyvalue

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
        if cryptocurrencyvalue is not UNSET:
            field_dict["cryptocurrencyvalue"] = cryptocurrencyvalue

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_commoditymarketvalue(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        commoditymarketvalue = _parse_commoditymarketvalue(
            _source.pop("commoditymarketvalue", UNSET)
        )

        def _parse_futuremarketvalue(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        futuremarketvalue = _parse_futuremarketvalue(
            _source.pop("futuremarketvalue", UNSET)
        )

        def _parse_settledcash(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        settledcash = _parse_settledcash(_source.pop("settledcash", UNSET))

        def _parse_exchangerate(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        exchangerate = _parse_exchangerate(_source.pop("exchangerate", UNSET))

        def _parse_sessionid(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        sessionid = _parse_sessionid(_source.pop("sessionid", UNSET))

        def _parse_cashbalance(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cashbalance = _parse_cashbalance(_source.pop("cashbalance", UNSET))

        def _parse_corporatebondsmarketvalue(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        corporatebondsmarketvalue = _parse_corporatebondsmarketvalue(
            _source.pop("corporatebondsmarketvalue", UNSET)
        )

        def _parse_warrantsmarketvalue(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        warrantsmarketvalue = _parse_warrantsmarketvalue(
            _source.pop("warrantsmarketvalue", UNSET)
        )

        def _parse_netliquidationvalue(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        netliquidationvalue = _parse_netliquidationvalue(
            _source.pop("netliquidationvalue", UNSET)
        )

        def _parse_interest(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        interest = _parse_interest(_source.pop("interest", UNSET))

        def _parse_unrealizedpnl(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        unrealizedpnl = _parse_unrealizedpnl(_source.pop("unrealizedpnl", UNSET))

        def _parse_stockmarketvalue(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        stockmarketvalue = _parse_stockmarketvalue(
            _source.pop("stockmarketvalue", UNSET)
        )

        def _parse_moneyfunds(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        moneyfunds = _parse_moneyfunds(_source.pop("moneyfunds", UNSET))

        def _parse_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency = _parse_currency(_source.pop("currency", UNSET))

        def _parse_realizedpnl(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        realizedpnl = _parse_realizedpnl(_source.pop("realizedpnl", UNSET))

        def _parse_funds(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        funds = _parse_funds(_source.pop("funds", UNSET))

        def _parse_acctcode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        acctcode = _parse_acctcode(_source.pop("acctcode", UNSET))

        def _parse_issueroptionsmarketvalue(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        issueroptionsmarketvalue = _parse_issueroptionsmarketvalue(
            _source.pop("issueroptionsmarketvalue", UNSET)
        )

        def _parse_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        key = _parse_key(_source.pop("key", UNSET))

        def _parse_timestamp(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        timestamp = _parse_timestamp(_source.pop("timestamp", UNSET))

        def _parse_severity(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        severity = _parse_severity(_source.pop("severity", UNSET))

        def _parse_stockoptionmarketvalue(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        stockoptionmarketvalue = _parse_stockoptionmarketvalue(
            _source.pop("stockoptionmarketvalue", UNSET)
        )

        def _parse_futuresonlypnl(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        futuresonlypnl = _parse_futuresonlypnl(_source.pop("futuresonlypnl", UNSET))

        def _parse_tbondsmarketvalue(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        tbondsmarketvalue = _parse_tbondsmarketvalue(
            _source.pop("tbondsmarketvalue", UNSET)
        )

        def _parse_futureoptionmarketvalue(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        futureoptionmarketvalue = _parse_futureoptionmarketvalue(
            _source.pop("futureoptionmarketvalue", UNSET)
        )

        def _parse_cashbalancefxsegment(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cashbalancefxsegment = _parse_cashbalancefxsegment(
            _source.pop("cashbalancefxsegment", UNSET)
        )

        def _parse_secondkey(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        secondkey = _parse_secondkey(_source.pop("secondkey", UNSET))

        def _parse_tbillsmarketvalue(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        tbillsmarketvalue = _parse_tbillsmarketvalue(
            _source.pop("tbillsmarketvalue", UNSET)
        )

        def _parse_dividends(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        dividends = _parse_dividends(_source.pop("dividends", UNSET))

        def _parse_endofbundle(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        endofbundle = _parse_endofbundle(_source.pop("endofbundle", UNSET))

        def _parse_cryptocurrencyvalue(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cryptocurrencyvalue = _parse_cryptocurrencyvalue(
            _source.pop("cryptocurrencyvalue", UNSET)
        )

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
            cryptocurrencyvalue=cryptocurrencyvalue,
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

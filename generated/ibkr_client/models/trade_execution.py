from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TradeExecution")


@_attrs_define
class TradeExecution:
    """One execution of the selected account (also the payload of the websocket "str" topic).

    Attributes:
        execution_id (str | Unset): Execution id.
        symbol (str | Unset): Underlying symbol.
        supports_tax_opt (str | Unset): "1" when the Tax Optimizer supports the order, else "0".
        side (str | Unset): Side of the execution, "B" (buy) or "S" (sell).
        order_description (str | Unset): Side, size, price and exchange of the execution, in words.
        order_ref (str | Unset): The customer order id (cOID) given when the order was placed.
        trade_time (str | Unset): Time of the execution, UTC, formatted YYYYMMDD-HH:mm:ss.
        trade_time_r (int | Unset): Time of the execution, epoch milliseconds.
        size (float | Unset): Executed quantity.
        price (str | Unset): Execution price, as a decimal string.
        submitter (str | Unset): User name that submitted the order.
        exchange (str | Unset): Exchange the execution happened on.
        commission (str | Unset): Commission of the execution, as a decimal string.
        net_amount (float | Unset): Total net amount of the execution.
        account (str | Unset): Account id (or its alias).
        account_code (str | Unset): Account id.
        account_allocation_name (str | Unset): Allocation account name (in the documentation example, not in the field
            list).
        company_name (str | Unset): Long name of the contract's company.
        contract_description_1 (str | Unset): Local symbol of the contract.
        sec_type (str | Unset): Security type of the contract.
        listing_exchange (str | Unset): Primary listing exchange of the contract.
        conid (int | Unset): Contract id.
        conid_ex (str | Unset): Contract id, with "@exchange" for directly routed contracts.
        clearing_id (str | Unset): Clearing firm id.
        clearing_name (str | Unset): Clearing firm name.
        liquidation_trade (str | Unset): "1" when the execution was part of an account liquidation, else "0".
        is_event_trading (str | Unset): "1" when the execution was event trading, else "0".
        contract_description_2 (str | Unset): Undocumented; second line of the contract description, e.g. "(EX2) OCT23
            4300 Put Fut. Option".
        open_close (str | Unset): Undocumented; opening or closing execution, "???" when unknown.
        position (str | Unset): Undocumented; position after the execution, as a string.
        order_id (int | Unset): Undocumented; id of the order the execution belongs to.
    """

    execution_id: str | Unset = UNSET
    symbol: str | Unset = UNSET
    supports_tax_opt: str | Unset = UNSET
    side: str | Unset = UNSET
    order_description: str | Unset = UNSET
    order_ref: str | Unset = UNSET
    trade_time: str | Unset = UNSET
    trade_time_r: int | Unset = UNSET
    size: float | Unset = UNSET
    price: str | Unset = UNSET
    submitter: str | Unset = UNSET
    exchange: str | Unset = UNSET
    commission: str | Unset = UNSET
    net_amount: float | Unset = UNSET
    account: str | Unset = UNSET
    account_code: str | Unset = UNSET
    account_allocation_name: str | Unset = UNSET
    company_name: str | Unset = UNSET
    contract_description_1: str | Unset = UNSET
    sec_type: str | Unset = UNSET
    listing_exchange: str | Unset = UNSET
    conid: int | Unset = UNSET
    conid_ex: str | Unset = UNSET
    clearing_id: str | Unset = UNSET
    clearing_name: str | Unset = UNSET
    liquidation_trade: str | Unset = UNSET
    is_event_trading: str | Unset = UNSET
    contract_description_2: str | Unset = UNSET
    open_close: str | Unset = UNSET
    position: str | Unset = UNSET
    order_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        execution_id = self.execution_id

        symbol = self.symbol

        supports_tax_opt = self.supports_tax_opt

        side = self.side

        order_description = self.order_description

        order_ref = self.order_ref

        trade_time = self.trade_time

        trade_time_r = self.trade_time_r

        size = self.size

        price = self.price

        submitter = self.submitter

        exchange = self.exchange

        commission = self.commission

        net_amount = self.net_amount

        account = self.account

        account_code = self.account_code

        account_allocation_name = self.account_allocation_name

        company_name = self.company_name

        contract_description_1 = self.contract_description_1

        sec_type = self.sec_type

        listing_exchange = self.listing_exchange

        conid = self.conid

        conid_ex = self.conid_ex

        clearing_id = self.clearing_id

        clearing_name = self.clearing_name

        liquidation_trade = self.liquidation_trade

        is_event_trading = self.is_event_trading

        contract_description_2 = self.contract_description_2

        open_close = self.open_close

        position = self.position

        order_id = self.order_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if execution_id is not UNSET:
            field_dict["execution_id"] = execution_id
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if supports_tax_opt is not UNSET:
            field_dict["supports_tax_opt"] = supports_tax_opt
        if side is not UNSET:
            field_dict["side"] = side
        if order_description is not UNSET:
            field_dict["order_description"] = order_description
        if order_ref is not UNSET:
            field_dict["order_ref"] = order_ref
        if trade_time is not UNSET:
            field_dict["trade_time"] = trade_time
        if trade_time_r is not UNSET:
            field_dict["trade_time_r"] = trade_time_r
        if size is not UNSET:
            field_dict["size"] = size
        if price is not UNSET:
            field_dict["price"] = price
        if submitter is not UNSET:
            field_dict["submitter"] = submitter
        if exchange is not UNSET:
            field_dict["exchange"] = exchange
        if commission is not UNSET:
            field_dict["commission"] = commission
        if net_amount is not UNSET:
            field_dict["net_amount"] = net_amount
        if account is not UNSET:
            field_dict["account"] = account
        if account_code is not UNSET:
            field_dict["accountCode"] = account_code
        if account_allocation_name is not UNSET:
            field_dict["account_allocation_name"] = account_allocation_name
        if company_name is not UNSET:
            field_dict["company_name"] = company_name
        if contract_description_1 is not UNSET:
            field_dict["contract_description_1"] = contract_description_1
        if sec_type is not UNSET:
            field_dict["sec_type"] = sec_type
        if listing_exchange is not UNSET:
            field_dict["listing_exchange"] = listing_exchange
        if conid is not UNSET:
            field_dict["conid"] = conid
        if conid_ex is not UNSET:
            field_dict["conidEx"] = conid_ex
        if clearing_id is not UNSET:
            field_dict["clearing_id"] = clearing_id
        if clearing_name is not UNSET:
            field_dict["clearing_name"] = clearing_name
        if liquidation_trade is not UNSET:
            field_dict["liquidation_trade"] = liquidation_trade
        if is_event_trading is not UNSET:
            field_dict["is_event_trading"] = is_event_trading
        if contract_description_2 is not UNSET:
            field_dict["contract_description_2"] = contract_description_2
        if open_close is not UNSET:
            field_dict["open_close"] = open_close
        if position is not UNSET:
            field_dict["position"] = position
        if order_id is not UNSET:
            field_dict["order_id"] = order_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        execution_id = _source.pop("execution_id", UNSET)

        symbol = _source.pop("symbol", UNSET)

        supports_tax_opt = _source.pop("supports_tax_opt", UNSET)

        side = _source.pop("side", UNSET)

        order_description = _source.pop("order_description", UNSET)

        order_ref = _source.pop("order_ref", UNSET)

        trade_time = _source.pop("trade_time", UNSET)

        trade_time_r = _source.pop("trade_time_r", UNSET)

        size = _source.pop("size", UNSET)

        price = _source.pop("price", UNSET)

        submitter = _source.pop("submitter", UNSET)

        exchange = _source.pop("exchange", UNSET)

        commission = _source.pop("commission", UNSET)

        net_amount = _source.pop("net_amount", UNSET)

        account = _source.pop("account", UNSET)

        account_code = _source.pop("accountCode", UNSET)

        account_allocation_name = _source.pop("account_allocation_name", UNSET)

        company_name = _source.pop("company_name", UNSET)

        contract_description_1 = _source.pop("contract_description_1", UNSET)

        sec_type = _source.pop("sec_type", UNSET)

        listing_exchange = _source.pop("listing_exchange", UNSET)

        conid = _source.pop("conid", UNSET)

        conid_ex = _source.pop("conidEx", UNSET)

        clearing_id = _source.pop("clearing_id", UNSET)

        clearing_name = _source.pop("clearing_name", UNSET)

        liquidation_trade = _source.pop("liquidation_trade", UNSET)

        is_event_trading = _source.pop("is_event_trading", UNSET)

        contract_description_2 = _source.pop("contract_description_2", UNSET)

        open_close = _source.pop("open_close", UNSET)

        position = _source.pop("position", UNSET)

        order_id = _source.pop("order_id", UNSET)

        _model = cls(
            execution_id=execution_id,
            symbol=symbol,
            supports_tax_opt=supports_tax_opt,
            side=side,
            order_description=order_description,
            order_ref=order_ref,
            trade_time=trade_time,
            trade_time_r=trade_time_r,
            size=size,
            price=price,
            submitter=submitter,
            exchange=exchange,
            commission=commission,
            net_amount=net_amount,
            account=account,
            account_code=account_code,
            account_allocation_name=account_allocation_name,
            company_name=company_name,
            contract_description_1=contract_description_1,
            sec_type=sec_type,
            listing_exchange=listing_exchange,
            conid=conid,
            conid_ex=conid_ex,
            clearing_id=clearing_id,
            clearing_name=clearing_name,
            liquidation_trade=liquidation_trade,
            is_event_trading=is_event_trading,
            contract_description_2=contract_description_2,
            open_close=open_close,
            position=position,
            order_id=order_id,
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

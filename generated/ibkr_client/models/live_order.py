from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_status import OrderStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="LiveOrder")


@_attrs_define
class LiveOrder:
    """One order of the live orders list (also the payload of the websocket "sor" topic).

    Attributes:
        acct (str | Unset): Account id the order was placed for.
        account (str | Unset): Account id the order was placed for (in the documentation example, not in the field
            list).
        conidex (str | Unset): Contract id of the order, with "@exchange" when it is routed directly.
        conid (int | Unset): Contract id of the order.
        order_id (int | Unset): Order id.
        cash_ccy (str | Unset): Currency of the order.
        size_and_fills (str | Unset): Size of the order and how much of it is filled, e.g. "0/1" or "5".
        order_desc (str | Unset): Side, size, order type, price and time in force, in words.
        description1 (str | Unset): Local symbol of the contract.
        ticker (str | Unset): Ticker symbol.
        sec_type (str | Unset): Security type, e.g. STK.
        listing_exchange (str | Unset): Primary listing exchange.
        remaining_quantity (float | Unset): Quantity still to fill.
        filled_quantity (float | Unset): Quantity already filled.
        total_size (float | Unset): Total quantity of the order (in the documentation example, not in the field list).
        company_name (str | Unset): Long name of the company.
        status (OrderStatus | Unset): Status of an order (the Order Status Value table).
            Inactive: not transmitted yet (or refused).
            PendingSubmit: received by the system, not yet active.
            PreSubmitted: transmitted, not yet confirmed by the exchange or venue.
            Submitted: accepted by the system.
            Filled: completely filled.
            PendingCancel: cancellation sent, not yet confirmed by the exchange or venue.
            Cancelled: the balance of the order is confirmed cancelled.
            WarnState: the order carries a warning (e.g. basket orders).
        order_ccp_status (OrderStatus | Unset): Status of an order (the Order Status Value table).
            Inactive: not transmitted yet (or refused).
            PendingSubmit: received by the system, not yet active.
            PreSubmitted: transmitted, not yet confirmed by the exchange or venue.
            Submitted: accepted by the system.
            Filled: completely filled.
            PendingCancel: cancellation sent, not yet confirmed by the exchange or venue.
            Cancelled: the balance of the order is confirmed cancelled.
            WarnState: the order carries a warning (e.g. basket orders).
        orig_order_type (str | Unset): Order type as first placed, e.g. LIMIT or MARKET.
        supports_tax_opt (str | Unset): "1" when the Tax Optimizer supports the order, else "0".
        last_execution_time (str | Unset): Time of the latest execution, UTC, formatted YYMMDDHHmmss.
        last_execution_time_r (int | Unset): Time of the latest execution, epoch milliseconds.
        order_type (str | Unset): Current order type (or the type at execution), e.g. Limit or Market.
        bg_color (str | Unset): Background colour for Client Portal (internal use).
        fg_color (str | Unset): Foreground colour for Client Portal (internal use).
        order_ref (str | Unset): The customer order id (cOID) given when the order was placed.
        time_in_force (str | Unset): Time in force, e.g. GTC or DAY.
        side (str | Unset): Side of the order, BUY or SELL.
        avg_price (str | Unset): Average execution price, as a decimal string.
        price (str | Unset): Undocumented; limit price as a decimal string ("457.00"), "" for market orders.
        outside_rth (bool | Unset): Undocumented; whether the order may execute outside regular trading hours.
        is_event_trading (str | Unset): Undocumented; "1" for event trading orders, else "0".
    """

    acct: str | Unset = UNSET
    account: str | Unset = UNSET
    conidex: str | Unset = UNSET
    conid: int | Unset = UNSET
    order_id: int | Unset = UNSET
    cash_ccy: str | Unset = UNSET
    size_and_fills: str | Unset = UNSET
    order_desc: str | Unset = UNSET
    description1: str | Unset = UNSET
    ticker: str | Unset = UNSET
    sec_type: str | Unset = UNSET
    listing_exchange: str | Unset = UNSET
    remaining_quantity: float | Unset = UNSET
    filled_quantity: float | Unset = UNSET
    total_size: float | Unset = UNSET
    company_name: str | Unset = UNSET
    status: OrderStatus | Unset = UNSET
    order_ccp_status: OrderStatus | Unset = UNSET
    orig_order_type: str | Unset = UNSET
    supports_tax_opt: str | Unset = UNSET
    last_execution_time: str | Unset = UNSET
    last_execution_time_r: int | Unset = UNSET
    order_type: str | Unset = UNSET
    bg_color: str | Unset = UNSET
    fg_color: str | Unset = UNSET
    order_ref: str | Unset = UNSET
    time_in_force: str | Unset = UNSET
    side: str | Unset = UNSET
    avg_price: str | Unset = UNSET
    price: str | Unset = UNSET
    outside_rth: bool | Unset = UNSET
    is_event_trading: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        acct = self.acct

        account = self.account

        conidex = self.conidex

        conid = self.conid

        order_id = self.order_id

        cash_ccy = self.cash_ccy

        size_and_fills = self.size_and_fills

        order_desc = self.order_desc

        description1 = self.description1

        ticker = self.ticker

        sec_type = self.sec_type

        listing_exchange = self.listing_exchange

        remaining_quantity = self.remaining_quantity

        filled_quantity = self.filled_quantity

        total_size = self.total_size

        company_name = self.company_name

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        order_ccp_status: str | Unset = UNSET
        if not isinstance(self.order_ccp_status, Unset):
            order_ccp_status = self.order_ccp_status.value

        orig_order_type = self.orig_order_type

        supports_tax_opt = self.supports_tax_opt

        last_execution_time = self.last_execution_time

        last_execution_time_r = self.last_execution_time_r

        order_type = self.order_type

        bg_color = self.bg_color

        fg_color = self.fg_color

        order_ref = self.order_ref

        time_in_force = self.time_in_force

        side = self.side

        avg_price = self.avg_price

        price = self.price

        outside_rth = self.outside_rth

        is_event_trading = self.is_event_trading

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if acct is not UNSET:
            field_dict["acct"] = acct
        if account is not UNSET:
            field_dict["account"] = account
        if conidex is not UNSET:
            field_dict["conidex"] = conidex
        if conid is not UNSET:
            field_dict["conid"] = conid
        if order_id is not UNSET:
            field_dict["orderId"] = order_id
        if cash_ccy is not UNSET:
            field_dict["cashCcy"] = cash_ccy
        if size_and_fills is not UNSET:
            field_dict["sizeAndFills"] = size_and_fills
        if order_desc is not UNSET:
            field_dict["orderDesc"] = order_desc
        if description1 is not UNSET:
            field_dict["description1"] = description1
        if ticker is not UNSET:
            field_dict["ticker"] = ticker
        if sec_type is not UNSET:
            field_dict["secType"] = sec_type
        if listing_exchange is not UNSET:
            field_dict["listingExchange"] = listing_exchange
        if remaining_quantity is not UNSET:
            field_dict["remainingQuantity"] = remaining_quantity
        if filled_quantity is not UNSET:
            field_dict["filledQuantity"] = filled_quantity
        if total_size is not UNSET:
            field_dict["totalSize"] = total_size
        if company_name is not UNSET:
            field_dict["companyName"] = company_name
        if status is not UNSET:
            field_dict["status"] = status
        if order_ccp_status is not UNSET:
            field_dict["order_ccp_status"] = order_ccp_status
        if orig_order_type is not UNSET:
            field_dict["origOrderType"] = orig_order_type
        if supports_tax_opt is not UNSET:
            field_dict["supportsTaxOpt"] = supports_tax_opt
        if last_execution_time is not UNSET:
            field_dict["lastExecutionTime"] = last_execution_time
        if last_execution_time_r is not UNSET:
            field_dict["lastExecutionTime_r"] = last_execution_time_r
        if order_type is not UNSET:
            field_dict["orderType"] = order_type
        if bg_color is not UNSET:
            field_dict["bgColor"] = bg_color
        if fg_color is not UNSET:
            field_dict["fgColor"] = fg_color
        if order_ref is not UNSET:
            field_dict["order_ref"] = order_ref
        if time_in_force is not UNSET:
            field_dict["timeInForce"] = time_in_force
        if side is not UNSET:
            field_dict["side"] = side
        if avg_price is not UNSET:
            field_dict["avgPrice"] = avg_price
        if price is not UNSET:
            field_dict["price"] = price
        if outside_rth is not UNSET:
            field_dict["outsideRTH"] = outside_rth
        if is_event_trading is not UNSET:
            field_dict["isEventTrading"] = is_event_trading

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        acct = _source.pop("acct", UNSET)

        account = _source.pop("account", UNSET)

        conidex = _source.pop("conidex", UNSET)

        conid = _source.pop("conid", UNSET)

        order_id = _source.pop("orderId", UNSET)

        cash_ccy = _source.pop("cashCcy", UNSET)

        size_and_fills = _source.pop("sizeAndFills", UNSET)

        order_desc = _source.pop("orderDesc", UNSET)

        description1 = _source.pop("description1", UNSET)

        ticker = _source.pop("ticker", UNSET)

        sec_type = _source.pop("secType", UNSET)

        listing_exchange = _source.pop("listingExchange", UNSET)

        remaining_quantity = _source.pop("remainingQuantity", UNSET)

        filled_quantity = _source.pop("filledQuantity", UNSET)

        total_size = _source.pop("totalSize", UNSET)

        company_name = _source.pop("companyName", UNSET)

        _status = _source.pop("status", UNSET)
        status: OrderStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = OrderStatus(_status)

        _order_ccp_status = _source.pop("order_ccp_status", UNSET)
        order_ccp_status: OrderStatus | Unset
        if isinstance(_order_ccp_status, Unset):
            order_ccp_status = UNSET
        else:
            order_ccp_status = OrderStatus(_order_ccp_status)

        orig_order_type = _source.pop("origOrderType", UNSET)

        supports_tax_opt = _source.pop("supportsTaxOpt", UNSET)

        last_execution_time = _source.pop("lastExecutionTime", UNSET)

        last_execution_time_r = _source.pop("lastExecutionTime_r", UNSET)

        order_type = _source.pop("orderType", UNSET)

        bg_color = _source.pop("bgColor", UNSET)

        fg_color = _source.pop("fgColor", UNSET)

        order_ref = _source.pop("order_ref", UNSET)

        time_in_force = _source.pop("timeInForce", UNSET)

        side = _source.pop("side", UNSET)

        avg_price = _source.pop("avgPrice", UNSET)

        price = _source.pop("price", UNSET)

        outside_rth = _source.pop("outsideRTH", UNSET)

        is_event_trading = _source.pop("isEventTrading", UNSET)

        _model = cls(
            acct=acct,
            account=account,
            conidex=conidex,
            conid=conid,
            order_id=order_id,
            cash_ccy=cash_ccy,
            size_and_fills=size_and_fills,
            order_desc=order_desc,
            description1=description1,
            ticker=ticker,
            sec_type=sec_type,
            listing_exchange=listing_exchange,
            remaining_quantity=remaining_quantity,
            filled_quantity=filled_quantity,
            total_size=total_size,
            company_name=company_name,
            status=status,
            order_ccp_status=order_ccp_status,
            orig_order_type=orig_order_type,
            supports_tax_opt=supports_tax_opt,
            last_execution_time=last_execution_time,
            last_execution_time_r=last_execution_time_r,
            order_type=order_type,
            bg_color=bg_color,
            fg_color=fg_color,
            order_ref=order_ref,
            time_in_force=time_in_force,
            side=side,
            avg_price=avg_price,
            price=price,
            outside_rth=outside_rth,
            is_event_trading=is_event_trading,
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

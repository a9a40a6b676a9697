from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_status import OrderStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="LiveOrder")


@_attrs_define
class LiveOrder:
    """One order of the live orders list (also the payload of the websocket "sor" topic).

    Attributes:
        acct (None | str | Unset): Account id the order was placed for.
        account (None | str | Unset): Account id the order was placed for (in the documentation example, not in the
            field list).
        conidex (None | str | Unset): Contract id of the order, with "@exchange" when it is routed directly.
        conid (int | None | Unset): Contract id of the order.
        order_id (int | None | Unset): Order id.
        cash_ccy (None | str | Unset): Currency of the order.
        size_and_fills (None | str | Unset): Size of the order and how much of it is filled, e.g. "0/1" or "5".
        order_desc (None | str | Unset): Side, size, order type, price and time in force, in words.
        description1 (None | str | Unset): Local symbol of the contract.
        ticker (None | str | Unset): Ticker symbol.
        sec_type (None | str | Unset): Security type, e.g. STK.
        listing_exchange (None | str | Unset): Primary listing exchange.
        remaining_quantity (float | None | Unset): Quantity still to fill.
        filled_quantity (float | None | Unset): Quantity already filled.
        total_size (float | None | Unset): Total quantity of the order (in the documentation example, not in the field
            list).
        company_name (None | str | Unset): Long name of the company.
        status (None | OrderStatus | Unset):
        order_ccp_status (None | OrderStatus | Unset):
        orig_order_type (None | str | Unset): Order type as first placed, e.g. LIMIT or MARKET.
        supports_tax_opt (None | str | Unset): "1" when the Tax Optimizer supports the order, else "0".
        last_execution_time (None | str | Unset): Time of the latest execution, UTC, formatted YYMMDDHHmmss.
        last_execution_time_r (int | None | Unset): Time of the latest execution, epoch milliseconds.
        order_type (None | str | Unset): Current order type (or the type at execution), e.g. Limit or Market.
        bg_color (None | str | Unset): Background colour for Client Portal (internal use).
        fg_color (None | str | Unset): Foreground colour for Client Portal (internal use).
        order_ref (None | str | Unset): The customer order id (cOID) given when the order was placed.
        time_in_force (None | str | Unset): Time in force, e.g. GTC or DAY.
        side (None | str | Unset): Side of the order, BUY or SELL.
        avg_price (None | str | Unset): Average execution price, as a decimal string.
        price (None | str | Unset): Undocumented; limit price as a decimal string ("457.00"), "" for market orders.
        outside_rth (bool | None | Unset): Undocumented; whether the order may execute outside regular trading hours.
        is_event_trading (None | str | Unset): Undocumented; "1" for event trading orders, else "0".
        description2 (None | str | Unset): Second line of the contract description (expiry, strike and right of a
            derivative).
        exchange (None | str | Unset): Exchange the order is routed to.
        order_cancellation_by_system_reason (None | str | Unset): Why IBKR's system cancelled the order, when it did.
        tax_optimizer_id (None | str | Unset): Id of the tax optimizer lot selection applied to the order.
        total_cash_size (None | str | Unset): Cash amount of a cash-quantity order.
    """

    acct: None | str | Unset = UNSET
    account: None | str | Unset = UNSET
    conidex: None | str | Unset = UNSET
    conid: int | None | Unset = UNSET
    order_id: int | None | Unset = UNSET
    cash_ccy: None | str | Unset = UNSET
    size_and_fills: None | str | Unset = UNSET
    order_desc: None | str | Unset = UNSET
    description1: None | str | Unset = UNSET
    ticker: None | str | Unset = UNSET
    sec_type: None | str | Unset = UNSET
    listing_exchange: None | str | Unset = UNSET
    remaining_quantity: float | None | Unset = UNSET
    filled_quantity: float | None | Unset = UNSET
    total_size: float | None | Unset = UNSET
    company_name: None | str | Unset = UNSET
    status: None | OrderStatus | Unset = UNSET
    order_ccp_status: None | OrderStatus | Unset = UNSET
    orig_order_type: None | str | Unset = UNSET
    supports_tax_opt: None | str | Unset = UNSET
    last_execution_time: None | str | Unset = UNSET
    last_execution_time_r: int | None | Unset = UNSET
    order_type: None | str | Unset = UNSET
    bg_color: None | str | Unset = UNSET
    fg_color: None | str | Unset = UNSET
    order_ref: None | str | Unset = UNSET
    time_in_force: None | str | Unset = UNSET
    side: None | str | Unset = UNSET
    avg_price: None | str | Unset = UNSET
    price: None | str | Unset = UNSET
    outside_rth: bool | None | Unset = UNSET
    is_event_trading: None | str | Unset = UNSET
    description2: None | str | Unset = UNSET
    exchange: None | str | Unset = UNSET
    order_cancellation_by_system_reason: None | str | Unset = UNSET
    tax_optimizer_id: None | str | Unset = UNSET
    total_cash_size: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        acct: None | str | Unset
        if isinstance(self.acct, Unset):
            acct = UNSET
        else:
            acct = self.acct

        account: None | str | Unset
        if isinstance(self.account, Unset):
            account = UNSET
        else:
            account = self.account

        conidex: None | str | Unset
        if isinstance(self.conidex, Unset):
            conidex = UNSET
        else:
            conidex = self.conidex

        conid: int | None | Unset
        if isinstance(self.conid, Unset):
            conid = UNSET
        else:
            conid = self.conid

        order_id: int | None | Unset
        if isinstance(self.order_id, Unset):
            order_id = UNSET
        else:
            order_id = self.order_id

        cash_ccy: None | str | Unset
        if isinstance(self.cash_ccy, Unset):
            cash_ccy = UNSET
        else:
            cash_ccy = self.cash_ccy

        size_and_fills: None | str | Unset
        if isinstance(self.size_and_fills, Unset):
            size_and_fills = UNSET
        else:
            size_and_fills = self.size_and_fills

        order_desc: None | str | Unset
        if isinstance(self.order_desc, Unset):
            order_desc = UNSET
        else:
            order_desc = self.order_desc

        description1: None | str | Unset
        if isinstance(self.description1, Unset):
            description1 = UNSET
        else:
            description1 = self.description1

        ticker: None | str | Unset
        if isinstance(self.ticker, Unset):
            ticker = UNSET
        else:
            ticker = self.ticker

        sec_type: None | str | Unset
        if isinstance(self.sec_type, Unset):
            sec_type = UNSET
        else:
            sec_type = self.sec_type

        listing_exchange: None | str | Unset
        if isinstance(self.listing_exchange, Unset):
            listing_exchange = UNSET
        else:
            listing_exchange = self.listing_exchange

        remaining_quantity: float | None | Unset
        if isinstance(self.remaining_quantity, Unset):
            remaining_quantity = UNSET
        else:
            remaining_quantity = self.remaining_quantity

        filled_quantity: float | None | Unset
        if isinstance(self.filled_quantity, Unset):
            filled_quantity = UNSET
        else:
            filled_quantity = self.filled_quantity

        total_size: float | None | Unset
        if isinstance(self.total_size, Unset):
            total_size = UNSET
        else:
            total_size = self.total_size

        company_name: None | str | Unset
        if isinstance(self.company_name, Unset):
            company_name = UNSET
        else:
            company_name = self.company_name

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, OrderStatus):
            status = self.status.value
        else:
            status = self.status

        order_ccp_status: None | str | Unset
        if isinstance(self.order_ccp_status, Unset):
            order_ccp_status = UNSET
        elif isinstance(self.order_ccp_status, OrderStatus):
            order_ccp_status = self.order_ccp_status.value
        else:
            order_ccp_status = self.order_ccp_status

        orig_order_type: None | str | Unset
        if isinstance(self.orig_order_type, Unset):
            orig_order_type = UNSET
        else:
            orig_order_type = self.orig_order_type

        supports_tax_opt: None | str | Unset
        if isinstance(self.supports_tax_opt, Unset):
            supports_tax_opt = UNSET
        else:
            supports_tax_opt = self.supports_tax_opt

        last_execution_time: None | str | Unset
        if isinstance(self.last_execution_time, Unset):
            last_execution_time = UNSET
        else:
            last_execution_time = self.last_execution_time

        last_execution_time_r: int | None | Unset
        if isinstance(self.last_execution_time_r, Unset):
            last_execution_time_r = UNSET
        else:
            last_execution_time_r = self.last_execution_time_r

        order_type: None | str | Unset
        if isinstance(self.order_type, Unset):
            order_type = UNSET
        else:
            order_type = self.order_type

        bg_color: None | str | Unset
        if isinstance(self.bg_color, Unset):
            bg_color = UNSET
        else:
            bg_color = self.bg_color

        fg_color: None | str | Unset
        if isinstance(self.fg_color, Unset):
            fg_color = UNSET
        else:
            fg_color = self.fg_color

        order_ref: None | str | Unset
        if isinstance(self.order_ref, Unset):
            order_ref = UNSET
        else:
            order_ref = self.order_ref

        time_in_force: None | str | Unset
        if isinstance(self.time_in_force, Unset):
            time_in_force = UNSET
        else:
            time_in_force = self.time_in_force

        side: None | str | Unset
        if isinstance(self.side, Unset):
            side = UNSET
        else:
            side = self.side

        avg_price: None | str | Unset
        if isinstance(self.avg_price, Unset):
            avg_price = UNSET
        else:
            avg_price = self.avg_price

        price: None | str | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        outside_rth: bool | None | Unset
        if isinstance(self.outside_rth, Unset):
            outside_rth = UNSET
        else:
            outside_rth = self.outside_rth

        is_event_trading: None | str | Unset
        if isinstance(self.is_event_trading, Unset):
            is_event_trading = UNSET
        else:
            is_event_trading = self.is_event_trading

        description2: None | str | Unset
        if isinstance(self.description2, Unset):
            description2 = UNSET
        else:
            description2 = self.description2

        exchange: None | str | Unset
        if isinstance(self.exchange, Unset):
            exchange = UNSET
        else:
            exchange = self.exchange

        order_cancellation_by_system_reason: None | str | Unset
        if isinstance(self.order_cancellation_by_system_reason, Unset):
            order_cancellation_by_system_reason = UNSET
        else:
            order_cancellation_by_system_reason = (
                self.order_cancellation_by_system_reason
            )

        tax_optimizer_id: None | str | Unset
        if isinstance(self.tax_optimizer_id, Unset):
            tax_optimizer_id = UNSET
        else:
            tax_optimizer_id = self.tax_optimizer_id

        total_cash_size: None | str | Unset
        if isinstance(self.total_cash_size, Unset):
            total_cash_size = UNSET
        else:
            total_cash_size = self.total_cash_size

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
        if description2 is not UNSET:
            field_dict["description2"] = description2
        if exchange is not UNSET:
            field_dict["exchange"] = exchange
        if order_cancellation_by_system_reason is not UNSET:
            field_dict["order_cancellation_by_system_reason"] = (
                order_cancellation_by_system_reason
            )
        if tax_optimizer_id is not UNSET:
            field_dict["taxOptimizerId"] = tax_optimizer_id
        if total_cash_size is not UNSET:
            field_dict["totalCashSize"] = total_cash_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_acct(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        acct = _parse_acct(_source.pop("acct", UNSET))

        def _parse_account(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account = _parse_account(_source.pop("account", UNSET))

        def _parse_conidex(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        conidex = _parse_conidex(_source.pop("conidex", UNSET))

        def _parse_conid(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        conid = _parse_conid(_source.pop("conid", UNSET))

        def _parse_order_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        order_id = _parse_order_id(_source.pop("orderId", UNSET))

        def _parse_cash_ccy(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cash_ccy = _parse_cash_ccy(_source.pop("cashCcy", UNSET))

        def _parse_size_and_fills(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        size_and_fills = _parse_size_and_fills(_source.pop("sizeAndFills", UNSET))

        def _parse_order_desc(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        order_desc = _parse_order_desc(_source.pop("orderDesc", UNSET))

        def _parse_description1(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description1 = _parse_description1(_source.pop("description1", UNSET))

        def _parse_ticker(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ticker = _parse_ticker(_source.pop("ticker", UNSET))

        def _parse_sec_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sec_type = _parse_sec_type(_source.pop("secType", UNSET))

        def _parse_listing_exchange(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        listing_exchange = _parse_listing_exchange(
            _source.pop("listingExchange", UNSET)
        )

        def _parse_remaining_quantity(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        remaining_quantity = _parse_remaining_quantity(
            _source.pop("remainingQuantity", UNSET)
        )

        def _parse_filled_quantity(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        filled_quantity = _parse_filled_quantity(_source.pop("filledQuantity", UNSET))

        def _parse_total_size(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        total_size = _parse_total_size(_source.pop("totalSize", UNSET))

        def _parse_company_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company_name = _parse_company_name(_source.pop("companyName", UNSET))

        def _parse_status(data: object) -> None | OrderStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = OrderStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OrderStatus | Unset, data)

        status = _parse_status(_source.pop("status", UNSET))

        def _parse_order_ccp_status(data: object) -> None | OrderStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                order_ccp_status_type_0 = OrderStatus(data)

                return order_ccp_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OrderStatus | Unset, data)

        order_ccp_status = _parse_order_ccp_status(
            _source.pop("order_ccp_status", UNSET)
        )

        def _parse_orig_order_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        orig_order_type = _parse_orig_order_type(_source.pop("origOrderType", UNSET))

        def _parse_supports_tax_opt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        supports_tax_opt = _parse_supports_tax_opt(_source.pop("supportsTaxOpt", UNSET))

        def _parse_last_execution_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_execution_time = _parse_last_execution_time(
            _source.pop("lastExecutionTime", UNSET)
        )

        def _parse_last_execution_time_r(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        last_execution_time_r = _parse_last_execution_time_r(
            _source.pop("lastExecutionTime_r", UNSET)
        )

        def _parse_order_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        order_type = _parse_order_type(_source.pop("orderType", UNSET))

        def _parse_bg_color(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bg_color = _parse_bg_color(_source.pop("bgColor", UNSET))

        def _parse_fg_color(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fg_color = _parse_fg_color(_source.pop("fgColor", UNSET))

        def _parse_order_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        order_ref = _parse_order_ref(_source.pop("order_ref", UNSET))

        def _parse_time_in_force(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        time_in_force = _parse_time_in_force(_source.pop("timeInForce", UNSET))

        def _parse_side(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        side = _parse_side(_source.pop("side", UNSET))

        def _parse_avg_price(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        avg_price = _parse_avg_price(_source.pop("avgPrice", UNSET))

        def _parse_price(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        price = _parse_price(_source.pop("price", UNSET))

        def _parse_outside_rth(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        outside_rth = _parse_outside_rth(_source.pop("outsideRTH", UNSET))

        def _parse_is_event_trading(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        is_event_trading = _parse_is_event_trading(_source.pop("isEventTrading", UNSET))

        def _parse_description2(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description2 = _parse_description2(_source.pop("description2", UNSET))

        def _parse_exchange(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        exchange = _parse_exchange(_source.pop("exchange", UNSET))

        def _parse_order_cancellation_by_system_reason(
            data: object,
        ) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        order_cancellation_by_system_reason = (
            _parse_order_cancellation_by_system_reason(
                _source.pop("order_cancellation_by_system_reason", UNSET)
            )
        )

        def _parse_tax_optimizer_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tax_optimizer_id = _parse_tax_optimizer_id(_source.pop("taxOptimizerId", UNSET))

        def _parse_total_cash_size(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        total_cash_size = _parse_total_cash_size(_source.pop("totalCashSize", UNSET))

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
            description2=description2,
            exchange=exchange,
            order_cancellation_by_system_reason=order_cancellation_by_system_reason,
            tax_optimizer_id=tax_optimizer_id,
            total_cash_size=total_cash_size,
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

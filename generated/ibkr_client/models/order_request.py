from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.order_side import OrderSide
from ..models.order_time_in_force import OrderTimeInForce
from ..models.order_type import OrderType
from ..models.trailing_type import TrailingType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_request_strategy_parameters import (
        OrderRequestStrategyParameters,
    )


T = TypeVar("T", bound="OrderRequest")


@_attrs_define
class OrderRequest:
    """One order. Give conid (SMART routing) or conidex (direct routing, or a combo), and
    quantity, cashQty (crypto and forex only) or fxQty (currency conversion only).

        Attributes:
            order_type (OrderType): Order type.
            side (OrderSide): Side of the order.
            tif (OrderTimeInForce): How long the order stays active. PAX is for crypto only.
            acct_id (str | Unset): Account to place the order in, one of /iserver/accounts; the first one when omitted.
            conid (int | Unset): Contract id (from /iserver/secdef/search). Forces SMART routing, even with conidex.
            conidex (str | Unset): Contract id and exchange, "conid@exchange", for direct routing (do not send conid
                as well). Combo orders use "{spread_conid};;;{leg_conid}/{ratio},{leg_conid}/{ratio}",
                with "spread_conid@exchange" outside the US; a positive ratio buys the leg, a
                negative one sells it.
            manual_indicator (bool | Unset): True when a person entered the order through an interface, false when an
                automated
                tool did. Required for futures and futures options (CME Rule 536-B).
            ext_operator (str | Unset): Who is in charge of the API operation when the order is sent. Required for futures
                and futures options (CME Rule 536-B).
            sec_type (str | Unset): Contract id and security type, "conid:type", e.g. "265598:STK".
            c_oid (str | Unset): Customer order id, unique within 24 hours; reported back as order_ref. Set it on
                the parent of a bracket, not on its children.
            parent_id (None | str | Unset): For the children of a bracket or OCA group only; the parent's cOID.
            listing_exchange (str | Unset): Exchange to route to; SMART by default (see /iserver/contract/{conid}/info).
            is_single_group (bool | Unset): True for every order of a one-cancels-all (OCA) group.
            outside_rth (bool | Unset): Whether the order may execute outside regular trading hours.
            price (float | Unset): Limit price (LMT, STOP_LIMIT); stop price for STP and TRAIL; price cap for MIDPRICE.
                Combo prices are the ratio-weighted sum of the legs and can be negative.
            aux_price (float | Unset): Stop price of STOP_LIMIT and TRAILLMT orders (which also need price).
            ticker (str | Unset): Underlying symbol of the contract.
            trailing_amt (float | Unset): Trailing amount, or percentage when trailingType is "%"; TRAIL and TRAILLMT only.
            trailing_type (TrailingType | Unset): Whether trailingAmt is an amount ("amt") or a percentage ("%").
            customer_account (str | Unset): Account holder within a non-disclosed omnibus structure (required there, not
                used
                elsewhere); best hashed, e.g. 5 digits of the SHA-1 of the account number.
            is_pro_customer (bool | Unset): Whether the omnibus sub-account is professional (non-disclosed omnibus accounts
                only).
            referrer (str | Unset): Custom order reference.
            quantity (float | Unset): Number of shares or contracts; whole shares only. Not with cashQty or fxQty.
            cash_qty (float | Unset): Monetary value to trade instead of a quantity (crypto and forex only, non-guaranteed).
            fx_qty (float | Unset): Amount to convert, for currency conversion orders (isCcyConv) instead of quantity.
            use_adaptive (bool | Unset): Submit the order through the Price Management Algo.
            is_ccy_conv (bool | Unset): True for a currency conversion (FX) order.
            allocation_method (str | Unset): Allocation method for an advisor's group order, e.g. Equal or NetLiq.
            manual_order_time (int | Unset): Brokers and advisors only; time of the initial manual order entry, epoch
                milliseconds.
            deactivated (bool | Unset): Save the order without transmitting it, as Trader Workstation does.
            strategy (str | Unset): IB Algo to use (see /iserver/contract/{conid}/algos), e.g. Vwap.
            strategy_parameters (OrderRequestStrategyParameters | Unset): Parameters of the IB Algo, keyed by parameter name
                (an open map: the names depend
                on the algo).
    """

    order_type: OrderType
    side: OrderSide
    tif: OrderTimeInForce
    acct_id: str | Unset = UNSET
    conid: int | Unset = UNSET
    conidex: str | Unset = UNSET
    manual_indicator: bool | Unset = UNSET
    ext_operator: str | Unset = UNSET
    sec_type: str | Unset = UNSET
    c_oid: str | Unset = UNSET
    parent_id: None | str | Unset = UNSET
    listing_exchange: str | Unset = UNSET
    is_single_group: bool | Unset = UNSET
    outside_rth: bool | Unset = UNSET
    price: float | Unset = UNSET
    aux_price: float | Unset = UNSET
    ticker: str | Unset = UNSET
    trailing_amt: float | Unset = UNSET
    trailing_type: TrailingType | Unset = UNSET
    customer_account: str | Unset = UNSET
    is_pro_customer: bool | Unset = UNSET
    referrer: str | Unset = UNSET
    quantity: float | Unset = UNSET
    cash_qty: float | Unset = UNSET
    fx_qty: float | Unset = UNSET
    use_adaptive: bool | Unset = UNSET
    is_ccy_conv: bool | Unset = UNSET
    allocation_method: str | Unset = UNSET
    manual_order_time: int | Unset = UNSET
    deactivated: bool | Unset = UNSET
    strategy: str | Unset = UNSET
    strategy_parameters: OrderRequestStrategyParameters | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        order_type = self.order_type.value

        side = self.side.value

        tif = self.tif.value

        acct_id = self.acct_id

        conid = self.conid

        conidex = self.conidex

        manual_indicator = self.manual_indicator

        ext_operator = self.ext_operator

        sec_type = self.sec_type

        c_oid = self.c_oid

        parent_id: None | str | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        listing_exchange = self.listing_exchange

        is_single_group = self.is_single_group

        outside_rth = self.outside_rth

        price = self.price

        aux_price = self.aux_price

        ticker = self.ticker

        trailing_amt = self.trailing_amt

        trailing_type: str | Unset = UNSET
        if not isinstance(self.trailing_type, Unset):
            trailing_type = self.trailing_type.value

        customer_account = self.customer_account

        is_pro_customer = self.is_pro_customer

        referrer = self.referrer

        quantity = self.quantity

        cash_qty = self.cash_qty

        fx_qty = self.fx_qty

        use_adaptive = self.use_adaptive

        is_ccy_conv = self.is_ccy_conv

        allocation_method = self.allocation_method

        manual_order_time = self.manual_order_time

        deactivated = self.deactivated

        strategy = self.strategy

        strategy_parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.strategy_parameters, Unset):
            strategy_parameters = self.strategy_parameters.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "orderType": order_type,
                "side": side,
                "tif": tif,
            }
        )
        if acct_id is not UNSET:
            field_dict["acctId"] = acct_id
        if conid is not UNSET:
            field_dict["conid"] = conid
        if conidex is not UNSET:
            field_dict["conidex"] = conidex
        if manual_indicator is not UNSET:
            field_dict["manualIndicator"] = manual_indicator
        if ext_operator is not UNSET:
            field_dict["extOperator"] = ext_operator
        if sec_type is not UNSET:
            field_dict["secType"] = sec_type
        if c_oid is not UNSET:
            field_dict["cOID"] = c_oid
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
        if listing_exchange is not UNSET:
            field_dict["listingExchange"] = listing_exchange
        if is_single_group is not UNSET:
            field_dict["isSingleGroup"] = is_single_group
        if outside_rth is not UNSET:
            field_dict["outsideRTH"] = outside_rth
        if price is not UNSET:
            field_dict["price"] = price
        if aux_price is not UNSET:
            field_dict["auxPrice"] = aux_price
        if ticker is not UNSET:
            field_dict["ticker"] = ticker
        if trailing_amt is not UNSET:
            field_dict["trailingAmt"] = trailing_amt
        if trailing_type is not UNSET:
            field_dict["trailingType"] = trailing_type
        if customer_account is not UNSET:
            field_dict["customerAccount"] = customer_account
        if is_pro_customer is not UNSET:
            field_dict["isProCustomer"] = is_pro_customer
        if referrer is not UNSET:
            field_dict["referrer"] = referrer
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if cash_qty is not UNSET:
            field_dict["cashQty"] = cash_qty
        if fx_qty is not UNSET:
            field_dict["fxQty"] = fx_qty
        if use_adaptive is not UNSET:
            field_dict["useAdaptive"] = use_adaptive
        if is_ccy_conv is not UNSET:
            field_dict["isCcyConv"] = is_ccy_conv
        if allocation_method is not UNSET:
            field_dict["allocationMethod"] = allocation_method
        if manual_order_time is not UNSET:
            field_dict["manualOrderTime"] = manual_order_time
        if deactivated is not UNSET:
            field_dict["deactivated"] = deactivated
        if strategy is not UNSET:
            field_dict["strategy"] = strategy
        if strategy_parameters is not UNSET:
            field_dict["strategyParameters"] = strategy_parameters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.order_request_strategy_parameters import (
            OrderRequestStrategyParameters,  # noqa: PLC0415
        )

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        order_type = OrderType(_source.pop("orderType"))

        side = OrderSide(_source.pop("side"))

        tif = OrderTimeInForce(_source.pop("tif"))

        acct_id = _source.pop("acctId", UNSET)

        conid = _source.pop("conid", UNSET)

        conidex = _source.pop("conidex", UNSET)

        manual_indicator = _source.pop("manualIndicator", UNSET)

        ext_operator = _source.pop("extOperator", UNSET)

        sec_type = _source.pop("secType", UNSET)

        c_oid = _source.pop("cOID", UNSET)

        def _parse_parent_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent_id = _parse_parent_id(_source.pop("parentId", UNSET))

        listing_exchange = _source.pop("listingExchange", UNSET)

        is_single_group = _source.pop("isSingleGroup", UNSET)

        outside_rth = _source.pop("outsideRTH", UNSET)

        price = _source.pop("price", UNSET)

        aux_price = _source.pop("auxPrice", UNSET)

        ticker = _source.pop("ticker", UNSET)

        trailing_amt = _source.pop("trailingAmt", UNSET)

        _trailing_type = _source.pop("trailingType", UNSET)
        trailing_type: TrailingType | Unset
        if isinstance(_trailing_type, Unset):
            trailing_type = UNSET
        else:
            trailing_type = TrailingType(_trailing_type)

        customer_account = _source.pop("customerAccount", UNSET)

        is_pro_customer = _source.pop("isProCustomer", UNSET)

        referrer = _source.pop("referrer", UNSET)

        quantity = _source.pop("quantity", UNSET)

        cash_qty = _source.pop("cashQty", UNSET)

        fx_qty = _source.pop("fxQty", UNSET)

        use_adaptive = _source.pop("useAdaptive", UNSET)

        is_ccy_conv = _source.pop("isCcyConv", UNSET)

        allocation_method = _source.pop("allocationMethod", UNSET)

        manual_order_time = _source.pop("manualOrderTime", UNSET)

        deactivated = _source.pop("deactivated", UNSET)

        strategy = _source.pop("strategy", UNSET)

        _strategy_parameters = _source.pop("strategyParameters", UNSET)
        strategy_parameters: OrderRequestStrategyParameters | Unset
        if isinstance(_strategy_parameters, Unset):
            strategy_parameters = UNSET
        else:
            strategy_parameters = OrderRequestStrategyParameters.from_dict(
                _strategy_parameters
            )

        _model = cls(
            order_type=order_type,
            side=side,
            tif=tif,
            acct_id=acct_id,
            conid=conid,
            conidex=conidex,
            manual_indicator=manual_indicator,
            ext_operator=ext_operator,
            sec_type=sec_type,
            c_oid=c_oid,
            parent_id=parent_id,
            listing_exchange=listing_exchange,
            is_single_group=is_single_group,
            outside_rth=outside_rth,
            price=price,
            aux_price=aux_price,
            ticker=ticker,
            trailing_amt=trailing_amt,
            trailing_type=trailing_type,
            customer_account=customer_account,
            is_pro_customer=is_pro_customer,
            referrer=referrer,
            quantity=quantity,
            cash_qty=cash_qty,
            fx_qty=fx_qty,
            use_adaptive=use_adaptive,
            is_ccy_conv=is_ccy_conv,
            allocation_method=allocation_method,
            manual_order_time=manual_order_time,
            deactivated=deactivated,
            strategy=strategy,
            strategy_parameters=strategy_parameters,
        )

        return _model

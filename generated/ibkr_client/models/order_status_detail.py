from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_status import OrderStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderStatusDetail")


@_attrs_define
class OrderStatusDetail:
    """The status and details of one order.

    Attributes:
        sub_type (None | str | Unset): Internal use; null in every example.
        request_id (str | Unset): Id of the request that placed the order.
        server_id (str | Unset): Internal server id (in the documentation example, not in the field list).
        order_id (int | Unset): Order id.
        conidex (str | Unset): Contract id of the order, with "@exchange" when it is routed directly.
        conid (int | Unset): Contract id of the order.
        symbol (str | Unset): Ticker symbol.
        side (str | Unset): Side of the order, "B" (buy) or "S" (sell).
        contract_description_1 (str | Unset): Local symbol of the contract.
        listing_exchange (str | Unset): Primary listing exchange.
        option_acct (str | Unset): Internal use by Client Portal.
        company_name (str | Unset): Long name of the company.
        size (str | Unset): Quantity of the order still working, as a decimal string.
        total_size (str | Unset): Total quantity of the order, as a decimal string.
        currency (str | Unset): Currency of the order.
        account (str | Unset): Account the order was placed for.
        order_type (str | Unset): Order type, e.g. MARKET or LIMIT.
        cum_fill (str | Unset): Cumulative filled quantity, as a decimal string.
        order_status (OrderStatus | Unset): Status of an order (the Order Status Value table).
            Inactive: not transmitted yet (or refused).
            PendingSubmit: received by the system, not yet active.
            PreSubmitted: transmitted, not yet confirmed by the exchange or venue.
            Submitted: accepted by the system.
            Filled: completely filled.
            PendingCancel: cancellation sent, not yet confirmed by the exchange or venue.
            Cancelled: the balance of the order is confirmed cancelled.
            WarnState: the order carries a warning (e.g. basket orders).
        order_ccp_status (str | Unset): The status as a numeric code, e.g. "0" (working) or "2" (filled).
        order_status_description (str | Unset): The status in words, e.g. "Order Filled".
        tif (str | Unset): Time in force, e.g. DAY or GTC.
        fg_color (str | Unset): Foreground colour for Client Portal (internal use).
        bg_color (str | Unset): Background colour for Client Portal (internal use).
        order_not_editable (bool | Unset): True when the order can no longer be modified (e.g. it executed).
        editable_fields (None | str | Unset): Internal use by Client Portal.
        cannot_cancel_order (bool | Unset): True when the order can no longer be cancelled (e.g. it executed).
        deactivate_order (bool | Unset): True when the order is marked inactive.
        sec_type (str | Unset): Security type of the contract.
        available_chart_periods (str | Unset): Internal use by Client Portal.
        order_description (str | Unset): Side, size, order type, price and time in force, in words.
        order_description_with_contract (str | Unset): Side, size, symbol, order type, price and time in force, in
            words.
        alert_active (int | Unset): 1 when an alert is active on the order, else 0.
        child_order_type (str | Unset): Type of the child order, "A" attached, "B" beta hedge, "0" none.
        order_clearing_account (str | Unset): Account that clears the order.
        size_and_fills (str | Unset): Size of the order and how much of it is filled.
        exit_strategy_display_price (str | Unset): Price of the order as displayed for its execution.
        exit_strategy_chart_description (str | Unset): Side, size, order type, price and time in force, in words.
        average_price (str | Unset): Average execution price, as a decimal string.
        exit_strategy_tool_availability (str | Unset): Internal use.
        allowed_duplicate_opposite (bool | Unset): Whether an opposite order may be placed.
        order_time (str | Unset): Time the order was placed, UTC, formatted YYMMDDHHmmss.
        limit_price (str | Unset): Undocumented; limit price as a decimal string.
        outside_rth (bool | Unset): Undocumented; whether the order may execute outside regular trading hours.
        use_price_mgmt_algo (bool | Unset): Undocumented; whether the Price Management Algo handles the order.
    """

    sub_type: None | str | Unset = UNSET
    request_id: str | Unset = UNSET
    server_id: str | Unset = UNSET
    order_id: int | Unset = UNSET
    conidex: str | Unset = UNSET
    conid: int | Unset = UNSET
    symbol: str | Unset = UNSET
    side: str | Unset = UNSET
    contract_description_1: str | Unset = UNSET
    listing_exchange: str | Unset = UNSET
    option_acct: str | Unset = UNSET
    company_name: str | Unset = UNSET
    size: str | Unset = UNSET
    total_size: str | Unset = UNSET
    currency: str | Unset = UNSET
    account: str | Unset = UNSET
    order_type: str | Unset = UNSET
    cum_fill: str | Unset = UNSET
    order_status: OrderStatus | Unset = UNSET
    order_ccp_status: str | Unset = UNSET
    order_status_description: str | Unset = UNSET
    tif: str | Unset = UNSET
    fg_color: str | Unset = UNSET
    bg_color: str | Unset = UNSET
    order_not_editable: bool | Unset = UNSET
    editable_fields: None | str | Unset = UNSET
    cannot_cancel_order: bool | Unset = UNSET
    deactivate_order: bool | Unset = UNSET
    sec_type: str | Unset = UNSET
    available_chart_periods: str | Unset = UNSET
    order_description: str | Unset = UNSET
    order_description_with_contract: str | Unset = UNSET
    alert_active: int | Unset = UNSET
    child_order_type: str | Unset = UNSET
    order_clearing_account: str | Unset = UNSET
    size_and_fills: str | Unset = UNSET
    exit_strategy_display_price: str | Unset = UNSET
    exit_strategy_chart_description: str | Unset = UNSET
    average_price: str | Unset = UNSET
    exit_strategy_tool_availability: str | Unset = UNSET
    allowed_duplicate_opposite: bool | Unset = UNSET
    order_time: str | Unset = UNSET
    limit_price: str | Unset = UNSET
    outside_rth: bool | Unset = UNSET
    use_price_mgmt_algo: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sub_type: None | str | Unset
        if isinstance(self.sub_type, Unset):
            sub_type = UNSET
        else:
            sub_type = self.sub_type

        request_id = self.request_id

        server_id = self.server_id

        order_id = self.order_id

        conidex = self.conidex

        conid = self.conid

        symbol = self.symbol

        side = self.side

        contract_description_1 = self.contract_description_1

        listing_exchange = self.listing_exchange

        option_acct = self.option_acct

        company_name = self.company_name

        size = self.size

        total_size = self.total_size

        currency = self.currency

        account = self.account

        order_type = self.order_type

        cum_fill = self.cum_fill

        order_status: str | Unset = UNSET
        if not isinstance(self.order_status, Unset):
            order_status = self.order_status.value

        order_ccp_status = self.order_ccp_status

        order_status_description = self.order_status_description

        tif = self.tif

        fg_color = self.fg_color

        bg_color = self.bg_color

        order_not_editable = self.order_not_editable

        editable_fields: None | str | Unset
        if isinstance(self.editable_fields, Unset):
            editable_fields = UNSET
        else:
            editable_fields = self.editable_fields

        cannot_cancel_order = self.cannot_cancel_order

        deactivate_order = self.deactivate_order

        sec_type = self.sec_type

        available_chart_periods = self.available_chart_periods

        order_description = self.order_description

        order_description_with_contract = self.order_description_with_contract

        alert_active = self.alert_active

        child_order_type = self.child_order_type

        order_clearing_account = self.order_clearing_account

        size_and_fills = self.size_and_fills

        exit_strategy_display_price = self.exit_strategy_display_price

        exit_strategy_chart_description = self.exit_strategy_chart_description

        average_price = self.average_price

        exit_strategy_tool_availability = self.exit_strategy_tool_availability

        allowed_duplicate_opposite = self.allowed_duplicate_opposite

        order_time = self.order_time

        limit_price = self.limit_price

        outside_rth = self.outside_rth

        use_price_mgmt_algo = self.use_price_mgmt_algo

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sub_type is not UNSET:
            field_dict["sub_type"] = sub_type
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if server_id is not UNSET:
            field_dict["server_id"] = server_id
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if conidex is not UNSET:
            field_dict["conidex"] = conidex
        if conid is not UNSET:
            field_dict["conid"] = conid
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if side is not UNSET:
            field_dict["side"] = side
        if contract_description_1 is not UNSET:
            field_dict["contract_description_1"] = contract_description_1
        if listing_exchange is not UNSET:
            field_dict["listing_exchange"] = listing_exchange
        if option_acct is not UNSET:
            field_dict["option_acct"] = option_acct
        if company_name is not UNSET:
            field_dict["company_name"] = company_name
        if size is not UNSET:
            field_dict["size"] = size
        if total_size is not UNSET:
            field_dict["total_size"] = total_size
        if currency is not UNSET:
            field_dict["currency"] = currency
        if account is not UNSET:
            field_dict["account"] = account
        if order_type is not UNSET:
            field_dict["order_type"] = order_type
        if cum_fill is not UNSET:
            field_dict["cum_fill"] = cum_fill
        if order_status is not UNSET:
            field_dict["order_status"] = order_status
        if order_ccp_status is not UNSET:
            field_dict["order_ccp_status"] = order_ccp_status
        if order_status_description is not UNSET:
            field_dict["order_status_description"] = order_status_description
        if tif is not UNSET:
            field_dict["tif"] = tif
        if fg_color is not UNSET:
            field_dict["fg_color"] = fg_color
        if bg_color is not UNSET:
            field_dict["bg_color"] = bg_color
        if order_not_editable is not UNSET:
            field_dict["order_not_editable"] = order_not_editable
        if editable_fields is not UNSET:
            field_dict["editable_fields"] = editable_fields
        if cannot_cancel_order is not UNSET:
            field_dict["cannot_cancel_order"] = cannot_cancel_order
        if deactivate_order is not UNSET:
            field_dict["deactivate_order"] = deactivate_order
        if sec_type is not UNSET:
            field_dict["sec_type"] = sec_type
        if available_chart_periods is not UNSET:
            field_dict["available_chart_periods"] = available_chart_periods
        if order_description is not UNSET:
            field_dict["order_description"] = order_description
        if order_description_with_contract is not UNSET:
            field_dict["order_description_with_contract"] = (
                order_description_with_contract
            )
        if alert_active is not UNSET:
            field_dict["alert_active"] = alert_active
        if child_order_type is not UNSET:
            field_dict["child_order_type"] = child_order_type
        if order_clearing_account is not UNSET:
            field_dict["order_clearing_account"] = order_clearing_account
        if size_and_fills is not UNSET:
            field_dict["size_and_fills"] = size_and_fills
        if exit_strategy_display_price is not UNSET:
            field_dict["exit_strategy_display_price"] = exit_strategy_display_price
        if exit_strategy_chart_description is not UNSET:
            field_dict["exit_strategy_chart_description"] = (
                exit_strategy_chart_description
            )
        if average_price is not UNSET:
            field_dict["average_price"] = average_price
        if exit_strategy_tool_availability is not UNSET:
            field_dict["exit_strategy_tool_availability"] = (
                exit_strategy_tool_availability
            )
        if allowed_duplicate_opposite is not UNSET:
            field_dict["allowed_duplicate_opposite"] = allowed_duplicate_opposite
        if order_time is not UNSET:
            field_dict["order_time"] = order_time
        if limit_price is not UNSET:
            field_dict["limit_price"] = limit_price
        if outside_rth is not UNSET:
            field_dict["outside_rth"] = outside_rth
        if use_price_mgmt_algo is not UNSET:
            field_dict["use_price_mgmt_algo"] = use_price_mgmt_algo

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_sub_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sub_type = _parse_sub_type(_source.pop("sub_type", UNSET))

        request_id = _source.pop("request_id", UNSET)

        server_id = _source.pop("server_id", UNSET)

        order_id = _source.pop("order_id", UNSET)

        conidex = _source.pop("conidex", UNSET)

        conid = _source.pop("conid", UNSET)

        symbol = _source.pop("symbol", UNSET)

        side = _source.pop("side", UNSET)

        contract_description_1 = _source.pop("contract_description_1", UNSET)

        listing_exchange = _source.pop("listing_exchange", UNSET)

        option_acct = _source.pop("option_acct", UNSET)

        company_name = _source.pop("company_name", UNSET)

        size = _source.pop("size", UNSET)

        total_size = _source.pop("total_size", UNSET)

        currency = _source.pop("currency", UNSET)

        account = _source.pop("account", UNSET)

        order_type = _source.pop("order_type", UNSET)

        cum_fill = _source.pop("cum_fill", UNSET)

        _order_status = _source.pop("order_status", UNSET)
        order_status: OrderStatus | Unset
        if isinstance(_order_status, Unset):
            order_status = UNSET
        else:
            order_status = OrderStatus(_order_status)

        order_ccp_status = _source.pop("order_ccp_status", UNSET)

        order_status_description = _source.pop("order_status_description", UNSET)

        tif = _source.pop("tif", UNSET)

        fg_color = _source.pop("fg_color", UNSET)

        bg_color = _source.pop("bg_color", UNSET)

        order_not_editable = _source.pop("order_not_editable", UNSET)

        def _parse_editable_fields(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        editable_fields = _parse_editable_fields(_source.pop("editable_fields", UNSET))

        cannot_cancel_order = _source.pop("cannot_cancel_order", UNSET)

        deactivate_order = _source.pop("deactivate_order", UNSET)

        sec_type = _source.pop("sec_type", UNSET)

        available_chart_periods = _source.pop("available_chart_periods", UNSET)

        order_description = _source.pop("order_description", UNSET)

        order_description_with_contract = _source.pop(
            "order_description_with_contract", UNSET
        )

        alert_active = _source.pop("alert_active", UNSET)

        child_order_type = _source.pop("child_order_type", UNSET)

        order_clearing_account = _source.pop("order_clearing_account", UNSET)

        size_and_fills = _source.pop("size_and_fills", UNSET)

        exit_strategy_display_price = _source.pop("exit_strategy_display_price", UNSET)

        exit_strategy_chart_description = _source.pop(
            "exit_strategy_chart_description", UNSET
        )

        average_price = _source.pop("average_price", UNSET)

        exit_strategy_tool_availability = _source.pop(
            "exit_strategy_tool_availability", UNSET
        )

        allowed_duplicate_opposite = _source.pop("allowed_duplicate_opposite", UNSET)

        order_time = _source.pop("order_time", UNSET)

        limit_price = _source.pop("limit_price", UNSET)

        outside_rth = _source.pop("outside_rth", UNSET)

        use_price_mgmt_algo = _source.pop("use_price_mgmt_algo", UNSET)

        _model = cls(
            sub_type=sub_type,
            request_id=request_id,
            server_id=server_id,
            order_id=order_id,
            conidex=conidex,
            conid=conid,
            symbol=symbol,
            side=side,
            contract_description_1=contract_description_1,
            listing_exchange=listing_exchange,
            option_acct=option_acct,
            company_name=company_name,
            size=size,
            total_size=total_size,
            currency=currency,
            account=account,
            order_type=order_type,
            cum_fill=cum_fill,
            order_status=order_status,
            order_ccp_status=order_ccp_status,
            order_status_description=order_status_description,
            tif=tif,
            fg_color=fg_color,
            bg_color=bg_color,
            order_not_editable=order_not_editable,
            editable_fields=editable_fields,
            cannot_cancel_order=cannot_cancel_order,
            deactivate_order=deactivate_order,
            sec_type=sec_type,
            available_chart_periods=available_chart_periods,
            order_description=order_description,
            order_description_with_contract=order_description_with_contract,
            alert_active=alert_active,
            child_order_type=child_order_type,
            order_clearing_account=order_clearing_account,
            size_and_fills=size_and_fills,
            exit_strategy_display_price=exit_strategy_display_price,
            exit_strategy_chart_description=exit_strategy_chart_description,
            average_price=average_price,
            exit_strategy_tool_availability=exit_strategy_tool_availability,
            allowed_duplicate_opposite=allowed_duplicate_opposite,
            order_time=order_time,
            limit_price=limit_price,
            outside_rth=outside_rth,
            use_price_mgmt_algo=use_price_mgmt_algo,
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

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
        request_id (None | str | Unset): Id of the request that placed the order.
        server_id (None | str | Unset): Internal server id (in the documentation example, not in the field list).
        order_id (int | None | Unset): Order id.
        conidex (None | str | Unset): Contract id of the order, with "@exchange" when it is routed directly.
        conid (int | None | Unset): Contract id of the order.
        symbol (None | str | Unset): Ticker symbol.
        side (None | str | Unset): Side of the order, "B" (buy) or "S" (sell).
        contract_description_1 (None | str | Unset): Local symbol of the contract.
        listing_exchange (None | str | Unset): Primary listing exchange.
        option_acct (None | str | Unset): Internal use by Client Portal.
        company_name (None | str | Unset): Long name of the company.
        size (None | str | Unset): Quantity of the order still working, as a decimal string.
        total_size (None | str | Unset): Total quantity of the order, as a decimal string.
        currency (None | str | Unset): Currency of the order.
        account (None | str | Unset): Account the order was placed for.
        order_type (None | str | Unset): Order type, e.g. MARKET or LIMIT.
        cum_fill (None | str | Unset): Cumulative filled quantity, as a decimal string.
        order_status (None | OrderStatus | Unset):
        order_ccp_status (None | str | Unset): The status as a numeric code, e.g. "0" (working) or "2" (filled).
        order_status_description (None | str | Unset): The status in words, e.g. "Order Filled".
        tif (None | str | Unset): Time in force, e.g. DAY or GTC.
        fg_color (None | str | Unset): Foreground colour for Client Portal (internal use).
        bg_color (None | str | Unset): Background colour for Client Portal (internal use).
        order_not_editable (bool | None | Unset): True when the order can no longer be modified (e.g. it executed).
        editable_fields (None | str | Unset): Internal use by Client Portal.
        cannot_cancel_order (bool | None | Unset): True when the order can no longer be cancelled (e.g. it executed).
        deactivate_order (bool | None | Unset): True when the order is marked inactive.
        sec_type (None | str | Unset): Security type of the contract.
        available_chart_periods (None | str | Unset): Internal use by Client Portal.
        order_description (None | str | Unset): Side, size, order type, price and time in force, in words.
        order_description_with_contract (None | str | Unset): Side, size, symbol, order type, price and time in force,
            in words.
        alert_active (int | None | Unset): 1 when an alert is active on the order, else 0.
        child_order_type (None | str | Unset): Type of the child order, "A" attached, "B" beta hedge, "0" none.
        order_clearing_account (None | str | Unset): Account that clears the order.
        size_and_fills (None | str | Unset): Size of the order and how much of it is filled.
        exit_strategy_display_price (None | str | Unset): Price of the order as displayed for its execution.
        exit_strategy_chart_description (None | str | Unset): Side, size, order type, price and time in force, in words.
        average_price (None | str | Unset): Average execution price, as a decimal string.
        exit_strategy_tool_availability (None | str | Unset): Internal use.
        allowed_duplicate_opposite (bool | None | Unset): Whether an opposite order may be placed.
        order_time (None | str | Unset): Time the order was placed, UTC, formatted YYMMDDHHmmss.
        limit_price (None | str | Unset): Undocumented; limit price as a decimal string.
        outside_rth (bool | None | Unset): Undocumented; whether the order may execute outside regular trading hours.
        use_price_mgmt_algo (bool | None | Unset): Undocumented; whether the Price Management Algo handles the order.
        bgColor (None | str | Unset): Background colour for displaying the order, e.g. "#FFFFFF".
        fgColor (None | str | Unset): Text colour for displaying the order, e.g. "#000000".
    """

    sub_type: None | str | Unset = UNSET
    request_id: None | str | Unset = UNSET
    server_id: None | str | Unset = UNSET
    order_id: int | None | Unset = UNSET
    conidex: None | str | Unset = UNSET
    conid: int | None | Unset = UNSET
    symbol: None | str | Unset = UNSET
    side: None | str | Unset = UNSET
    contract_description_1: None | str | Unset = UNSET
    listing_exchange: None | str | Unset = UNSET
    option_acct: None | str | Unset = UNSET
    company_name: None | str | Unset = UNSET
    size: None | str | Unset = UNSET
    total_size: None | str | Unset = UNSET
    currency: None | str | Unset = UNSET
    account: None | str | Unset = UNSET
    order_type: None | str | Unset = UNSET
    cum_fill: None | str | Unset = UNSET
    order_status: None | OrderStatus | Unset = UNSET
    order_ccp_status: None | str | Unset = UNSET
    order_status_description: None | str | Unset = UNSET
    tif: None | str | Unset = UNSET
    fg_color: None | str | Unset = UNSET
    bg_color: None | str | Unset = UNSET
    order_not_editable: bool | None | Unset = UNSET
    editable_fields: None | str | Unset = UNSET
    cannot_cancel_order: bool | None | Unset = UNSET
    deactivate_order: bool | None | Unset = UNSET
    sec_type: None | str | Unset = UNSET
    available_chart_periods: None | str | Unset = UNSET
    order_description: None | str | Unset = UNSET
    order_description_with_contract: None | str | Unset = UNSET
    alert_active: int | None | Unset = UNSET
    child_order_type: None | str | Unset = UNSET
    order_clearing_account: None | str | Unset = UNSET
    size_and_fills: None | str | Unset = UNSET
    exit_strategy_display_price: None | str | Unset = UNSET
    exit_strategy_chart_description: None | str | Unset = UNSET
    average_price: None | str | Unset = UNSET
    exit_strategy_tool_availability: None | str | Unset = UNSET
    allowed_duplicate_opposite: bool | None | Unset = UNSET
    order_time: None | str | Unset = UNSET
    limit_price: None | str | Unset = UNSET
    outside_rth: bool | None | Unset = UNSET
    use_price_mgmt_algo: bool | None | Unset = UNSET
    bgColor: None | str | Unset = UNSET
    fgColor: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sub_type: None | str | Unset
        if isinstance(self.sub_type, Unset):
            sub_type = UNSET
        else:
            sub_type = self.sub_type

        request_id: None | str | Unset
        if isinstance(self.request_id, Unset):
            request_id = UNSET
        else:
            request_id = self.request_id

        server_id: None | str | Unset
        if isinstance(self.server_id, Unset):
            server_id = UNSET
        else:
            server_id = self.server_id

        order_id: int | None | Unset
        if isinstance(self.order_id, Unset):
            order_id = UNSET
        else:
            order_id = self.order_id

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

        symbol: None | str | Unset
        if isinstance(self.symbol, Unset):
            symbol = UNSET
        else:
            symbol = self.symbol

        side: None | str | Unset
        if isinstance(self.side, Unset):
            side = UNSET
        else:
            side = self.side

        contract_description_1: None | str | Unset
        if isinstance(self.contract_description_1, Unset):
            contract_description_1 = UNSET
        else:
            contract_description_1 = self.contract_description_1

        listing_exchange: None | str | Unset
        if isinstance(self.listing_exchange, Unset):
            listing_exchange = UNSET
        else:
            listing_exchange = self.listing_exchange

        option_acct: None | str | Unset
        if isinstance(self.option_acct, Unset):
            option_acct = UNSET
        else:
            option_acct = self.option_acct

        company_name: None | str | Unset
        if isinstance(self.company_name, Unset):
            company_name = UNSET
        else:
            company_name = self.company_name

        size: None | str | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        else:
            size = self.size

        total_size: None | str | Unset
        if isinstance(self.total_size, Unset):
            total_size = UNSET
        else:
            total_size = self.total_size

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        account: None | str | Unset
        if isinstance(self.account, Unset):
            account = UNSET
        else:
            account = self.account

        order_type: None | str | Unset
        if isinstance(self.order_type, Unset):
            order_type = UNSET
        else:
            order_type = self.order_type

        cum_fill: None | str | Unset
        if isinstance(self.cum_fill, Unset):
            cum_fill = UNSET
        else:
            cum_fill = self.cum_fill

        order_status: None | str | Unset
        if isinstance(self.order_status, Unset):
            order_status = UNSET
        elif isinstance(self.order_status, OrderStatus):
            order_status = self.order_status.value
        else:
            order_status = self.order_status

        order_ccp_status: None | str | Unset
        if isinstance(self.order_ccp_status, Unset):
            order_ccp_status = UNSET
        else:
            order_ccp_status = self.order_ccp_status

        order_status_description: None | str | Unset
        if isinstance(self.order_status_description, Unset):
            order_status_description = UNSET
        else:
            order_status_description = self.order_status_description

        tif: None | str | Unset
        if isinstance(self.tif, Unset):
            tif = UNSET
        else:
            tif = self.tif

        fg_color: None | str | Unset
        if isinstance(self.fg_color, Unset):
            fg_color = UNSET
        else:
            fg_color = self.fg_color

        bg_color: None | str | Unset
        if isinstance(self.bg_color, Unset):
            bg_color = UNSET
        else:
            bg_color = self.bg_color

        order_not_editable: bool | None | Unset
        if isinstance(self.order_not_editable, Unset):
            order_not_editable = UNSET
        else:
            order_not_editable = self.order_not_editable

        editable_fields: None | str | Unset
        if isinstance(self.editable_fields, Unset):
            editable_fields = UNSET
        else:
            editable_fields = self.editable_fields

        cannot_cancel_order: bool | None | Unset
        if isinstance(self.cannot_cancel_order, Unset):
            cannot_cancel_order = UNSET
        else:
            cannot_cancel_order = self.cannot_cancel_order

        deactivate_order: bool | None | Unset
        if isinstance(self.deactivate_order, Unset):
            deactivate_order = UNSET
        else:
            deactivate_order = self.deactivate_order

        sec_type: None | str | Unset
        if isinstance(self.sec_type, Unset):
            sec_type = UNSET
        else:
            sec_type = self.sec_type

        available_chart_periods: None | str | Unset
        if isinstance(self.available_chart_periods, Unset):
            available_chart_periods = UNSET
        else:
            available_chart_periods = self.available_chart_periods

        order_description: None | str | Unset
        if isinstance(self.order_description, Unset):
            order_description = UNSET
        else:
            order_description = self.order_description

        order_description_with_contract: None | str | Unset
        if isinstance(self.order_description_with_contract, Unset):
            order_description_with_contract = UNSET
        else:
            order_description_with_contract = self.order_description_with_contract

        alert_active: int | None | Unset
        if isinstance(self.alert_active, Unset):
            alert_active = UNSET
        else:
            alert_active = self.alert_active

        child_order_type: None | str | Unset
        if isinstance(self.child_order_type, Unset):
            child_order_type = UNSET
        else:
            child_order_type = self.child_order_type

        order_clearing_account: None | str | Unset
        if isinstance(self.order_clearing_account, Unset):
            order_clearing_account = UNSET
        else:
            order_clearing_account = self.order_clearing_account

        size_and_fills: None | str | Unset
        if isinstance(self.size_and_fills, Unset):
            size_and_fills = UNSET
        else:
            size_and_fills = self.size_and_fills

        exit_strategy_display_price: None | str | Unset
        if isinstance(self.exit_strategy_display_price, Unset):
            exit_strategy_display_price = UNSET
        else:
            exit_strategy_display_price = self.exit_strategy_display_price

        exit_strategy_chart_description: None | str | Unset
        if isinstance(self.exit_strategy_chart_description, Unset):
            exit_strategy_chart_description = UNSET
        else:
            exit_strategy_chart_description = self.exit_strategy_chart_description

        average_price: None | str | Unset
        if isinstance(self.average_price, Unset):
            average_price = UNSET
        else:
            average_price = self.average_price

        exit_strategy_tool_availability: None | str | Unset
        if isinstance(self.exit_strategy_tool_availability, Unset):
            exit_strategy_tool_availability = UNSET
        else:
            exit_strategy_tool_availability = self.exit_strategy_tool_availability

        allowed_duplicate_opposite: bool | None | Unset
        if isinstance(self.allowed_duplicate_opposite, Unset):
            allowed_duplicate_opposite = UNSET
        else:
            allowed_duplicate_opposite = self.allowed_duplicate_opposite

        order_time: None | str | Unset
        if isinstance(self.order_time, Unset):
            order_time = UNSET
        else:
            order_time = self.order_time

        limit_price: None | str | Unset
        if isinstance(self.limit_price, Unset):
            limit_price = UNSET
        else:
            limit_price = self.limit_price

        outside_rth: bool | None | Unset
        if isinstance(self.outside_rth, Unset):
            outside_rth = UNSET
        else:
            outside_rth = self.outside_rth

        use_price_mgmt_algo: bool | None | Unset
        if isinstance(self.use_price_mgmt_algo, Unset):
            use_price_mgmt_algo = UNSET
        else:
            use_price_mgmt_algo = self.use_price_mgmt_algo

        bgColor: None | str | Unset
        if isinstance(self.bgColor, Unset):
            bgColor = UNSET
        else:
            bgColor = self.bgColor

        fgColor: None | str | Unset
        if isinstance(self.fgColor, Unset):
            fgColor = UNSET
        else:
            fgColor = self.fgColor

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
        if bgColor is not UNSET:
            field_dict["bgColor"] = bgColor
        if fgColor is not UNSET:
            field_dict["fgColor"] = fgColor

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

        def _parse_request_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        request_id = _parse_request_id(_source.pop("request_id", UNSET))

        def _parse_server_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        server_id = _parse_server_id(_source.pop("server_id", UNSET))

        def _parse_order_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        order_id = _parse_order_id(_source.pop("order_id", UNSET))

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

        def _parse_symbol(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        symbol = _parse_symbol(_source.pop("symbol", UNSET))

        def _parse_side(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        side = _parse_side(_source.pop("side", UNSET))

        def _parse_contract_description_1(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contract_description_1 = _parse_contract_description_1(
            _source.pop("contract_description_1", UNSET)
        )

        def _parse_listing_exchange(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        listing_exchange = _parse_listing_exchange(
            _source.pop("listing_exchange", UNSET)
        )

        def _parse_option_acct(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        option_acct = _parse_option_acct(_source.pop("option_acct", UNSET))

        def _parse_company_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company_name = _parse_company_name(_source.pop("company_name", UNSET))

        def _parse_size(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        size = _parse_size(_source.pop("size", UNSET))

        def _parse_total_size(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        total_size = _parse_total_size(_source.pop("total_size", UNSET))

        def _parse_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency = _parse_currency(_source.pop("currency", UNSET))

        def _parse_account(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account = _parse_account(_source.pop("account", UNSET))

        def _parse_order_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        order_type = _parse_order_type(_source.pop("order_type", UNSET))

        def _parse_cum_fill(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cum_fill = _parse_cum_fill(_source.pop("cum_fill", UNSET))

        def _parse_order_status(data: object) -> None | OrderStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                order_status_type_0 = OrderStatus(data)

                return order_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OrderStatus | Unset, data)

        order_status = _parse_order_status(_source.pop("order_status", UNSET))

        def _parse_order_ccp_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        order_ccp_status = _parse_order_ccp_status(
            _source.pop("order_ccp_status", UNSET)
        )

        def _parse_order_status_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        order_status_description = _parse_order_status_description(
            _source.pop("order_status_description", UNSET)
        )

        def _parse_tif(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tif = _parse_tif(_source.pop("tif", UNSET))

        def _parse_fg_color(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fg_color = _parse_fg_color(_source.pop("fg_color", UNSET))

        def _parse_bg_color(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bg_color = _parse_bg_color(_source.pop("bg_color", UNSET))

        def _parse_order_not_editable(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        order_not_editable = _parse_order_not_editable(
            _source.pop("order_not_editable", UNSET)
        )

        def _parse_editable_fields(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        editable_fields = _parse_editable_fields(_source.pop("editable_fields", UNSET))

        def _parse_cannot_cancel_order(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        cannot_cancel_order = _parse_cannot_cancel_order(
            _source.pop("cannot_cancel_order", UNSET)
        )

        def _parse_deactivate_order(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        deactivate_order = _parse_deactivate_order(
            _source.pop("deactivate_order", UNSET)
        )

        def _parse_sec_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sec_type = _parse_sec_type(_source.pop("sec_type", UNSET))

        def _parse_available_chart_periods(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        available_chart_periods = _parse_available_chart_periods(
            _source.pop("available_chart_periods", UNSET)
        )

        def _parse_order_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        order_description = _parse_order_description(
            _source.pop("order_description", UNSET)
        )

        def _parse_order_description_with_contract(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        order_description_with_contract = _parse_order_description_with_contract(
            _source.pop("order_description_with_contract", UNSET)
        )

        def _parse_alert_active(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        alert_active = _parse_alert_active(_source.pop("alert_active", UNSET))

        def _parse_child_order_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        child_order_type = _parse_child_order_type(
            _source.pop("child_order_type", UNSET)
        )

        def _parse_order_clearing_account(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        order_clearing_account = _parse_order_clearing_account(
            _source.pop("order_clearing_account", UNSET)
        )

        def _parse_size_and_fills(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        size_and_fills = _parse_size_and_fills(_source.pop("size_and_fills", UNSET))

        def _parse_exit_strategy_display_price(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        exit_strategy_display_price = _parse_exit_strategy_display_price(
            _source.pop("exit_strategy_display_price", UNSET)
        )

        def _parse_exit_strategy_chart_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        exit_strategy_chart_description = _parse_exit_strategy_chart_description(
            _source.pop("exit_strategy_chart_description", UNSET)
        )

        def _parse_average_price(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        average_price = _parse_average_price(_source.pop("average_price", UNSET))

        def _parse_exit_strategy_tool_availability(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        exit_strategy_tool_availability = _parse_exit_strategy_tool_availability(
            _source.pop("exit_strategy_tool_availability", UNSET)
        )

        def _parse_allowed_duplicate_opposite(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        allowed_duplicate_opposite = _parse_allowed_duplicate_opposite(
            _source.pop("allowed_duplicate_opposite", UNSET)
        )

        def _parse_order_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        order_time = _parse_order_time(_source.pop("order_time", UNSET))

        def _parse_limit_price(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        limit_price = _parse_limit_price(_source.pop("limit_price", UNSET))

        def _parse_outside_rth(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        outside_rth = _parse_outside_rth(_source.pop("outside_rth", UNSET))

        def _parse_use_price_mgmt_algo(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        use_price_mgmt_algo = _parse_use_price_mgmt_algo(
            _source.pop("use_price_mgmt_algo", UNSET)
        )

        def _parse_bgColor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bgColor = _parse_bgColor(_source.pop("bgColor", UNSET))

        def _parse_fgColor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fgColor = _parse_fgColor(_source.pop("fgColor", UNSET))

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
            bgColor=bgColor,
            fgColor=fgColor,
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

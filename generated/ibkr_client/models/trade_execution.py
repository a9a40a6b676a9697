from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TradeExecution")


@_attrs_define
class TradeExecution:
    """One execution of the selected account (also the payload of the websocket "str" topic).

    Attributes:
        execution_id (None | str | Unset): Execution id.
        symbol (None | str | Unset): Underlying symbol.
        supports_tax_opt (None | str | Unset): "1" when the Tax Optimizer supports the order, else "0".
        side (None | str | Unset): Side of the execution, "B" (buy) or "S" (sell).
        order_description (None | str | Unset): Side, size, price and exchange of the execution, in words.
        order_ref (None | str | Unset): The customer order id (cOID) given when the order was placed.
        trade_time (None | str | Unset): Time of the execution, UTC, formatted YYYYMMDD-HH:mm:ss.
        trade_time_r (int | None | Unset): Time of the execution, epoch milliseconds.
        size (float | None | Unset): Executed quantity.
        price (None | str | Unset): Execution price, as a decimal string.
        submitter (None | str | Unset): User name that submitted the order.
        exchange (None | str | Unset): Exchange the execution happened on.
        commission (None | str | Unset): Commission of the execution, as a decimal string.
        net_amount (float | None | Unset): Total net amount of the execution.
        account (None | str | Unset): Account id (or its alias).
        account_code (None | str | Unset): Account id.
        account_allocation_name (None | str | Unset): Allocation account name (in the documentation example, not in the
            field list).
        company_name (None | str | Unset): Long name of the contract's company.
        contract_description_1 (None | str | Unset): Local symbol of the contract.
        sec_type (None | str | Unset): Security type of the contract.
        listing_exchange (None | str | Unset): Primary listing exchange of the contract.
        conid (int | None | Unset): Contract id.
        conid_ex (None | str | Unset): Contract id, with "@exchange" for directly routed contracts.
        clearing_id (None | str | Unset): Clearing firm id.
        clearing_name (None | str | Unset): Clearing firm name.
        liquidation_trade (None | str | Unset): "1" when the execution was part of an account liquidation, else "0".
        is_event_trading (None | str | Unset): "1" when the execution was event trading, else "0".
        contract_description_2 (None | str | Unset): Undocumented; second line of the contract description, e.g. "(EX2)
            OCT23 4300 Put Fut. Option".
        open_close (None | str | Unset): Undocumented; opening or closing execution, "???" when unknown.
        position (None | str | Unset): Undocumented; position after the execution, as a string.
        order_id (int | None | Unset): Undocumented; id of the order the execution belongs to.
    """

    execution_id: None | str | Unset = UNSET
    symbol: None | str | Unset = UNSET
    supports_tax_opt: None | str | Unset = UNSET
    side: None | str | Unset = UNSET
    order_description: None | str | Unset = UNSET
    order_ref: None | str | Unset = UNSET
    trade_time: None | str | Unset = UNSET
    trade_time_r: int | None | Unset = UNSET
    size: float | None | Unset = UNSET
    price: None | str | Unset = UNSET
    submitter: None | str | Unset = UNSET
    exchange: None | str | Unset = UNSET
    commission: None | str | Unset = UNSET
    net_amount: float | None | Unset = UNSET
    account: None | str | Unset = UNSET
    account_code: None | str | Unset = UNSET
    account_allocation_name: None | str | Unset = UNSET
    company_name: None | str | Unset = UNSET
    contract_description_1: None | str | Unset = UNSET
    sec_type: None | str | Unset = UNSET
    listing_exchange: None | str | Unset = UNSET
    conid: int | None | Unset = UNSET
    conid_ex: None | str | Unset = UNSET
    clearing_id: None | str | Unset = UNSET
    clearing_name: None | str | Unset = UNSET
    liquidation_trade: None | str | Unset = UNSET
    is_event_trading: None | str | Unset = UNSET
    contract_description_2: None | str | Unset = UNSET
    open_close: None | str | Unset = UNSET
    position: None | str | Unset = UNSET
    order_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        execution_id: None | str | Unset
        if isinstance(self.execution_id, Unset):
            execution_id = UNSET
        else:
            execution_id = self.execution_id

        symbol: None | str | Unset
        if isinstance(self.symbol, Unset):
            symbol = UNSET
        else:
            symbol = self.symbol

        supports_tax_opt: None | str | Unset
        if isinstance(self.supports_tax_opt, Unset):
            supports_tax_opt = UNSET
        else:
            supports_tax_opt = self.supports_tax_opt

        side: None | str | Unset
        if isinstance(self.side, Unset):
            side = UNSET
        else:
            side = self.side

        order_description: None | str | Unset
        if isinstance(self.order_description, Unset):
            order_description = UNSET
        else:
            order_description = self.order_description

        order_ref: None | str | Unset
        if isinstance(self.order_ref, Unset):
            order_ref = UNSET
        else:
            order_ref = self.order_ref

        trade_time: None | str | Unset
        if isinstance(self.trade_time, Unset):
            trade_time = UNSET
        else:
            trade_time = self.trade_time

        trade_time_r: int | None | Unset
        if isinstance(self.trade_time_r, Unset):
            trade_time_r = UNSET
        else:
            trade_time_r = self.trade_time_r

        size: float | None | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        else:
            size = self.size

        price: None | str | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        submitter: None | str | Unset
        if isinstance(self.submitter, Unset):
            submitter = UNSET
        else:
            submitter = self.submitter

        exchange: None | str | Unset
        if isinstance(self.exchange, Unset):
            exchange = UNSET
        else:
            exchange = self.exchange

        commission: None | str | Unset
        if isinstance(self.commission, Unset):
            commission = UNSET
        else:
            commission = self.commission

        net_amount: float | None | Unset
        if isinstance(self.net_amount, Unset):
            net_amount = UNSET
        else:
            net_amount = self.net_amount

        account: None | str | Unset
        if isinstance(self.account, Unset):
            account = UNSET
        else:
            account = self.account

        account_code: None | str | Unset
        if isinstance(self.account_code, Unset):
            account_code = UNSET
        else:
            account_code = self.account_code

        account_allocation_name: None | str | Unset
        if isinstance(self.account_allocation_name, Unset):
            account_allocation_name = UNSET
        else:
            account_allocation_name = self.account_allocation_name

        company_name: None | str | Unset
        if isinstance(self.company_name, Unset):
            company_name = UNSET
        else:
            company_name = self.company_name

        contract_description_1: None | str | Unset
        if isinstance(self.contract_description_1, Unset):
            contract_description_1 = UNSET
        else:
            contract_description_1 = self.contract_description_1

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

        conid: int | None | Unset
        if isinstance(self.conid, Unset):
            conid = UNSET
        else:
            conid = self.conid

        conid_ex: None | str | Unset
        if isinstance(self.conid_ex, Unset):
            conid_ex = UNSET
        else:
            conid_ex = self.conid_ex

        clearing_id: None | str | Unset
        if isinstance(self.clearing_id, Unset):
            clearing_id = UNSET
        else:
            clearing_id = self.clearing_id

        clearing_name: None | str | Unset
        if isinstance(self.clearing_name, Unset):
            clearing_name = UNSET
        else:
            clearing_name = self.clearing_name

        liquidation_trade: None | str | Unset
        if isinstance(self.liquidation_trade, Unset):
            liquidation_trade = UNSET
        else:
            liquidation_trade = self.liquidation_trade

        is_event_trading: None | str | Unset
        if isinstance(self.is_event_trading, Unset):
            is_event_trading = UNSET
        else:
            is_event_trading = self.is_event_trading

        contract_description_2: None | str | Unset
        if isinstance(self.contract_description_2, Unset):
            contract_description_2 = UNSET
        else:
            contract_description_2 = self.contract_description_2

        open_close: None | str | Unset
        if isinstance(self.open_close, Unset):
            open_close = UNSET
        else:
            open_close = self.open_close

        position: None | str | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        else:
            position = self.position

        order_id: int | None | Unset
        if isinstance(self.order_id, Unset):
            order_id = UNSET
        else:
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

        def _parse_execution_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        execution_id = _parse_execution_id(_source.pop("execution_id", UNSET))

        def _parse_symbol(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        symbol = _parse_symbol(_source.pop("symbol", UNSET))

        def _parse_supports_tax_opt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        supports_tax_opt = _parse_supports_tax_opt(
            _source.pop("supports_tax_opt", UNSET)
        )

        def _parse_side(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        side = _parse_side(_source.pop("side", UNSET))

        def _parse_order_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        order_description = _parse_order_description(
            _source.pop("order_description", UNSET)
        )

        def _parse_order_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        order_ref = _parse_order_ref(_source.pop("order_ref", UNSET))

        def _parse_trade_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        trade_time = _parse_trade_time(_source.pop("trade_time", UNSET))

        def _parse_trade_time_r(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        trade_time_r = _parse_trade_time_r(_source.pop("trade_time_r", UNSET))

        def _parse_size(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        size = _parse_size(_source.pop("size", UNSET))

        def _parse_price(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        price = _parse_price(_source.pop("price", UNSET))

        def _parse_submitter(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        submitter = _parse_submitter(_source.pop("submitter", UNSET))

        def _parse_exchange(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        exchange = _parse_exchange(_source.pop("exchange", UNSET))

        def _parse_commission(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        commission = _parse_commission(_source.pop("commission", UNSET))

        def _parse_net_amount(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        net_amount = _parse_net_amount(_source.pop("net_amount", UNSET))

        def _parse_account(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account = _parse_account(_source.pop("account", UNSET))

        def _parse_account_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_code = _parse_account_code(_source.pop("accountCode", UNSET))

        def _parse_account_allocation_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_allocation_name = _parse_account_allocation_name(
            _source.pop("account_allocation_name", UNSET)
        )

        def _parse_company_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company_name = _parse_company_name(_source.pop("company_name", UNSET))

        def _parse_contract_description_1(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contract_description_1 = _parse_contract_description_1(
            _source.pop("contract_description_1", UNSET)
        )

        def _parse_sec_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sec_type = _parse_sec_type(_source.pop("sec_type", UNSET))

        def _parse_listing_exchange(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        listing_exchange = _parse_listing_exchange(
            _source.pop("listing_exchange", UNSET)
        )

        def _parse_conid(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        conid = _parse_conid(_source.pop("conid", UNSET))

        def _parse_conid_ex(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        conid_ex = _parse_conid_ex(_source.pop("conidEx", UNSET))

        def _parse_clearing_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        clearing_id = _parse_clearing_id(_source.pop("clearing_id", UNSET))

        def _parse_clearing_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        clearing_name = _parse_clearing_name(_source.pop("clearing_name", UNSET))

        def _parse_liquidation_trade(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        liquidation_trade = _parse_liquidation_trade(
            _source.pop("liquidation_trade", UNSET)
        )

        def _parse_is_event_trading(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        is_event_trading = _parse_is_event_trading(
            _source.pop("is_event_trading", UNSET)
        )

        def _parse_contract_description_2(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contract_description_2 = _parse_contract_description_2(
            _source.pop("contract_description_2", UNSET)
        )

        def _parse_open_close(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        open_close = _parse_open_close(_source.pop("open_close", UNSET))

        def _parse_position(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        position = _parse_position(_source.pop("position", UNSET))

        def _parse_order_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        order_id = _parse_order_id(_source.pop("order_id", UNSET))

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

"""The JSON shapes IBKR sends for orders, executions and positions.

They follow the recorded responses (see contract_tests/cassettes/rest): prices are strings in
order and trade lists, order ids numbers there but strings in placement acks, position
strikes the string "0" for non-derivatives.

>>> yymmdd_time(0.0)
'700101000000'
>>> trade_time(1702317649.0)
'20231211-18:00:49'
"""

from __future__ import annotations

import datetime
from typing import Any

from ibkr_webapi.mock.world.catalogue import Instrument
from ibkr_webapi.mock.world.orders import ORDER_TYPE_NAMES, Execution, Order
from ibkr_webapi.mock.world.valuation import MarkedPosition

STATUS_COLOURS = {"PreSubmitted": ("#FFFFFF", "#0000CC"), "Submitted": ("#000000", "#00F000"),
                  "Filled": ("#FFFFFF", "#000000"), "Cancelled": ("#FFFFFF", "#FF0000"),
                  "PendingCancel": ("#FFFFFF", "#FF8000")}
ASSET_TYPES = {"STK": "STK", "OPT": "OPT", "FUT": "FUT", "CASH": "CASH", "BOND": "BOND",
               "EC": "OPT", "IND": "IND"}


def _utc(epoch: float) -> datetime.datetime:
    return datetime.datetime.fromtimestamp(epoch, datetime.UTC)


def yymmdd_time(epoch: float) -> str:
    return _utc(epoch).strftime("%y%m%d%H%M%S")


def trade_time(epoch: float) -> str:
    return _utc(epoch).strftime("%Y%m%d-%H:%M:%S")


def _price_text(value: float | None) -> str:
    return "" if value is None else f"{value:.2f}"


def ack(order: Order) -> dict[str, Any]:
    """One element of the placement / reply / modify answer."""
    return {"order_id": str(order.order_id), "order_status": order.status, "encrypt_message": "1"}


def live_order(order: Order, instrument: Instrument) -> dict[str, Any]:
    """An order as /iserver/account/orders and the `sor` topic list it."""
    ticket = order.ticket
    foreground, background = STATUS_COLOURS.get(order.status, ("#000000", "#FFFFFF"))
    return {
        "acct": order.account_id, "account": order.account_id, "conidex": str(instrument.conid),
        "conid": instrument.conid, "orderId": order.order_id, "cashCcy": instrument.currency,
        "sizeAndFills": f"{order.filled_quantity:g}/{ticket.quantity:g}",
        "orderDesc": ticket.describe().replace(f"{ticket.side} ", f"{ticket.side.title()} ", 1),
        "description1": instrument.symbol, "ticker": instrument.symbol,
        "secType": instrument.sec_type, "listingExchange": instrument.listing_exchange,
        "remainingQuantity": order.remaining, "filledQuantity": order.filled_quantity,
        "totalSize": ticket.quantity, "companyName": instrument.company_name,
        "status": order.status, "order_ccp_status": order.status,
        "origOrderType": ORDER_TYPE_NAMES[ticket.order_type].upper(), "supportsTaxOpt": "1",
        "lastExecutionTime": yymmdd_time(order.last_change),
        "lastExecutionTime_r": int(order.last_change * 1000),
        "orderType": ORDER_TYPE_NAMES[ticket.order_type], "bgColor": background,
        "fgColor": foreground, "order_ref": order.order_ref, "timeInForce": ticket.tif,
        "side": ticket.side, "avgPrice": _price_text(order.average_fill_price or None),
        "price": _price_text(ticket.price), "outsideRTH": ticket.outside_rth,
        "isEventTrading": "1" if instrument.sec_type == "EC" else "0",
    }


def order_status(order: Order, instrument: Instrument) -> dict[str, Any]:
    """An order as /iserver/account/order/status/{orderId} describes it."""
    ticket = order.ticket
    description = ticket.describe()
    foreground, background = STATUS_COLOURS.get(order.status, ("#000000", "#FFFFFF"))
    return {
        "sub_type": None, "request_id": str(order.order_id % 100_000),
        "server_id": "0", "order_id": order.order_id, "conidex": str(instrument.conid),
        "conid": instrument.conid, "symbol": instrument.symbol, "side": ticket.side[0],
        "contract_description_1": instrument.symbol,
        "listing_exchange": instrument.listing_exchange, "option_acct": "c",
        "company_name": instrument.company_name, "size": f"{order.remaining:.1f}",
        "total_size": f"{ticket.quantity:.1f}", "currency": instrument.currency,
        "account": order.account_id, "order_type": ORDER_TYPE_NAMES[ticket.order_type].upper(),
        "cum_fill": f"{order.filled_quantity:.1f}", "order_status": order.status,
        "order_ccp_status": "2" if order.status == "Filled" else "0",
        "order_status_description": f"Order {order.status}", "tif": ticket.tif,
        "fg_color": foreground, "bg_color": background,
        "order_not_editable": not order.is_working, "editable_fields": "\u001e",
        "cannot_cancel_order": not order.is_working, "deactivate_order": False,
        "sec_type": instrument.sec_type, "available_chart_periods": "#R|1",
        "order_description": description,
        "order_description_with_contract": ticket.describe(instrument.symbol),
        "alert_active": 1, "child_order_type": "0",
        "order_clearing_account": order.account_id,
        "size_and_fills": f"{order.filled_quantity:g}/{ticket.quantity:g}",
        "exit_strategy_display_price": _price_text(ticket.price),
        "exit_strategy_chart_description": description,
        "average_price": _price_text(order.average_fill_price or None),
        "exit_strategy_tool_availability": "1", "allowed_duplicate_opposite": True,
        "order_time": yymmdd_time(order.placed_at), "limit_price": _price_text(ticket.price),
        "outside_rth": ticket.outside_rth, "use_price_mgmt_algo": False,
    }


def trade(execution: Execution, instrument: Instrument) -> dict[str, Any]:
    """An execution as /iserver/account/trades and the `str` topic list it."""
    verb = "Bot" if execution.side == "BUY" else "Sold"
    return {
        "execution_id": execution.execution_id, "symbol": instrument.symbol,
        "supports_tax_opt": "1", "side": execution.side[0],
        "order_description": f"{verb} {execution.quantity:g} @ {execution.price:.2f} on "
                             f"{instrument.exchange}",
        "order_ref": execution.order_ref, "trade_time": trade_time(execution.time),
        "trade_time_r": int(execution.time * 1000), "size": execution.quantity,
        "price": f"{execution.price:.2f}", "submitter": execution.account_id,
        "exchange": instrument.exchange, "commission": f"{execution.commission:.2f}",
        "net_amount": execution.net_amount, "account": execution.account_id,
        "accountCode": execution.account_id, "account_allocation_name": execution.account_id,
        "company_name": instrument.company_name, "contract_description_1": instrument.symbol,
        "sec_type": instrument.sec_type, "listing_exchange": instrument.listing_exchange,
        "conid": instrument.conid, "conidEx": instrument.conid_ex, "clearing_id": "IB",
        "clearing_name": "IB", "liquidation_trade": "0",
        "is_event_trading": "1" if instrument.sec_type == "EC" else "0",
        "open_close": "???", "position": f"{execution.position_after:g}",
        "order_id": execution.order_id,
    }


def portfolio_position(mark: MarkedPosition) -> dict[str, Any]:
    """A position as /portfolio/{accountId}/positions/{page} lists it."""
    instrument, position = mark.instrument, mark.position
    derivative = instrument.sec_type in ("OPT", "FUT", "EC")
    multiplier = instrument.multiplier if derivative else 0.0
    return {
        "acctId": mark.account_id, "conid": instrument.conid,
        "contractDesc": instrument.description if derivative else instrument.symbol,
        "position": position.quantity, "mktPrice": round(mark.price, 8),
        "mktValue": round(mark.market_value, 2), "currency": instrument.currency,
        "avgCost": round(position.average_price * (multiplier or 1.0), 8),
        "avgPrice": round(position.average_price, 8),
        "realizedPnl": round(position.realized_pnl, 2),
        "unrealizedPnl": round(mark.unrealized_pnl, 2), "exchs": None,
        "expiry": instrument.maturity or None, "putOrCall": instrument.right or None,
        "multiplier": multiplier, "strike": instrument.strike if derivative else "0",
        "exerciseStyle": "AMERICAN" if instrument.sec_type == "OPT" else None,
        "conExchMap": [], "assetClass": ASSET_TYPES.get(instrument.sec_type, "STK"),
        "undConid": instrument.underlying, "model": "", "time": 30,
        "allExchanges": instrument.exchange, "listingExchange": instrument.listing_exchange,
        "countryCode": "US", "name": instrument.company_name,
        "lastTradingDay": instrument.maturity or None, "group": None, "sector": None,
        "sectorGroup": None, "ticker": instrument.symbol, "type": instrument.sec_type,
        "hasOptions": instrument.sec_type == "STK", "fullName": instrument.description,
        "isUS": instrument.currency == "USD",
        "incrementRules": [{"lowerEdge": 0.0, "increment": instrument.tick}],
        "displayRule": {"magnification": 0, "displayRuleStep": [
            {"decimalDigits": 2, "lowerEdge": 0.0, "wholeDigits": 4}]},
        "isEventContract": instrument.sec_type == "EC", "pageSize": 100,
    }


def realtime_position(mark: MarkedPosition, timestamp: float) -> dict[str, Any]:
    """A position as /portfolio2/{accountId}/positions lists it (conid as a string)."""
    instrument, position = mark.instrument, mark.position
    return {
        "position": position.quantity, "conid": str(instrument.conid),
        "avgCost": position.average_price, "avgPrice": position.average_price,
        "currency": instrument.currency, "description": instrument.symbol,
        "isLastToLoq": False, "marketPrice": mark.price, "marketValue": mark.market_value,
        "realizedPnl": position.realized_pnl, "unrealizedPnl": mark.unrealized_pnl,
        "secType": instrument.sec_type, "timestamp": int(timestamp),
        "assetClass": ASSET_TYPES.get(instrument.sec_type, "STK"), "sector": None,
        "group": None, "model": "",
    }

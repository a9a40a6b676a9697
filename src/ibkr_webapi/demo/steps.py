"""The demo's steps: each one a short, readable use of the public API.

Every step goes through `ibkr_webapi.AsyncClient` (the generated operations grouped by tag,
paced, typed) or the stream client, so the same code runs against the mock and against IBKR.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable
from dataclasses import dataclass

from ibkr_client.models import (
    MarketDataFieldId,
    MarketDataHistoryBar,
    OrderRequest,
    OrderSide,
    OrderTimeInForce,
    OrderType,
    PlaceOrdersRequest,
)
from ibkr_webapi.client import AsyncClient
from ibkr_webapi.demo.tables import heading, table
from ibkr_webapi.orders import Answer, QuestionPolicy
from ibkr_webapi.ws import (
    MarketDataFields,
    MarketDataMessage,
    StreamClient,
    Subscription,
    WsMessage,
)

AAPL = 265598
QUOTE_FIELDS = [MarketDataFieldId(field) for field in ("31", "84", "86", "7059", "82", "83")]
FILLED = "Filled"
FILL_TIMEOUT = 20.0


@dataclass
class Demo:
    """What the steps share: the client and the account they work on."""

    client: AsyncClient
    mock: bool
    account: str = ""
    may_trade: bool = False
    """Orders are placed only on the mock or a paper account (ids starting with DU or DF)."""


async def session(demo: Demo) -> None:
    heading("Brokerage session")
    status = await demo.client.session.get_brokerage_session_status_via_get()
    print(table(["authenticated", "competing", "connected"],
                [[status.authenticated, status.competing, status.connected]]))


async def accounts(demo: Demo) -> None:
    heading("Accounts")
    answer = await demo.client.accounts.get_brokerage_accounts()
    demo.account = str(answer.selected_account)
    demo.may_trade = demo.mock or demo.account.startswith(("DU", "DF"))
    aliases = answer.aliases.to_dict() if answer.aliases else {}
    print(table(["account", "alias", "selected"],
                [[account, aliases.get(account, ""), account == demo.account]
                 for account in answer.accounts or []]))


async def positions(demo: Demo) -> None:
    heading(f"Positions of {demo.account}")
    rows = await demo.client.portfolio.get_portfolio_positions(demo.account, 0)
    print(table(["conid", "contract", "position", "price", "value", "unrealised P&L"],
                [[p.conid, p.contract_desc, p.position, p.mkt_price, p.mkt_value,
                  p.unrealized_pnl] for p in rows]))


async def contract_search(demo: Demo) -> None:
    heading("Contract search: AAPL")
    results = await demo.client.contract.search_contracts(symbol="AAPL")
    print(table(["conid", "symbol", "company", "derivatives"],
                [[r.conid, r.symbol, r.company_name,
                  " ".join(str(s.sec_type) for s in r.sections or [])] for r in results]))


async def snapshot(demo: Demo) -> None:
    heading("Market data snapshot (the first call only opens the feed)")
    market_data = demo.client.market_data
    for attempt in ("pre-flight", "values"):
        rows = await market_data.get_market_data_snapshot(conids=[str(AAPL)], fields=QUOTE_FIELDS)
        fields = MarketDataFields.from_snapshot(rows[0])
        last = fields.last_price
        print(f"{attempt:<10} last={last.raw if last else '-'} parsed="
              f"{last.number if last else '-'} bid={_raw(fields.bid_price)} "
              f"ask={_raw(fields.ask_price)}")
        await asyncio.sleep(0.5)


async def history(demo: Demo) -> None:
    heading("Historical bars: AAPL, 1 day of 1-hour bars (last 5)")
    bars = await demo.client.market_data.get_market_data_history(
        conid=AAPL, period="1d", bar=MarketDataHistoryBar.HOUR_1)
    rows = [bar.to_dict() for bar in bars.data or []][-5:]
    print(table(["time (ms)", "open", "high", "low", "close", "volume"],
                [[r.get("t"), r.get("o"), r.get("h"), r.get("l"), r.get("c"), r.get("v")]
                 for r in rows]))


def market_order(quantity: int) -> OrderRequest:
    return OrderRequest(conid=AAPL, side=OrderSide.BUY, order_type=OrderType.MKT,
                        tif=OrderTimeInForce.DAY, quantity=quantity)


async def what_if(demo: Demo) -> None:
    heading("What-if: buy 10 AAPL at market")
    preview = await demo.client.orders.preview_orders(
        demo.account, body=PlaceOrdersRequest(orders=[market_order(10)]))
    rows = [[name, getattr(part, "current", None), getattr(part, "change", None),
             getattr(part, "after", None)]
            for name, part in (("equity", preview.equity), ("initial margin", preview.initial),
                               ("maintenance margin", preview.maintenance))]
    print(table(["", "current", "change", "after"], rows))
    print(f"amount: {preview.amount.to_dict() if preview.amount else '-'}")


class Announcing(QuestionPolicy):
    """A QuestionPolicy that prints each question before answering it."""

    def answer(self, message_ids: Iterable[str]) -> Answer:
        ids = tuple(message_ids)
        decision = super().answer(ids)
        print(f"question {', '.join(ids)}: answered {decision.name}")
        return decision


async def order_to_fill(demo: Demo, stream: StreamClient) -> None:
    heading("Order: buy 10 AAPL at market, through its questions, to the fill")
    if not demo.may_trade:
        print(f"skipped: {demo.account[:2]}... is not a paper account")
        return
    updates = stream.orders()
    acks = await demo.client.place_order(
        demo.account, market_order(10), Announcing({"o10153": Answer.YES, "o163": Answer.YES}))
    order_id = str(acks[0].order_id)
    print(f"placed order {order_id}: {acks[0].order_status}")
    await _follow(updates, order_id)
    status = await demo.client.order_monitoring.get_order_status(order_id)
    print(f"order {order_id}: {status.order_status}, filled {status.cum_fill} "
          f"of {status.total_size}")


async def _follow(updates: Subscription, order_id: str) -> None:
    """Print the order's `sor` updates until it is filled (or the timeout)."""
    async def until_filled() -> None:
        async for message in updates:
            for order in _orders_in(message):
                if str(order.get("orderId")) == order_id and order.get("status"):
                    print(f"sor update: order {order_id} {order['status']}")
                    if order["status"] == FILLED:
                        return
    await asyncio.wait_for(until_filled(), FILL_TIMEOUT)


def _orders_in(message: WsMessage) -> list[dict[str, object]]:
    args = message.data.get("args") if isinstance(message.data, dict) else None
    return [order for order in args or [] if isinstance(order, dict)]


async def ticks(stream: StreamClient, count: int = 3) -> None:
    heading(f"Websocket: {count} AAPL ticks (smd)")
    feed = stream.market_data(AAPL, ["31", "84", "86"])
    quote: dict[str, object] = {}
    for _ in range(count):
        tick = await asyncio.wait_for(feed.get(), FILL_TIMEOUT)
        assert isinstance(tick, MarketDataMessage), tick
        changed = sorted(key for key in tick.data if key.isdigit())
        quote.update(tick.data)  # smd sends only what changed: keep the last of each field
        fields = MarketDataFields.from_snapshot(quote)
        print(f"smd+{tick.target} last={_raw(fields.last_price)} bid={_raw(fields.bid_price)} "
              f"ask={_raw(fields.ask_price)} (fields sent: {', '.join(changed)})")
    await stream.unsubscribe(feed)


async def ledger(demo: Demo) -> None:
    heading("Cash after the fill (ledger)")
    ledger = (await demo.client.portfolio.get_portfolio_ledger(demo.account)).to_dict()
    print(table(["currency", "cash", "net liquidation"],
                [[currency, entry.get("cashbalance"), entry.get("netliquidationvalue")]
                 for currency, entry in ledger.items() if isinstance(entry, dict)]))


def _raw(value: object) -> str:
    return str(getattr(value, "raw", "-")) if value is not None else "-"

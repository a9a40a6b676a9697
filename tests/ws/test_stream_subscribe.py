"""StreamClient against the mock: subscribe, receive typed messages, route, unsubscribe."""

from __future__ import annotations

import pytest

from ibkr_webapi.ws import (
    HistoricalDataMessage,
    LedgerMessage,
    MarketDataMessage,
    OrderUpdateMessage,
    PnlMessage,
    PriceLadderMessage,
    StatusMessage,
    SystemMessage,
)
from ibkr_webapi.ws.stream_errors import StreamAuthenticationError, SubscriptionRefusedError
from stream_support import eventually, mock_server, streaming, take, websocket_hub

AAPL, MSFT = 265598, 272093
ACCOUNT = "U1234567"


async def test_market_data_arrives_typed_and_routed_by_conid() -> None:
    server = mock_server()
    async with streaming(server) as stream:
        apple = stream.market_data(AAPL, ["31", "84", "86"])
        microsoft = stream.market_data(MSFT, ["31"])
        first_apple, first_microsoft = await take(apple), await take(microsoft)
    assert isinstance(first_apple, MarketDataMessage) and first_apple.conid == AAPL
    assert isinstance(first_microsoft, MarketDataMessage) and first_microsoft.conid == MSFT
    assert first_apple.fields.bid_price is not None


async def test_unsubscribe_sends_umd_and_ends_the_iteration() -> None:
    server = mock_server()
    hub = websocket_hub(server)
    async with streaming(server) as stream:
        ticks = stream.market_data(AAPL, ["31"])
        await take(ticks)
        await stream.unsubscribe(ticks)
        await eventually(lambda: "unsubscribed" in hub.outcomes(f"umd+{AAPL}"), "umd")
        remaining = [message async for message in ticks]
    assert all(isinstance(message, MarketDataMessage) for message in remaining)
    assert hub.subscriptions() == []


async def test_ledger_routes_by_account_and_unsolicited_topics_have_their_feeds() -> None:
    server = mock_server()
    async with streaming(server) as stream:
        status = stream.unsolicited("sts")
        system = stream.unsolicited("system")
        ledger = stream.ledger(ACCOUNT, keys=["LedgerListBASE"])
        entry = await take(ledger)
        beat = await take(system)
        sts = await take(status)
    assert isinstance(entry, LedgerMessage) and entry.data["result"][0]["key"] == "LedgerListBASE"
    assert isinstance(sts, StatusMessage) and sts.data["args"]["authenticated"] is True
    assert isinstance(beat, SystemMessage)


async def test_order_updates_and_pnl() -> None:
    server = mock_server()
    async with streaming(server) as stream:
        orders = stream.orders()
        pnl = stream.pnl()
        snapshot = await take(orders)
        async with server.websocket_client(auth=server.default_auth()) as rest:
            placed = (await rest.post(f"/iserver/account/{ACCOUNT}/orders", json={"orders": [
                {"conid": AAPL, "orderType": "LMT", "side": "BUY", "quantity": 1,
                 "price": 1.0, "tif": "DAY"}]})).json()
            while "order_id" not in placed[0]:
                placed = (await rest.post(f"/iserver/reply/{placed[0]['id']}",
                                          json={"confirmed": True})).json()
        update = await take(orders)
        profit = await take(pnl)
    assert isinstance(snapshot, OrderUpdateMessage)
    assert isinstance(update, OrderUpdateMessage)
    assert [order.order_id for order in update.orders] == [int(placed[0]["order_id"])]
    assert isinstance(profit, PnlMessage) and f"{ACCOUNT}.Core" in profit.pnl


async def test_historical_data_keeps_the_server_id_for_its_unsubscribe() -> None:
    server = mock_server()
    hub = websocket_hub(server)
    async with streaming(server) as stream:
        bars = stream.historical_data(AAPL, period="1d", bar="1h")
        answer = await take(bars)
        assert isinstance(answer, HistoricalDataMessage)
        assert bars.server_ids == {answer.server_id}
        await stream.unsubscribe(bars)
        await eventually(lambda: f"umh+{answer.server_id}" in [e.frame for e in hub.log],
                         "umh with the server id")
    assert hub.outcomes("umh") == ["unsubscribed"]


async def test_price_ladder_routes_by_conid() -> None:
    server = mock_server()
    async with streaming(server) as stream:
        ladder = stream.price_ladder(ACCOUNT, AAPL)
        rows = await take(ladder)
    assert isinstance(rows, PriceLadderMessage) and rows.account == ACCOUNT and rows.rows


async def test_a_refused_subscription_raises_on_iteration() -> None:
    server = mock_server()
    websocket_hub(server).faults.refuse_sor = True
    async with streaming(server) as stream:
        orders = stream.orders()
        with pytest.raises(SubscriptionRefusedError, match="unable to subscribe"):
            await take(orders)
        assert stream.subscriptions == []


async def test_unauthenticated_session_ends_feeds_with_an_authentication_error() -> None:
    server = mock_server(session_initialised=False)
    async with streaming(server, max_attempts=2) as stream:
        ticks = stream.market_data(AAPL, ["31"])
        with pytest.raises(StreamAuthenticationError, match="not authenticated"):
            await take(ticks)
    assert stream.stats.connections == 0


async def test_close_unsubscribes_everything() -> None:
    server = mock_server()
    hub = websocket_hub(server)
    async with streaming(server) as stream:
        ticks = stream.market_data(AAPL, ["31"])
        ledger = stream.ledger(ACCOUNT)
        orders = stream.orders()
        await take(ticks)
        await take(ledger)
        await take(orders)
    await eventually(lambda: not hub.connections, "the socket to close")
    frames = [entry.frame for entry in hub.log if entry.outcome == "unsubscribed"]
    assert sorted(frames) == sorted([f"umd+{AAPL}+{{}}", f"uld+{ACCOUNT}+{{}}", "uor+{}"])
    assert ticks.closed and ledger.closed and orders.closed


def test_subscribe_rejects_unknown_topics_and_missing_targets() -> None:
    from ibkr_webapi.ws.resilience import StreamSettings
    from ibkr_webapi.ws.subscriptions import RULES, Subscription, rule_for

    with pytest.raises(ValueError, match="not a subscribing topic"):
        rule_for("act")
    with pytest.raises(ValueError, match="needs a target"):
        Subscription(RULES["smd"], None, {})
    assert StreamSettings().tic_interval < 60

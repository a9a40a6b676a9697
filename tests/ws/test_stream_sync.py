"""The blocking facade: the same stream on a private event loop thread."""

from __future__ import annotations

from ibkr_webapi.ws import MarketDataMessage, OrderUpdateMessage
from ibkr_webapi.ws.sync import SyncStreamClient
from stream_support import FAST_SETTINGS, PATIENCE, mock_server, websocket_hub

AAPL = 265598


def test_sync_subscribe_iterate_unsubscribe_and_close() -> None:
    server = mock_server()
    hub = websocket_hub(server)
    with SyncStreamClient(lambda: server.websocket_client(auth=server.default_auth()),
                          settings=FAST_SETTINGS) as stream:
        ticks = stream.market_data(AAPL, ["31", "84"])
        orders = stream.orders()
        first = ticks.get(timeout=PATIENCE)
        snapshot = next(iter(orders))
        stream.unsubscribe(ticks)
        rest = list(ticks)  # ended: iteration stops after what was queued
        stream.wait_ready(PATIENCE)
        assert stream.stream.stats.connections == 1
    assert isinstance(first, MarketDataMessage) and first.conid == AAPL
    assert all(isinstance(message, MarketDataMessage) for message in rest)
    assert isinstance(snapshot, OrderUpdateMessage)
    unsubscribed = sorted(e.frame for e in hub.log if e.outcome == "unsubscribed")
    assert unsubscribed == [f"umd+{AAPL}+{{}}", "uor+{}"]

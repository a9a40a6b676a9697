"""Each resilience behaviour of StreamClient under the mock's fault injection: the greeting,
tic and its duplicates, silence, disconnects, smd expiry, reconnect backoff."""

from __future__ import annotations

import asyncio
import random

from ibkr_webapi.ws import MarketDataMessage, TicMessage
from ibkr_webapi.ws.resilience import Backoff
from stream_support import eventually, mock_server, streaming, take, websocket_hub

AAPL = 265598
ACCOUNT = "U1234567"


async def test_subscriptions_wait_for_the_system_greeting() -> None:
    server = mock_server()
    hub = websocket_hub(server)
    with hub.holding_greetings() as gate:
        async with streaming(server) as stream:
            ticks = stream.market_data(AAPL, ["31"])
            await eventually(lambda: hub.connections, "the connection")
            for _ in range(20):  # let the client run: it must not send before the greeting
                await asyncio.sleep(0.01)
            assert hub.log == [] and not stream.ready
            gate.set()
            first = await take(ticks)
    assert isinstance(first, MarketDataMessage)
    assert hub.outcomes(f"smd+{AAPL}")[0] == "subscribed"
    assert "dropped" not in [entry.outcome for entry in hub.log]


async def test_tic_is_sent_and_the_four_replies_collapse_into_one() -> None:
    server = mock_server()
    async with streaming(server, tic_interval=0.05) as stream:
        replies = stream.unsolicited("tic")
        received = [await take(replies) for _ in range(3)]
        assert stream.stats.tic_sent >= 3
        assert stream.stats.tic_duplicates >= 6  # the first two tics' three extra copies
    assert all(isinstance(reply, TicMessage) for reply in received)
    assert len({reply.raw for reply in received}) == 3


async def test_silence_reconnects_and_resubscribes() -> None:
    server = mock_server()
    hub = websocket_hub(server)
    async with streaming(server, silence_timeout=0.3) as stream:
        ticks = stream.market_data(AAPL, ["31"])
        await take(ticks)
        hub.go_silent()
        await eventually(lambda: stream.stats.silences >= 1, "the silence to be noticed")
        await eventually(lambda: any(number > 1 and topic == "smd"
                                     for number, topic, _ in hub.subscriptions()),
                         "the subscription on a new connection")
        before = ticks.received
        await eventually(lambda: ticks.received > before or len(ticks) > 0,
                         "data from the new connection")
    assert stream.stats.connections >= 2 and stream.stats.reconnects >= 1


async def test_a_dropped_connection_reconnects_and_restores_every_subscription() -> None:
    server = mock_server()
    hub = websocket_hub(server)
    async with streaming(server) as stream:
        stream.market_data(AAPL, ["31"])
        stream.ledger(ACCOUNT)
        orders = stream.orders()
        await take(orders)
        hub.disconnect()
        await eventually(lambda: {topic for number, topic, _ in hub.subscriptions()
                                  if number >= 2} == {"smd", "sld", "sor"},
                         "all three subscriptions on the new connection")
        after_reconnect = await take(orders)  # sor sends its list again on subscribing
    assert stream.stats.connections >= 2 and after_reconnect.topic == "sor"


async def test_a_connection_dropped_mid_stream_after_some_frames() -> None:
    server = mock_server()
    hub = websocket_hub(server)
    async with streaming(server) as stream:
        ticks = stream.market_data(AAPL, ["31", "84", "86"])
        await take(ticks)
        hub.disconnect(after_frames=3)
        await eventually(lambda: stream.stats.connections >= 2, "a second connection")
        await take(ticks)
    assert "closed by the server (1011)" in (stream.stats.last_error or "")


async def test_smd_is_renewed_before_the_server_ends_it() -> None:
    server = mock_server()
    hub = websocket_hub(server)
    hub.faults.smd_lifetime = 5.0
    async with streaming(server, smd_renew_after=0.1) as stream:
        ticks = stream.market_data(AAPL, ["31"])
        await take(ticks)
        await eventually(lambda: hub.outcomes(f"smd+{AAPL}").count("subscribed") >= 3,
                         "two renewals")
        assert stream.stats.renewals >= 2
        assert [entry.connection for entry in hub.log if entry.frame.startswith("smd")] == (
            [1] * len(hub.outcomes("smd")))
    assert "expired" not in hub.outcomes(f"smd+{AAPL}")


async def test_without_renewal_the_server_ends_smd_silently() -> None:
    server = mock_server()
    hub = websocket_hub(server)
    hub.faults.smd_lifetime = 0.05
    async with streaming(server) as stream:
        ticks = stream.market_data(AAPL, ["31"])
        await take(ticks)
        await eventually(lambda: "expired" in hub.outcomes(f"smd+{AAPL}"), "the expiry")
        assert stream.subscriptions == [ticks]  # the client still holds it: renewal is due


def test_backoff_grows_exponentially_caps_and_jitters() -> None:
    steady = Backoff(initial=0.5, maximum=4.0, jitter=0.0)
    assert [steady.next_delay() for _ in range(6)] == [0.5, 1.0, 2.0, 4.0, 4.0, 4.0]
    steady.reset()
    assert steady.next_delay() == 0.5
    jittered = Backoff(initial=1.0, maximum=8.0, jitter=0.5, rng=random.Random(3))
    delays = [jittered.next_delay() for _ in range(4)]
    bases = [1.0, 2.0, 4.0, 8.0]
    assert all(base / 2 <= delay <= base for delay, base in zip(delays, bases, strict=True))
    assert len(set(delays)) == 4 and delays != bases

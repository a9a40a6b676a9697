"""Bounded memory with a stalled consumer: feeds keep at most maxsize messages and count
what their overflow policy discards."""

from __future__ import annotations

import asyncio

import pytest

from ibkr_webapi.ws import LedgerMessage
from ibkr_webapi.ws.feeds import Feed, OverflowPolicy
from ibkr_webapi.ws.stream_errors import StreamOverflowError
from stream_support import eventually, mock_server, streaming, take, websocket_hub

ACCOUNT = "U1234567"


async def test_a_stalled_consumer_never_holds_more_than_maxsize() -> None:
    server = mock_server()
    websocket_hub(server).timing.account = 0.005
    async with streaming(server) as stream:
        ledger = stream.ledger(ACCOUNT, maxsize=5)
        await eventually(lambda: ledger.dropped >= 40, "the producer to overrun the consumer")
        assert len(ledger) == 5
        assert ledger.received == ledger.dropped + 5
        assert stream.dropped >= ledger.dropped
        oldest_kept = await take(ledger)
        assert isinstance(oldest_kept, LedgerMessage)


async def test_the_fail_policy_ends_the_subscription_and_unsubscribes_it() -> None:
    server = mock_server()
    hub = websocket_hub(server)
    hub.timing.account = 0.005
    async with streaming(server) as stream:
        ledger = stream.ledger(ACCOUNT, maxsize=3, overflow=OverflowPolicy.FAIL)
        await eventually(lambda: ledger.closed, "the overflow")
        queued = [await take(ledger) for _ in range(3)]
        with pytest.raises(StreamOverflowError, match="3 messages queued"):
            await take(ledger)
        await eventually(lambda: "unsubscribed" in hub.outcomes(f"uld+{ACCOUNT}"), "uld")
        assert stream.subscriptions == []
    assert all(isinstance(message, LedgerMessage) for message in queued)


async def test_drop_oldest_keeps_the_newest() -> None:
    feed: Feed[int] = Feed(maxsize=3, overflow=OverflowPolicy.DROP_OLDEST)
    for number in range(10):
        feed.put(number)
    feed.close()
    assert [n async for n in feed] == [7, 8, 9] and feed.dropped == 7


async def test_drop_newest_keeps_the_first() -> None:
    feed: Feed[int] = Feed(maxsize=3, overflow=OverflowPolicy.DROP_NEWEST)
    for number in range(10):
        feed.put(number)
    feed.close()
    assert [n async for n in feed] == [0, 1, 2] and feed.dropped == 7


async def test_a_waiting_consumer_wakes_on_put_and_on_close() -> None:
    feed: Feed[str] = Feed()
    waiter = asyncio.ensure_future(feed.get())
    await asyncio.sleep(0)
    feed.put("first")
    assert await waiter == "first"
    ending = asyncio.ensure_future(feed.get())
    await asyncio.sleep(0)
    feed.close()
    with pytest.raises(StopAsyncIteration):
        await ending
    feed.put("after the end")
    assert len(feed) == 0 and feed.received == 1


def test_a_feed_needs_room() -> None:
    with pytest.raises(ValueError, match="at least one message"):
        Feed(maxsize=0)

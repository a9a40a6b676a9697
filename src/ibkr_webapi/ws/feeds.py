"""Bounded message queues with an explicit overflow policy, read as async iterators.

A consumer that stalls must never grow memory without limit: every feed holds at most
`maxsize` messages. When a message arrives at a full feed, the policy decides:

- ``DROP_OLDEST`` (the default): keep the newest messages, the right choice for prices;
- ``DROP_NEWEST``: keep what is already queued, discard the arrival;
- ``FAIL``: end the feed; the consumer reads what was queued, then gets `StreamOverflowError`.

Every discarded message is counted in `Feed.dropped`.

>>> import asyncio
>>> feed = Feed(maxsize=2, overflow=OverflowPolicy.DROP_OLDEST)
>>> for n in range(5):
...     feed.put(n)
>>> feed.dropped, asyncio.run(feed.get())
(3, 3)
"""

from __future__ import annotations

import asyncio
import enum
from collections import deque
from typing import Generic, TypeVar

from ibkr_webapi.ws.stream_errors import StreamClosedError, StreamOverflowError

T = TypeVar("T")

DEFAULT_MAXSIZE = 1000


class OverflowPolicy(enum.Enum):
    """What a full feed does with one more message."""

    DROP_OLDEST = "drop_oldest"
    DROP_NEWEST = "drop_newest"
    FAIL = "fail"


class Feed(Generic[T]):
    """A bounded, single-consumer queue of messages that ends with `close`.

    Iterate it with ``async for``; the loop ends when the feed is closed normally, and raises
    the error it was closed with otherwise. All methods run on the event loop's thread.
    """

    def __init__(self, maxsize: int = DEFAULT_MAXSIZE,
                 overflow: OverflowPolicy = OverflowPolicy.DROP_OLDEST) -> None:
        if maxsize < 1:
            raise ValueError(f"a feed needs room for at least one message, not {maxsize}")
        self.maxsize = maxsize
        self.overflow = overflow
        self.dropped = 0
        """How many messages the overflow policy discarded."""
        self.received = 0
        """How many messages arrived (queued or dropped)."""
        self._items: deque[T] = deque()
        self._ready = asyncio.Event()
        self._closed = False
        self._error: BaseException | None = None

    def __len__(self) -> int:
        return len(self._items)

    @property
    def closed(self) -> bool:
        return self._closed

    def put(self, item: T) -> None:
        """Queue `item`, applying the overflow policy when full; ignored once closed."""
        if self._closed:
            return
        self.received += 1
        if len(self._items) >= self.maxsize:
            self.dropped += 1
            if self.overflow is OverflowPolicy.DROP_NEWEST:
                return
            if self.overflow is OverflowPolicy.FAIL:
                self.close(StreamOverflowError(self.maxsize, self.dropped))
                return
            self._items.popleft()
        self._items.append(item)
        self._ready.set()

    def close(self, error: BaseException | None = None) -> None:
        """End the feed; queued messages are still delivered, then `error` (if any) is raised."""
        if self._closed:
            return
        self._closed = True
        self._error = error
        self._ready.set()

    async def get(self) -> T:
        """The next message; waits for one. Raises `StopAsyncIteration` at the normal end."""
        while not self._items:
            if self._closed:
                if self._error is not None:
                    raise self._error
                raise StopAsyncIteration
            self._ready.clear()
            await self._ready.wait()
        return self._items.popleft()

    def get_nowait(self) -> T | None:
        """The next queued message, or None when none is queued."""
        return self._items.popleft() if self._items else None

    def __aiter__(self) -> Feed[T]:
        return self

    async def __anext__(self) -> T:
        return await self.get()


def closed_error(reason: str, cause: BaseException | None = None) -> StreamClosedError:
    """A `StreamClosedError` for `reason`, chained to `cause`."""
    error = StreamClosedError(reason)
    error.__cause__ = cause
    return error

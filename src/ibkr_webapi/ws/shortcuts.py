"""Named subscriptions for every documented topic, shared by the async and sync clients.

Each method only builds the topic, target and arguments the Websockets chapter documents and
calls `subscribe`, so `StreamClient` and `SyncStreamClient` offer the same names.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Mapping, Sequence
from typing import Any, Generic, TypedDict, TypeVar, Unpack

from ibkr_webapi.ws.feeds import OverflowPolicy

S = TypeVar("S")


class FeedOptions(TypedDict, total=False):
    """Per-subscription buffering; unset values come from `StreamSettings`."""

    maxsize: int | None
    overflow: OverflowPolicy | None


class TopicShortcuts(ABC, Generic[S]):
    """One method per subscribing topic; `S` is the client's subscription type."""

    @abstractmethod
    def subscribe(self, topic: str, target: str | int | None = None,
                  args: Mapping[str, Any] | None = None, *, maxsize: int | None = None,
                  overflow: OverflowPolicy | None = None) -> S:
        """Subscribe to `topic` (see the implementation)."""

    def market_data(self, conid: int | str, fields: Sequence[str | int], *,
                    exchange: str | None = None, **options: Unpack[FeedOptions]) -> S:
        """smd: streaming level-one fields of one contract (renewed before the server ends it)."""
        target = f"{conid}@{exchange}" if exchange else str(conid)
        return self.subscribe("smd", target, {"fields": [str(f) for f in fields]}, **options)

    def historical_data(self, conid: int | str, *, period: str, bar: str,
                        source: str | None = None, outside_rth: bool | None = None,
                        exchange: str | None = None, format: str | None = None,
                        **options: Unpack[FeedOptions]) -> S:
        """smh: bars for `period` at `bar` size (the unsubscribe uses the server's id)."""
        args = {"period": period, "bar": bar, "source": source, "outsideRth": outside_rth,
                "exchange": exchange, "format": format}
        return self.subscribe("smh", str(conid),
                              {key: value for key, value in args.items() if value is not None},
                              **options)

    def price_ladder(self, account: str, conid: int | str, exchange: str | None = None,
                     **options: Unpack[FeedOptions]) -> S:
        """sbd: the BookTrader price ladder (needs a depth-of-book market data subscription)."""
        target = "+".join(part for part in (account, str(conid), exchange) if part)
        return self.subscribe("sbd", target, **options)

    def orders(self, **options: Unpack[FeedOptions]) -> S:
        """sor: live order updates."""
        return self.subscribe("sor", None, {}, **options)

    def trades(self, *, realtime_updates_only: bool = False, days: int = 1,
               **options: Unpack[FeedOptions]) -> S:
        """str: executions, historical ones for `days` unless `realtime_updates_only`."""
        return self.subscribe("str", None,
                              {"realtimeUpdatesOnly": realtime_updates_only, "days": days},
                              **options)

    def pnl(self, **options: Unpack[FeedOptions]) -> S:
        """spl: profit and loss per account."""
        return self.subscribe("spl", None, {}, **options)

    def account_summary(self, account: str, *, keys: Sequence[str] = (),
                        fields: Sequence[str] = (), **options: Unpack[FeedOptions]) -> S:
        """ssd: account summary values (all keys and fields unless narrowed)."""
        return self.subscribe("ssd", account, _filters(keys, fields), **options)

    def ledger(self, account: str, *, keys: Sequence[str] = (), fields: Sequence[str] = (),
               **options: Unpack[FeedOptions]) -> S:
        """sld: the ledger per currency, every 10 seconds."""
        return self.subscribe("sld", account, _filters(keys, fields), **options)

    def exercise(self, option_conid: int | str, **options: Unpack[FeedOptions]) -> S:
        """shs+exercise: start exercising an option; answers (shs and inp) arrive on the
        result. Send the answers with ``send_frame(encode_subscription("inp", "exercise",
        {...}))``."""
        return self.subscribe("shs", "exercise", {"CEX": str(option_conid)}, **options)


def _filters(keys: Sequence[str], fields: Sequence[str]) -> dict[str, list[str]]:
    return {name: list(values) for name, values in (("keys", keys), ("fields", fields))
            if values}

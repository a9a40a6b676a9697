"""Historical bars through the generated client: period, bar size, hours, pan, HMDS."""

from __future__ import annotations

from datetime import datetime
from itertools import pairwise
from zoneinfo import ZoneInfo

import pytest

from ibkr_client import Client
from ibkr_client.api.market_data import get_hmds_history, get_market_data_history
from ibkr_client.models import ErrorWithStatusCode, MarketDataHistory, MarketDataHistoryBar
from ibkr_webapi.mock.app import MockServer
from ibkr_webapi.mock.config import ManualClock
from ibkr_webapi.mock.handler_api import Call
from ibkr_webapi.mock.handlers.market_data import HANDLERS
from ibkr_webapi.spec import operation
from market_support import (  # noqa: F401 - the *_fixture names are fixtures
    AAPL,
    EURUSD,
    OPEN,
    client_fixture,
    clock_fixture,
    http_fixture,
    mock_server,
    server_fixture,
    validator_fixture,
)

NEW_YORK = ZoneInfo("America/New_York")
AFTER_CLOSE = 1_775_160_000.0
"""2026-04-02 16:00 New York: Thursday's regular session just closed."""



def history(client: Client, period: str, bar: str, conid: int = AAPL,
            **options: object) -> MarketDataHistory:
    answer = get_market_data_history.sync(client=client, conid=conid, period=period,
                                          bar=MarketDataHistoryBar(bar), **options)
    assert isinstance(answer, MarketDataHistory), answer
    return answer


def local(millis: int) -> datetime:
    return datetime.fromtimestamp(millis / 1000, NEW_YORK)


def test_one_day_of_minutes_is_the_regular_session() -> None:
    with mock_server(5, ManualClock(AFTER_CLOSE)) as server:
        bars = history(server.client(), "1d", "1min").data
        extended = history(server.client(), "1d", "1min", outside_rth=True).data
    assert len(bars) == 390
    assert (local(bars[0].t).hour, local(bars[0].t).minute) == (9, 30)
    assert (local(bars[-1].t).hour, local(bars[-1].t).minute) == (15, 59)
    assert {b.t - a.t for a, b in pairwise(bars)} == {60_000}
    assert len(extended) == 720 and local(extended[0].t).hour == 4  # 04:00 to now, 16:00


def test_a_week_of_daily_bars_is_five_trading_days(client: Client) -> None:
    answer = history(client, "1w", "1d")
    days = [local(b.t) for b in answer.data]
    assert len(days) == 5 and all(day.weekday() < 5 for day in days)
    assert len({day.date() for day in days}) == 5
    assert answer.bar_length == 86_400 and answer.time_period == "1w"
    assert answer.points == 4 and answer.symbol == "AAPL" and answer.text == "APPLE INC"


@pytest.mark.parametrize(("period", "bar", "count"), [
    ("1y", "1m", {12, 13}), ("3m", "1w", {13, 14}), ("2d", "1h", {12, 13, 14}),
    ("30min", "1min", {30, 31})])
def test_bar_counts_follow_period_and_bar(client: Client, period: str, bar: str,
                                          count: set[int]) -> None:
    assert len(history(client, period, bar).data) in count


def test_bars_are_consistent_ohlc_and_summarised_by_high_and_low(client: Client) -> None:
    answer = history(client, "1m", "1d")
    for b in answer.data:
        assert b.l <= min(b.o, b.c) <= max(b.o, b.c) <= b.h and b.v > 0
    high, volume, minutes = answer.high.split("/")
    top = max(answer.data, key=lambda b: b.h)
    assert int(high) == round(top.h * answer.price_factor)
    assert int(minutes) == (top.t - answer.data[0].t) // 60_000
    assert float(volume) == top.v


def test_the_last_bar_closes_at_the_current_price(server: MockServer, client: Client) -> None:
    assert history(client, "1d", "5min").data[-1].c == server.world.market.price(AAPL)


def test_start_time_pans_the_chart_back(client: Client) -> None:
    answer = history(client, "1w", "1h", start_time="20260320-16:00:00")
    assert answer.chart_pan_start_time == "20260320-16:00:00" and answer.direction == -1
    assert max(b.t for b in answer.data) < 1_774_022_400_000  # 2026-03-20 16:00 UTC
    assert answer.start_time == datetime.fromtimestamp(
        answer.data[0].t / 1000, ZoneInfo("UTC")).strftime("%Y%m%d-%H:%M:%S")


def test_a_bar_the_step_table_refuses_is_a_400(client: Client) -> None:
    response = get_market_data_history.sync_detailed(
        client=client, conid=AAPL, period="1d", bar=MarketDataHistoryBar("1w"))
    assert response.status_code == 400
    assert isinstance(response.parsed, ErrorWithStatusCode)
    assert response.parsed.error == "Bar 1w is not allowed for period 1d: use 1min to 8h"


def test_bars_depend_on_the_seed_only() -> None:
    def closes(seed: int) -> list[float]:
        with mock_server(seed, ManualClock(OPEN)) as server:
            return [b.c for b in history(server.client(), "1m", "1d").data]
    assert closes(3) == closes(3)
    assert closes(3) != closes(4)


def test_forex_bars_cover_the_forex_day(client: Client) -> None:
    bars = history(client, "1d", "1h", conid=EURUSD).data
    assert len(bars) > 8 and all(round(b.c / 0.00005, 6) % 1 == 0 for b in bars)


def test_hmds_wakes_up_with_a_404_then_answers(client: Client) -> None:
    first = get_hmds_history.sync_detailed(client=client, conid=AAPL, period="1d", bar="5mins")
    assert first.status_code == 404 and b"Resource not found" in first.content
    answer = get_hmds_history.sync(client=client, conid=AAPL, period="1d", bar="5mins")
    assert answer is not None and not isinstance(answer, ErrorWithStatusCode)
    assert answer.points == len(answer.data) == 45  # 09:30, 09:35, ..., 13:10 (now 13:13:20)
    assert answer.end_time_val == int(OPEN * 1000)


def test_hmds_direction_minus_one_reads_from_start_time_to_now(server: MockServer) -> None:
    server.world.market.session.hmds_ready = True
    query = {"conid": str(AAPL), "period": "1w", "bar": "1d", "direction": "-1",
             "startTime": "20260331-00:00:00"}
    call = Call(operation("get_hmds_history"), {}, query, None, {}, server.world)
    data = HANDLERS["get_hmds_history"](call).body["data"]
    assert [local(bar["t"]).day for bar in data] == [31, 1, 2]


def test_hmds_bid_bars_sit_below_ask_bars(server: MockServer) -> None:
    server.world.market.session.hmds_ready = True

    def closes(bar_type: str) -> list[float]:
        query = {"conid": str(AAPL), "period": "1d", "bar": "1hrs", "barType": bar_type}
        call = Call(operation("get_hmds_history"), {}, query, None, {}, server.world)
        return [bar["c"] for bar in HANDLERS["get_hmds_history"](call).body["data"]]
    bids, asks = closes("Bid"), closes("Ask")
    assert len(bids) == len(asks) > 3
    assert all(bid < ask for bid, ask in zip(bids, asks, strict=True))

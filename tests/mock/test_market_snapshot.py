"""Snapshots through the generated client: pre-flight, field values as strings, unsubscribe."""

from __future__ import annotations

import re

from ibkr_client import Client
from ibkr_client.api.market_data import (
    get_market_data_snapshot,
    get_regulatory_snapshot,
    unsubscribe_all_market_data,
    unsubscribe_market_data,
)
from ibkr_client.models import (
    ErrorMessage,
    ErrorWithStatusCode,
    MarketDataFieldId,
    MarketDataSnapshot,
    MarketDataUnsubscribeRequest,
)
from ibkr_webapi.mock.app import MockServer
from ibkr_webapi.mock.config import ManualClock
from market_support import (  # noqa: F401 - the *_fixture names are fixtures
    AAPL,
    CLOSED,
    EURUSD,
    SPY,
    client_fixture,
    clock_fixture,
    http_fixture,
    mock_server,
    server_fixture,
    validator_fixture,
)

F = MarketDataFieldId
FIELDS = [F.LAST_PRICE, F.SYMBOL, F.BID_PRICE, F.ASK_PRICE, F.VOLUME, F.OPEN, F.HIGH, F.LOW,
          F.CHANGE_PCT, F.COMPANY_NAME]


def snapshot(client: Client, *conids: int | str,
             fields: list[MarketDataFieldId] = FIELDS) -> list[MarketDataSnapshot]:
    answer = get_market_data_snapshot.sync(client=client, conids=[str(c) for c in conids],
                                           fields=fields)
    assert isinstance(answer, list), answer
    return answer



def test_the_first_call_is_a_preflight_then_values_follow(client: Client) -> None:
    first = snapshot(client, AAPL, SPY)
    assert [s.to_dict() for s in first] == [{"conid": AAPL, "conidEx": str(AAPL)},
                                           {"conid": SPY, "conidEx": str(SPY)}]
    second = snapshot(client, AAPL)[0]
    assert second.field_55 == "AAPL" and second.field_7051 == "APPLE INC"
    assert re.fullmatch(r"\d+\.\d{2}", second.field_31)
    assert float(second.field_84) < float(second.field_86)
    assert float(second.field_71) <= float(second.field_31) <= float(second.field_70)
    assert re.fullmatch(r"\d+(\.\d+)?[KMB]", second.field_87)
    assert second.field_6509 == "RpB" and second.field_6508.startswith("&serviceID1=")
    assert isinstance(second.field_updated, int)


def test_values_change_with_time_and_stay_on_the_tick(server: MockServer, client: Client,
                                                       clock: ManualClock) -> None:
    snapshot(client, EURUSD)
    seen = set()
    for _ in range(5):
        value = snapshot(client, EURUSD, fields=[F.LAST_PRICE])[0].field_31
        assert re.fullmatch(r"\d\.\d{5}", value) and round(float(value) / 0.00005, 6) % 1 == 0
        seen.add(value)
        clock.advance(120)  # within the 5-minute idle timeout of the session
    assert len(seen) > 1


def test_a_closed_market_shows_the_prior_close_with_a_c_prefix() -> None:
    with mock_server(5, ManualClock(CLOSED)) as server:
        client = server.client()
        snapshot(client, AAPL)
        values = snapshot(client, AAPL, fields=[F.LAST_PRICE, F.CLOSE])[0]
    assert values.field_31 == f"C{values.field_7296}"
    assert values.field_6509.startswith("Z")


def test_unsubscribe_resets_the_preflight(client: Client) -> None:
    snapshot(client, AAPL, SPY)
    ok = unsubscribe_market_data.sync(client=client, body=MarketDataUnsubscribeRequest(AAPL))
    assert ok is not None and ok.success is True
    assert snapshot(client, AAPL)[0].to_dict() == {"conid": AAPL, "conidEx": str(AAPL)}
    assert snapshot(client, SPY)[0].field_55 == "SPY"
    all_off = unsubscribe_all_market_data.sync(client=client)
    assert all_off is not None and all_off.unsubscribed is True
    assert snapshot(client, SPY)[0].to_dict() == {"conid": SPY, "conidEx": str(SPY)}


def test_unsubscribing_a_feed_that_is_not_open_is_ibkrs_500(client: Client) -> None:
    response = unsubscribe_market_data.sync_detailed(
        client=client, body=MarketDataUnsubscribeRequest(SPY))
    assert response.status_code == 500
    assert isinstance(response.parsed, (ErrorMessage, ErrorWithStatusCode))
    assert response.parsed.error == "unknown"


def test_an_unknown_conid_is_a_400_naming_it(client: Client) -> None:
    response = get_market_data_snapshot.sync_detailed(client=client, conids=["999"],
                                                      fields=[F.LAST_PRICE])
    assert response.status_code == 400
    assert isinstance(response.parsed, ErrorWithStatusCode)
    assert response.parsed.error == "Invalid conid: 999"


def test_the_exchange_in_a_conid_is_echoed_in_conid_ex(client: Client) -> None:
    snapshot(client, f"{AAPL}@SMART")
    assert snapshot(client, f"{AAPL}@SMART")[0].conid_ex == f"{AAPL}@SMART"


def test_the_regulatory_snapshot_has_numbers(client: Client) -> None:
    answer = get_regulatory_snapshot.sync(client=client, conid=AAPL)
    assert answer is not None and not isinstance(answer, (ErrorMessage, ErrorWithStatusCode))
    data = answer.to_dict()
    assert data["84"] < data["86"] and isinstance(data["88"], int)


async def test_async_calls_answer_like_sync_ones(server: MockServer) -> None:
    client = server.client()
    first = await get_market_data_snapshot.asyncio(client=client, conids=[str(AAPL)],
                                                   fields=[F.SYMBOL])
    second = await get_market_data_snapshot.asyncio(client=client, conids=[str(AAPL)],
                                                    fields=[F.SYMBOL])
    assert isinstance(first, list) and isinstance(second, list)
    assert first[0].to_dict() == {"conid": AAPL, "conidEx": str(AAPL)}
    assert second[0].field_55 == "AAPL"

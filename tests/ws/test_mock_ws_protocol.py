"""The mock websocket speaks IBKR's protocol: greeting, heartbeat, tic, subscriptions,
acknowledgements and the shapes real servers send (tested on the raw socket)."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from httpx_ws import AsyncWebSocketSession

from ibkr_webapi.mock.app import MockServer
from ibkr_webapi.mock.config import ManualClock
from ibkr_webapi.mock.world.events import NOTIFICATION
from ibkr_webapi.ws import MarketDataMessage, UnknownMessage, decode_frame
from stream_support import (
    eventually,
    http_client,
    mock_server,
    next_with_topic,
    open_socket,
    receive_json,
    websocket_hub,
)

AAPL = 265598
ACCOUNT = "U1234567"


@asynccontextmanager
async def greeted_socket(server: MockServer) -> AsyncIterator[AsyncWebSocketSession]:
    """A raw socket with the api cookie, past the three greeting frames."""
    session = server.world.session.session_id
    async with http_client(server, auth=None) as http, open_socket(http, cookie=session) as ws:
        for _ in range(3):
            await receive_json(ws)
        yield ws


async def test_greeting_is_system_then_sts_then_act() -> None:
    server = mock_server()
    session = server.world.session.session_id
    async with http_client(server, auth=None) as http, open_socket(http, cookie=session) as ws:
        system, sts, act = [await receive_json(ws) for _ in range(3)]
    assert system == {"topic": "system", "success": "mockuser1", "isFT": False,
                      "isPaper": False}
    assert sts["topic"] == "sts" and sts["args"]["authenticated"] is True
    assert sts["args"]["username"] == "mockuser1"
    assert act["topic"] == "act" and ACCOUNT in act["args"]["accounts"]
    assert act["args"]["selectedAccount"] == ACCOUNT


async def test_frames_before_the_greeting_are_dropped() -> None:
    server = mock_server()
    hub = websocket_hub(server)
    async with http_client(server, auth=None) as http:
        with hub.holding_greetings() as gate:
            async with open_socket(http, cookie=server.world.session.session_id) as ws:
                await ws.send_text(f'smd+{AAPL}+{{"fields":["31"]}}')
                await eventually(lambda: hub.outcomes("smd"), "the early frame to arrive")
                gate.set()
                assert (await receive_json(ws))["topic"] == "system"
                assert hub.outcomes("smd") == ["dropped"]
                assert hub.subscriptions() == []


async def test_heartbeat_carries_epoch_milliseconds() -> None:
    clock = ManualClock(1_775_150_000.0)
    server = mock_server(clock=clock)
    async with greeted_socket(server) as ws:
        beat = await next_with_topic(ws, "system")
    assert beat == {"topic": "system", "hb": 1_775_150_000_000}


async def test_each_tic_is_answered_four_times() -> None:
    server = mock_server()
    async with greeted_socket(server) as ws:
        await ws.send_text("tic")
        replies = [await next_with_topic(ws, "tic") for _ in range(4)]
    assert all(reply == replies[0] for reply in replies)
    assert replies[0]["alive"] is True
    assert replies[0]["id"] == server.world.session.session_id


async def test_smd_sends_requested_fields_then_only_changes() -> None:
    clock = ManualClock(1_775_150_000.0)
    server = mock_server(clock=clock)
    async with greeted_socket(server) as ws:
        await ws.send_text(f'smd+{AAPL}+{{"fields":["31","84","86","55"]}}')
        first = await next_with_topic(ws, f"smd+{AAPL}")
        clock.advance(120)
        delta = await next_with_topic(ws, f"smd+{AAPL}")
    assert {"31", "84", "86", "55", "6509", "6119", "conid", "server_id", "_updated"} <= set(first)
    assert first["conid"] == AAPL and isinstance(first["31"], str)
    changed = set(delta) - {"topic", "conid", "conidEx", "server_id", "_updated"}
    assert changed and "55" not in changed  # the symbol never changes, so it is not resent
    assert all(delta[key] != first.get(key) for key in changed)


async def test_smd_ends_after_its_lifetime() -> None:
    clock = ManualClock(1_775_150_000.0)
    server = mock_server(clock=clock)
    hub = websocket_hub(server)
    hub.faults.smd_lifetime = 900.0
    async with greeted_socket(server) as ws:
        await ws.send_text(f'smd+{AAPL}+{{"fields":["31"]}}')
        await next_with_topic(ws, f"smd+{AAPL}")
        clock.advance(899)
        await next_with_topic(ws, "system")
        assert hub.subscriptions() == [(1, "smd", str(AAPL))]
        clock.advance(2)
        await eventually(lambda: not hub.subscriptions(), "the smd subscription to expire")
    assert hub.outcomes(f"smd+{AAPL}")[-1] == "expired"


async def test_ledger_and_summary_carry_result_and_acknowledge_unsubscribe() -> None:
    server = mock_server()
    async with greeted_socket(server) as ws:
        await ws.send_text(f'sld+{ACCOUNT}+{{"keys":["LedgerListBASE"]}}')
        ledger = await next_with_topic(ws, f"sld+{ACCOUNT}")
        await ws.send_text(f'ssd+{ACCOUNT}+{{"keys":["NetLiquidation-S"]}}')
        summary = await next_with_topic(ws, f"ssd+{ACCOUNT}")
        await ws.send_text(f"uld+{ACCOUNT}+{{}}")
        await ws.send_text(f"usd+{ACCOUNT}+{{}}")
        acks = [await _next_result_string(ws) for _ in range(2)]
    assert [entry["key"] for entry in ledger["result"]] == ["LedgerListBASE"]
    assert ledger["result"][0]["acctCode"] == ACCOUNT
    assert isinstance(ledger["result"][0]["cashbalance"], float)
    # AccountCode always leads: clients route summaries by it (test_mock_ws_peer_defects.py).
    assert [entry["key"] for entry in summary["result"]] == ["AccountCode", "NetLiquidation-S"]
    assert summary["result"][1]["currency"] == "USD"
    assert sorted(acks) == ["unsubscribed from ledger", "unsubscribed from summary"]


async def _next_result_string(ws: AsyncWebSocketSession) -> str:
    while True:
        frame = await receive_json(ws)
        if isinstance(frame.get("result"), str):
            return str(frame["result"])


async def test_historical_data_answers_once_with_a_server_id_for_umh() -> None:
    server = mock_server()
    hub = websocket_hub(server)
    async with greeted_socket(server) as ws:
        await ws.send_text(f'smh+{AAPL}+{{"period":"1d","bar":"1h","format":"%o/%c/%h/%l"}}')
        bars = await next_with_topic(ws, f"smh+{AAPL}")
        await ws.send_text(f"umh+{bars['serverId']}")
        await eventually(lambda: "unsubscribed" in hub.outcomes("umh"), "umh to be served")
    assert json.loads(bars["payload"])["bar"] == "1h"
    assert bars["data"] and set(bars["data"][0]) == {"o", "c", "h", "l"}  # format: no t/v
    assert hub.subscriptions() == []


async def test_price_ladder_rows_around_the_last_price() -> None:
    server = mock_server()
    async with greeted_socket(server) as ws:
        await ws.send_text(f"sbd+{ACCOUNT}+{AAPL}")
        ladder = await next_with_topic(ws, f"sbd+{ACCOUNT}+{AAPL}")
    focus = [row for row in ladder["data"] if row["focus"] == 1]
    assert len(focus) == 1 and " @ " in focus[0]["price"]
    assert any("ask" in row for row in ladder["data"]) and any("bid" in row for row in
                                                                  ladder["data"])


async def test_order_updates_arrive_on_sor_as_the_order_moves() -> None:
    server = mock_server()
    async with greeted_socket(server) as ws:
        await ws.send_text("sor+{}")
        assert isinstance((await next_with_topic(ws, "sor"))["args"], list)
        async with http_client(server) as rest:
            order_id = await _place_limit_order(rest)
        update = await next_with_topic(ws, "sor")
    assert [order["orderId"] for order in update["args"]] == [order_id]


async def _place_limit_order(rest: Any) -> int:
    """POST an order far below the market, answering its questions; returns its id."""
    answer = (await rest.post(f"/iserver/account/{ACCOUNT}/orders", json={"orders": [
        {"conid": AAPL, "orderType": "LMT", "side": "BUY", "quantity": 1, "price": 1.0,
         "tif": "DAY"}]})).json()
    while "id" in answer[0] and "order_id" not in answer[0]:
        answer = (await rest.post(f"/iserver/reply/{answer[0]['id']}",
                                  json={"confirmed": True})).json()
    return int(answer[0]["order_id"])


async def test_refused_sor_answers_with_an_error_frame() -> None:
    server = mock_server()
    websocket_hub(server).faults.refuse_sor = True
    async with greeted_socket(server) as ws:
        await ws.send_text("sor+{}")
        error = await _next_error(ws)
    assert error == {"error": "unable to subscribe", "code": 500, "topic": "sor"}


async def _next_error(ws: AsyncWebSocketSession) -> dict[str, Any]:
    while True:
        frame = await receive_json(ws)
        if "error" in frame:
            return frame


async def test_notifications_and_bulletins_are_arrays() -> None:
    server = mock_server()
    async with greeted_socket(server) as ws:
        server.world.events.publish(NOTIFICATION, {"topic": "blt", "id": 7, "message": "halt"})
        server.world.events.publish(NOTIFICATION, {"id": "n1", "text": "filled", "title": "t"})
        bulletin = await next_with_topic(ws, "blt")
        notification = await next_with_topic(ws, "ntf")
    assert isinstance(bulletin["args"], list) and bulletin["args"][0]["id"] == 7
    assert isinstance(notification["args"], list) and notification["args"][0]["id"] == "n1"


async def test_exercise_dialogue_ends_with_an_exercise_order_on_sor() -> None:
    server = mock_server()
    option = next(i.conid for i in server.world.catalogue if i.sec_type == "OPT")
    async with greeted_socket(server) as ws:
        await ws.send_text("sor+{}")
        await next_with_topic(ws, "sor")
        await ws.send_text(f'shs+exercise+{{"CEX":"{option}"}}')
        assert await next_with_topic(ws, "shs+exercise") == {"topic": "shs+exercise"}
        content = await next_with_topic(ws, "shs+exercise")
        submit = {"action": "user_input", "data": {"id": str(content["data"]["id"]),
                  "user_action": "submit", "exercise": {"make_final": True, "value": 2}}}
        await ws.send_text("inp+exercise+" + json.dumps(submit))
        prompt = await next_with_topic(ws, "inp+exercise")
        go_on = {"action": "user_input", "data": {"id": str(prompt["data"]["id"]),
                                                  "user_action": "continue"}}
        await ws.send_text("inp+exercise+" + json.dumps(go_on))
        order = await next_with_topic(ws, "sor")
    assert content["action"] == "content" and prompt["action"] == "prompt"
    assert order["args"][0]["side"] == "EXER" and order["args"][0]["conid"] == option


async def test_every_frame_the_mock_sends_decodes_into_its_typed_message() -> None:
    server = mock_server()
    topics = [f'smd+{AAPL}+{{"fields":["31","84","86","87","7059"]}}',
              f'smh+{AAPL}+{{"period":"1d","bar":"1h"}}', f"sbd+{ACCOUNT}+{AAPL}", "sor+{}",
              'str+{"days":7}', "spl+{}", f"ssd+{ACCOUNT}+{{}}", f"sld+{ACCOUNT}+{{}}", "tic"]
    seen: dict[str, Any] = {}
    async with greeted_socket(server) as ws:
        for frame in topics:
            await ws.send_text(frame)
        wanted = {"smd", "smh", "sbd", "sor", "str", "spl", "ssd", "sld", "tic", "system"}
        while not wanted <= set(seen):
            message = decode_frame(await ws.receive_text())
            seen[message.topic] = message
    assert not [m for m in seen.values() if isinstance(m, UnknownMessage)]
    smd = seen["smd"]
    assert isinstance(smd, MarketDataMessage) and smd.fields.last_price is not None

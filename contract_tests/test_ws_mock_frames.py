"""Part 4: the frames the mock's websocket sends during a scripted session (greeting, market
data, orders, P&L, account data, tic) validate against the AsyncAPI schemas."""

from __future__ import annotations

import asyncio
import json

import httpx
from httpx_ws import aconnect_ws

from ibkr_webapi.mock.app import MockServer
from ibkr_webapi.mock.config import MockConfig
from ws_contract_support import frame_validator

SCRIPT = ["smd+265598+{\"fields\":[\"31\",\"84\",\"86\",\"6509\"]}", "sor+{}", "spl+{}",
          "str+{}", "tic"]
EXPECTED_TOPICS = {"system", "sts", "act", "smd", "sor", "spl", "str", "tic"}
MAX_FRAMES = 60
WAIT_SECONDS = 10.0  # a bound for a broken mock, not a measurement


def topic_of(frame: str) -> str:
    return str(json.loads(frame).get("topic", "")).split("+")[0]


async def record_session(server: MockServer) -> list[str]:
    account = server.http_client().get("/iserver/accounts").json()["accounts"][0]
    frames: list[str] = []
    async with server.websocket_client() as client:
        session = (await client.post("/tickle")).json()["session"]
        frames = await _converse(client, session, account)
    return frames


async def _converse(client: httpx.AsyncClient, session: str, account: str) -> list[str]:
    frames: list[str] = []
    async with aconnect_ws("/ws", client, headers={"Cookie": f"api={session}"}) as ws:
        for _ in range(3):  # system, sts, act: subscriptions before the greeting are dropped
            frames.append(await ws.receive_text())
        for frame in [*SCRIPT, f"ssd+{account}+{{}}", f"sld+{account}+{{}}"]:
            await ws.send_text(frame)
        seen = {topic_of(frame) for frame in frames}
        while len(frames) < MAX_FRAMES and not seen >= EXPECTED_TOPICS:
            text = await asyncio.wait_for(ws.receive_text(), WAIT_SECONDS)
            frames.append(text)
            seen.add(topic_of(text))
    return frames


def test_frames_of_a_scripted_session_fit_the_asyncapi_contract() -> None:
    with MockServer(MockConfig(seed=3, pacing=False, session_initialised=True)) as server:
        frames = asyncio.run(record_session(server))
    problems = {frame: frame_validator().incoming_problems(frame) for frame in frames}
    assert not {frame: found for frame, found in problems.items() if found}
    topics = {topic_of(frame) for frame in frames}
    assert topics >= EXPECTED_TOPICS, sorted(topics)

"""Typed decoding of smd frames against plain json.loads: ``python bench/bench_ws.py``.

The frames are the recorded smd frames of contract_tests/cassettes/ws plus frames built like them
with more fields (a full quote: last, bid, ask, sizes, volume "12.2M", change %, 6508, 6509).
Three loops over the same frames, best of several rounds:

- ``json.loads`` alone;
- ``decode_frame``: the typed message (topic, target, raw, data; views built on access);
- ``decode_frame`` plus reading the last, bid and ask prices as parsed numbers;
- for comparison, ``decode_frame`` plus the whole generated attrs model (``payload``), which
  is why the views are lazy.

Target: decode_frame within 3x of json.loads alone. It prints messages per second and the
ratios.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "generated")]

from ibkr_webapi.ws import MarketDataMessage, decode_frame  # noqa: E402

CASSETTES = ROOT / "contract_tests" / "cassettes" / "ws"
ROUNDS = 7
REPEAT = 20_000
TARGET_RATIO = 3.0


def recorded_smd_frames() -> list[str]:
    frames = []
    for path in sorted(CASSETTES.glob("smd__*.json")):
        frames.append(json.loads(path.read_text(encoding="utf-8"))["frame"])
    return frames


def built_smd_frames() -> list[str]:
    quote = {
        "server_id": "q1", "conidEx": "265598", "conid": 265598, "_updated": 1777552110061,
        "6119": "q1", "31": "C271.67", "84": "271.55", "86": "271.66", "85": "1,200",
        "88": "300", "87": "12.2M", "83": 0.56, "82": "+1.52", "7059": "100", "6509": "RpB",
        "6508": "&serviceID1=122&serviceID2=123", "topic": "smd+265598",
    }  # fmt: skip
    return [json.dumps(quote), json.dumps({**quote, "31": "H271.70", "87": "12.3M"})]


def best_rates(loops: Sequence[Callable[[list[str]], None]], frames: list[str]) -> list[float]:
    """Messages per second of each loop's fastest round; rounds interleave the loops so that
    load from other processes hits them alike."""
    batch = frames * (REPEAT // len(frames))
    best = [float("inf")] * len(loops)
    for _ in range(ROUNDS):
        for index, loop in enumerate(loops):
            start = time.perf_counter()
            loop(batch)
            best[index] = min(best[index], time.perf_counter() - start)
    return [len(batch) / seconds for seconds in best]


def plain(batch: list[str]) -> None:
    loads = json.loads
    for frame in batch:
        loads(frame)


def typed(batch: list[str]) -> None:
    for frame in batch:
        decode_frame(frame)


def typed_and_read(batch: list[str]) -> None:
    for frame in batch:
        message = decode_frame(frame)
        assert isinstance(message, MarketDataMessage)
        fields = message.fields
        for value in (fields.last_price, fields.bid_price, fields.ask_price):
            if value is not None:
                value.number  # noqa: B018 - the read is what is measured


def typed_model(batch: list[str]) -> None:
    for frame in batch:
        decode_frame(frame).payload  # noqa: B018


def main() -> int:
    frames = recorded_smd_frames() + built_smd_frames()
    loops = [plain, typed, typed_and_read, typed_model]
    plain_rate, typed_rate, read_rate, model_rate = best_rates(loops, frames)
    ratio = plain_rate / typed_rate
    print(f"smd frames: {len(frames)} distinct, {REPEAT} per round, best of {ROUNDS}")
    print(f"json.loads                 {plain_rate:>12,.0f} msg/s")
    print(f"decode_frame (typed)       {typed_rate:>12,.0f} msg/s   {ratio:.2f}x json.loads")
    print(
        f"decode + read 3 prices     {read_rate:>12,.0f} msg/s   "
        f"{plain_rate / read_rate:.2f}x json.loads"
    )
    print(
        f"decode + attrs payload     {model_rate:>12,.0f} msg/s   "
        f"{plain_rate / model_rate:.2f}x json.loads"
    )
    verdict = "meets" if ratio <= TARGET_RATIO else "MISSES"
    print(f"target: typed decode within {TARGET_RATIO:.0f}x of json.loads -> {verdict}")
    return 0 if ratio <= TARGET_RATIO else 1


if __name__ == "__main__":
    raise SystemExit(main())

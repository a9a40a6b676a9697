"""Check recorded websocket frames against the AsyncAPI document installed with the client.

Received frames are checked against the payload schema of their message, sent frames against
their topic's frame pattern and argument schema (`ibkr_webapi.ws.asyncapi.FrameValidator`).
Rows are grouped per topic, as ``ws <topic>``.

Example:
    >>> from ibkr_webapi.contract.traffic import WsFrame
    >>> frame = WsFrame("f.jsonl:1", "received", '{"topic":"system","hb":"x"}')
    >>> checked = FrameChecker().check(frame)
    >>> checked.operation, [(r.kind, r.json_path) for r in checked.rows]
    ('ws system', [('violation', '$.hb')])
"""

from __future__ import annotations

from ibkr_webapi.contract.report import first_json_path
from ibkr_webapi.contract.results import Checked, Row
from ibkr_webapi.contract.traffic import WsFrame
from ibkr_webapi.spec import effective_spec
from ibkr_webapi.ws.asyncapi import FrameValidator, load_asyncapi
from ibkr_webapi.ws.frames import FrameDecodeError, decode_frame, parse_request


class FrameChecker:
    """Checks frames in both directions (the AsyncAPI document is loaded once)."""

    def __init__(self) -> None:
        self.validator = FrameValidator(dict(effective_spec()), load_asyncapi())

    def check(self, frame: WsFrame) -> Checked:
        if frame.direction == "sent":
            problems = self.validator.outgoing_problems(frame.text)
        else:
            problems = self.validator.incoming_problems(frame.text)
        operation = f"ws {_topic(frame)}"
        label = f"{frame.direction} {frame.text[:60]}"
        rows = tuple(Row(operation, frame.source, label, "frame", "violation",
                         first_json_path(problem), problem) for problem in problems)
        return Checked(operation, frame.source, label, rows)


def _topic(frame: WsFrame) -> str:
    try:
        if frame.direction == "sent":
            return parse_request(frame.text).topic
        return decode_frame(frame.text).topic or "(no topic)"
    except FrameDecodeError:
        return "(undecodable)"

"""Typed errors of the websocket stream client. None of them carries a secret.

>>> str(StreamAuthenticationError("not authenticated"))
'websocket refused: not authenticated'
"""

from __future__ import annotations

from ibkr_auth.errors import PicklableError


class StreamError(PicklableError):
    """Base of every websocket stream error."""


class FrameTooLargeError(StreamError):
    """An incoming frame was larger than ``max_frame_size`` (`limit`); it was dropped.

    >>> str(FrameTooLargeError(2000000, 1048576))
    'websocket frame of 2000000 bytes dropped: it exceeds max_frame_size (1048576 bytes)'
    """

    limit = "max_frame_size"

    def __init__(self, size: int, maximum: int) -> None:
        super().__init__(f"websocket frame of {size} bytes dropped: it exceeds "
                         f"{self.limit} ({maximum} bytes)")
        self.size = size
        self.maximum = maximum


class StreamAuthenticationError(StreamError):
    """The server refused the websocket: no authenticated session, or a wrong cookie/token."""

    def __init__(self, detail: str) -> None:
        super().__init__(f"websocket refused: {detail}")
        self.detail = detail


class StreamClosedError(StreamError):
    """The stream ended before the subscription did (closed, or reconnecting gave up)."""

    def __init__(self, reason: str) -> None:
        super().__init__(f"websocket stream closed: {reason}")
        self.reason = reason


class StreamOverflowError(StreamError):
    """A feed with the FAIL overflow policy was full: the consumer fell behind."""

    def __init__(self, maxsize: int, dropped: int) -> None:
        super().__init__(f"feed overflow: {maxsize} messages queued, {dropped} dropped "
                         "(consume faster, raise maxsize, or choose a DROP_* policy)")
        self.maxsize = maxsize
        self.dropped = dropped


class SubscriptionRefusedError(StreamError):
    """The server answered a subscription with an error frame."""

    def __init__(self, topic: str, message: str, code: object = None) -> None:
        super().__init__(f"subscription to {topic!r} refused: {message}"
                         + (f" (code {code})" if code is not None else ""))
        self.topic = topic
        self.message = message
        self.code = code

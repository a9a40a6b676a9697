"""The websocket contract at runtime: decode incoming frames, encode outgoing ones.

``decode_frame`` turns any frame into a typed message (``topic``, ``target``, ``raw``, the
decoded ``data`` and typed views such as ``fields`` for smd); ``encode_subscription`` writes
the TOPIC+TARGET+{json} frames of spec/asyncapi.yaml.

>>> from ibkr_webapi.ws import decode_frame
>>> decode_frame('{"topic":"system","hb":1777552111502}').heartbeat_ms
1777552111502
"""

from .feeds import Feed, OverflowPolicy
from .fields import MarketDataFields, field_descriptions
from .frames import (
    OUTGOING_TOPICS,
    FrameDecodeError,
    FrameEncodeError,
    Request,
    decode_frame,
    encode_subscription,
    parse_request,
)
from .messages import (
    MESSAGE_TYPES,
    AccountMessage,
    AccountSummaryMessage,
    BulletinMessage,
    ErrorMessage,
    ExerciseMessage,
    HistoricalDataMessage,
    LedgerMessage,
    MarketDataMessage,
    NotificationMessage,
    OrderUpdateMessage,
    PayloadError,
    PnlMessage,
    PriceLadderMessage,
    StatusMessage,
    SystemMessage,
    TicMessage,
    TradeMessage,
    UnknownMessage,
    UnsubscribedMessage,
    WaitingForSessionMessage,
    WsMessage,
)
from .resilience import StreamSettings
from .router import StreamStats
from .stream import StreamClient
from .stream_errors import (
    FrameTooLargeError,
    StreamAuthenticationError,
    StreamClosedError,
    StreamError,
    StreamOverflowError,
    SubscriptionRefusedError,
)
from .subscriptions import Subscription
from .sync import SyncStreamClient
from .values import (
    Availability,
    FieldValue,
    ServiceParams,
    Timeliness,
    decode_availability,
    decode_service_params,
    parse_value,
)

__all__ = [
    "MESSAGE_TYPES",
    "OUTGOING_TOPICS",
    "AccountMessage",
    "AccountSummaryMessage",
    "Availability",
    "BulletinMessage",
    "ErrorMessage",
    "ExerciseMessage",
    "Feed",
    "FieldValue",
    "FrameDecodeError",
    "FrameEncodeError",
    "FrameTooLargeError",
    "HistoricalDataMessage",
    "LedgerMessage",
    "MarketDataFields",
    "MarketDataMessage",
    "NotificationMessage",
    "OrderUpdateMessage",
    "OverflowPolicy",
    "PayloadError",
    "PnlMessage",
    "PriceLadderMessage",
    "Request",
    "ServiceParams",
    "StatusMessage",
    "StreamAuthenticationError",
    "StreamClient",
    "StreamClosedError",
    "StreamError",
    "StreamOverflowError",
    "StreamSettings",
    "StreamStats",
    "Subscription",
    "SubscriptionRefusedError",
    "SyncStreamClient",
    "SystemMessage",
    "TicMessage",
    "Timeliness",
    "TradeMessage",
    "UnknownMessage",
    "UnsubscribedMessage",
    "WaitingForSessionMessage",
    "WsMessage",
    "decode_availability",
    "decode_frame",
    "decode_service_params",
    "encode_subscription",
    "field_descriptions",
    "parse_request",
    "parse_value",
]

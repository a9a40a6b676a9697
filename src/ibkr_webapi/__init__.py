"""ibkr_webapi: the handwritten runtime around the generated IBKR Web API client.

The names below load on first use, so ``import ibkr_webapi.flex`` (a Flex-only program) does
not pay for the REST models, the facade or the websocket client.

>>> from ibkr_webapi import decode_frame
>>> decode_frame('{"topic": "system", "hb": 1700000000000}').topic
'system'
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ibkr_webapi.version import __version__

if TYPE_CHECKING:
    from ibkr_webapi import errors
    from ibkr_webapi.client import AsyncClient, Client
    from ibkr_webapi.orders import Answer, QuestionPolicy
    from ibkr_webapi.settings import Settings
    from ibkr_webapi.targets import Target
    from ibkr_webapi.ws import StreamClient, SyncStreamClient, decode_frame, encode_subscription

_EXPORTS = {
    "AsyncClient": "ibkr_webapi.client",
    "Client": "ibkr_webapi.client",
    "Answer": "ibkr_webapi.orders",
    "QuestionPolicy": "ibkr_webapi.orders",
    "Settings": "ibkr_webapi.settings",
    "Target": "ibkr_webapi.targets",
    "StreamClient": "ibkr_webapi.ws",
    "SyncStreamClient": "ibkr_webapi.ws",
    "decode_frame": "ibkr_webapi.ws",
    "encode_subscription": "ibkr_webapi.ws",
}
__all__ = [
    "Answer",
    "AsyncClient",
    "Client",
    "QuestionPolicy",
    "Settings",
    "StreamClient",
    "SyncStreamClient",
    "Target",
    "__version__",
    "decode_frame",
    "encode_subscription",
    "errors",
]


def __getattr__(name: str) -> Any:
    if name == "errors":
        return importlib.import_module("ibkr_webapi.errors")
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'ibkr_webapi' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)

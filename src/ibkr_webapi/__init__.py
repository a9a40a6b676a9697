"""ibkr_webapi: the handwritten runtime around the generated IBKR Web API client.

>>> from ibkr_webapi import decode_frame
>>> decode_frame('{"topic": "system", "hb": 1700000000000}').topic
'system'
"""

from ibkr_webapi import errors
from ibkr_webapi.client import AsyncClient, Client
from ibkr_webapi.orders import Answer, QuestionPolicy
from ibkr_webapi.settings import Settings
from ibkr_webapi.targets import Target
from ibkr_webapi.version import __version__
from ibkr_webapi.ws import StreamClient, SyncStreamClient, decode_frame, encode_subscription

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

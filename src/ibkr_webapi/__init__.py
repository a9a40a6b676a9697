"""ibkr_webapi: the handwritten runtime around the generated IBKR Web API client.

>>> from ibkr_webapi import decode_frame
>>> decode_frame('{"topic": "system", "hb": 1700000000000}').topic
'system'
"""

from ibkr_webapi.ws import decode_frame, encode_subscription

__version__ = "0.1.0"
__all__ = ["decode_frame", "encode_subscription"]

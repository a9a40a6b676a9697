"""Shared stores: the pacing schedule and the session state of one IBKR identity, shared by
several processes through Redis (``pip install 'ibkr-webapi[redis]'``). Without them (the
default) both stay in the process, as before.

>>> from ibkr_webapi import Settings
>>> settings = Settings(pacing_store=PacingStoreConfig("redis://localhost:6379/0"))
>>> settings.pacing_store.on_unavailable
'error'
"""

from ibkr_webapi.stores.config import (
    PacingStoreConfig,
    SessionStoreConfig,
    decode_store_key,
    new_store_key,
)

__all__ = ["PacingStoreConfig", "SessionStoreConfig", "decode_store_key", "new_store_key"]

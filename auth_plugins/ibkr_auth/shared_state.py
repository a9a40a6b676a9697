"""Session state several processes share (the OAuth live session token, the Gateway's
brokerage session), so they handshake once instead of once each.

`SharedState` is what an auth plugin needs from the store: load and save a named record, and
a lock across processes that expires (a process dying mid-renewal cannot block the others
for longer than the lock's lifetime). ``ibkr_webapi.stores`` implements it on Redis, sealing
every record with a key the processes share; ibkr_auth itself depends on no store.

A record is JSON: when it was written (epoch seconds) and the plugin's own state.

>>> record = SharedRecord.decode(SharedRecord(12.5, {"authenticated": True}).encode())
>>> record.at, record.state
(12.5, {'authenticated': True})
>>> SharedRecord.decode(b"not json") is None
True
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

BROKERAGE_SESSION = "brokerage_session"
"""The record (and lock) name of the Gateway brokerage session (ssodh/init)."""


class SharedState(Protocol):
    """A store shared by the processes of one IBKR identity; every method may block briefly
    on the network and raises when the store is unreachable, unless it is configured to fall
    back to working alone (then `load` returns None and `acquire` does not lock)."""

    def load(self, name: str) -> bytes | None:
        """The record saved under `name`, or None."""
        ...

    def save(self, name: str, value: bytes, ttl: float) -> None:
        """Save `value` under `name` for `ttl` seconds."""
        ...

    def acquire(self, name: str) -> Callable[[], None]:
        """Block until this process holds the lock `name`; returns its release."""
        ...


@dataclass(frozen=True)
class SharedRecord:
    """A saved state and when it was written (epoch seconds, the writer's clock)."""

    at: float
    state: dict[str, Any]

    def encode(self) -> bytes:
        return json.dumps({"at": self.at, "state": self.state}, sort_keys=True).encode()

    @classmethod
    def decode(cls, raw: bytes | None) -> SharedRecord | None:
        """The record, or None when `raw` is missing or not a record (it is then ignored and
        overwritten by the next renewal)."""
        try:
            data = json.loads(raw) if raw is not None else None
        except ValueError:
            return None
        if (not isinstance(data, dict) or not isinstance(data.get("at"), int | float)
                or not isinstance(data.get("state"), dict)):
            return None
        return cls(float(data["at"]), data["state"])

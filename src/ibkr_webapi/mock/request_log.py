"""Every request a mock server received, so tests can assert on what reached it.

>>> log = RequestLog()
>>> log.record(RecordedRequest("POST", "/v1/api/iserver/account/U1234567/orders", "place_order",
...                            200))
>>> log.count("place_order"), log.count("tickle"), log.statuses()
(1, 0, [200])
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ibkr_webapi.mock.identities import IdentityCounts


@dataclass(frozen=True)
class RecordedRequest:
    """One request: what was asked and how the mock answered."""

    method: str
    path: str
    operation_id: str | None
    """None for a path the spec does not have."""
    status: int | None
    """None when the connection was dropped (a ``drop`` fault)."""
    signature_form: str | None = None
    """OAuth mode: the base string form the signature matched ("ibkr", "rfc5849",
    "no_query"; with ``@<base URI>`` when the client signed the address it reached rather
    than the Host header's), None when unsigned or refused."""


class RequestLog:
    """The requests in arrival order."""

    def __init__(self) -> None:
        self._entries: list[RecordedRequest] = []
        self.identities = IdentityCounts()
        """Requests and 429s per IBKR identity (see `ibkr_webapi.mock.identities`)."""

    def __iter__(self) -> Iterator[RecordedRequest]:
        return iter(list(self._entries))

    def __len__(self) -> int:
        return len(self._entries)

    def record(self, entry: RecordedRequest) -> None:
        self._entries.append(entry)

    def clear(self) -> None:
        self._entries.clear()

    def of(self, operation_id: str) -> list[RecordedRequest]:
        """The requests of one operation."""
        return [entry for entry in self._entries if entry.operation_id == operation_id]

    def count(self, operation_id: str) -> int:
        """How many requests of this operation arrived (whatever the answer)."""
        return len(self.of(operation_id))

    def signature_forms(self, operation_id: str | None = None) -> list[str | None]:
        """The signing forms that matched, optionally for one operation."""
        return [entry.signature_form for entry in self._entries
                if operation_id is None or entry.operation_id == operation_id]

    def statuses(self, operation_id: str | None = None) -> list[int | None]:
        """The answers' statuses, optionally for one operation."""
        return [entry.status for entry in self._entries
                if operation_id is None or entry.operation_id == operation_id]

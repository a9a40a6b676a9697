"""Fault injection: what the mock does wrong on purpose, per operation or for every request.

A `Fault` applies to the calls of one operation (or of all when `operation` is None), after
`skip` matching calls, for the next `times` calls (None: for good). Kinds:

- ``latency``: wait `seconds` before answering (counts as an in-flight request);
- ``status``: answer `status` (default 503) with IBKR's JSON error body instead of serving;
- ``html``: answer `status` with an HTML error page, as IBKR's gateway does on some errors;
- ``text``: answer `status` with a plain-text body;
- ``drop``: close the connection without a complete answer (the client sees a transport
  error); with ``when="after"`` the request is served first, so its effect (an order
  placement, say) happens although the client never learns the outcome;
- ``truncate``: serve normally, but cut the body in half;

At most one of ``status``, ``html``, ``text``, ``drop`` and ``truncate`` applies to a call (the
first added); the others wait for the next calls. Latency and state actions always apply.
State actions:

- ``expire_token``: invalidate every OAuth live session token, then serve;
- ``compete``: another login takes the brokerage session, then serve;
- ``expire_session``: the brokerage session times out, then serve.

>>> plan = FaultPlan()
>>> _ = plan.add(Fault("status", operation="get_brokerage_accounts", status=500, skip=1))
>>> [f.kind for f in plan.take("get_brokerage_accounts")], plan.take("tickle")
([], [])
>>> [f.status for f in plan.take("get_brokerage_accounts")], plan.take("get_brokerage_accounts")
([500], [])
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import httpx

FaultKind = Literal["latency", "status", "html", "text", "drop", "truncate", "expire_token",
                    "compete", "expire_session"]
FAULT_KINDS: tuple[FaultKind, ...] = ("latency", "status", "html", "text", "drop", "truncate",
                                      "expire_token", "compete", "expire_session")
REPLACING: frozenset[FaultKind] = frozenset({"status", "html", "text", "drop"})
"""Kinds that answer in place of the handler."""
ANSWERING: frozenset[FaultKind] = REPLACING | {"truncate"}
"""Kinds that change the answer: one of them at most applies to a call, the others wait."""
ACTIONS: frozenset[FaultKind] = frozenset({"expire_token", "compete", "expire_session"})
"""Kinds that change the mock's state before the request is served."""

HTML_ERROR_PAGE = ("<html><head><title>Error</title></head><body><h1>Service Unavailable</h1>"
                   "<p>The server is temporarily unable to service your request.</p>"
                   "</body></html>")
PLAIN_TEXT_ERROR = "Service Unavailable"


class ConnectionDropped(httpx.RemoteProtocolError):
    """Raised inside the app to break the connection (the ``drop`` fault).

    In process (httpx.ASGITransport) the client receives this exception, an
    ``httpx.TransportError`` like any dropped connection; over a real server the connection
    closes before the answer is complete."""

    def __init__(self) -> None:
        super().__init__("the mock dropped the connection (injected fault)")


@dataclass
class Fault:
    """One configured fault; see the module docstring for the kinds."""

    kind: FaultKind
    operation: str | None = None
    """The operationId it applies to (e.g. "place_order"); None for every operation."""
    times: int | None = 1
    """How many matching calls it affects; None for every one."""
    skip: int = 0
    """Matching calls to let through untouched first."""
    seconds: float = 0.0
    """Delay of a ``latency`` fault."""
    status: int = 503
    """HTTP status of ``status``, ``html`` and ``text`` faults."""
    body: str | None = None
    """Body of ``status``, ``html`` and ``text`` faults (a default fits each kind)."""
    when: Literal["before", "after"] = "before"
    """For ``drop``: before the handler runs (lost request) or after (lost answer)."""

    def __post_init__(self) -> None:
        if self.kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault kind {self.kind!r}; choose one of {FAULT_KINDS}")
        if self.times is not None and self.times < 1:
            raise ValueError(f"times must be at least 1 (or None for always), not {self.times}")
        if self.skip < 0 or self.seconds < 0:
            raise ValueError("skip and seconds cannot be negative")
        if self.when not in ("before", "after"):
            raise ValueError(f"when must be 'before' or 'after', not {self.when!r}")

    @property
    def spent(self) -> bool:
        return self.times == 0

    def _applies(self) -> bool:
        """Count one matching call; whether the fault applies to it."""
        if self.skip:
            self.skip -= 1
            return False
        if self.times is not None:
            self.times -= 1
        return True


class FaultPlan:
    """The faults configured on one mock server, consumed as matching calls arrive."""

    def __init__(self) -> None:
        self._faults: list[Fault] = []

    def add(self, fault: Fault) -> Fault:
        self._faults.append(fault)
        return fault

    def clear(self) -> None:
        self._faults.clear()

    @property
    def pending(self) -> list[Fault]:
        """Faults that can still apply."""
        return [fault for fault in self._faults if not fault.spent]

    def take(self, operation_id: str) -> list[Fault]:
        """The faults that apply to this call, in the order they were added: every latency
        and state action, and the first fault that changes the answer."""
        taken: list[Fault] = []
        answered = False
        for fault in self._faults:
            if fault.spent or fault.operation not in (None, operation_id):
                continue
            if fault.kind in ANSWERING and answered:
                continue
            if fault._applies():
                taken.append(fault)
                answered = answered or fault.kind in ANSWERING
        self._faults = [fault for fault in self._faults if not fault.spent]
        return taken

"""Account Management state of the mock: account statuses and registration tasks, submitted
applications, banking instructions with their lifecycle, and FA model portfolios.

An instruction is PENDING when submitted and PROCESSED once `PROCESSING_SECONDS` have passed on
the world's clock (a cancel before that makes it REJECTED, with the cancel itself PROCESSED).
A model saved is listed, summarised and positioned from its targets and the catalogue's prices.

>>> from ibkr_webapi.mock.world.accounts import Accounts
>>> now = [1_700_000_000.0]
>>> management = Management.seeded(Accounts.seeded(0), lambda: now[0])
>>> record = management.submit("U1234567", "DEPOSIT", 77, {"amount": 100})
>>> management.status_of(record.instruction_id)
'PENDING'
>>> now[0] += PROCESSING_SECONDS
>>> management.status_of(record.instruction_id)
'PROCESSED'
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ibkr_webapi.mock.world.accounts import Accounts

PROCESSING_SECONDS = 2.0
FIRST_INSTRUCTION_ID = 43_000_001
FIRST_SET_ID = 2_401
FIRST_REQUEST_ID = 60_001
REGISTRATION_FORMS = ((5001, "Customer Agreement"), (3024, "Tax Certification"),
                      (8001, "Proof of Identity"))


@dataclass
class Instruction:
    instruction_id: int
    instruction_type: str
    client_instruction_id: int
    account_id: str
    set_id: int
    submitted_at: float
    details: dict[str, Any]
    cancelled: bool = False


@dataclass
class ManagedAccount:
    account_id: str
    status: str = "O"
    description: str = "Open"
    date_opened: str = "2024-01-02"
    completed_forms: set[int] = field(default_factory=set)
    assigned_forms: list[int] = field(default_factory=list)


@dataclass
class Model:
    name: str
    description: str
    is_static: bool
    positions: dict[int, float]
    cash: dict[str, float]
    invested: dict[str, float] = field(default_factory=dict)


class Management:
    """The Account Management and FA model state; see the module docstring."""

    def __init__(self, accounts: dict[str, ManagedAccount], advisor: str,
                 clock: Callable[[], float]) -> None:
        self.accounts = accounts
        self.advisor = advisor
        self.clock = clock
        self.instructions: dict[int, Instruction] = {}
        self.sets: dict[int, list[int]] = {}
        self.requests: dict[int, dict[str, Any]] = {}
        self.models: dict[str, Model] = {}
        self.presets: dict[str, bool] = {
            "avoidNegativeCashInIndependent": True, "closeDivestIndependentPosition": False,
            "fullyInvestExistingLongPositions": False, "keepModelOpen": False,
            "preferCrossWithIndependent": True, "preferTransferFromIndependent": True,
            "roundAllocationQuantityToExchangeBoardLot": True, "useNonBaseCcy": False,
            "useToleranceRange": False}
        self._next_instruction = FIRST_INSTRUCTION_ID
        self._next_set = FIRST_SET_ID
        self._next_request = FIRST_REQUEST_ID

    @classmethod
    def seeded(cls, accounts: Accounts, clock: Callable[[], float]) -> Management:
        managed = {a.account_id: ManagedAccount(a.account_id) for a in accounts.all}
        first = next(iter(managed))
        managed[first].assigned_forms = [form for form, _ in REGISTRATION_FORMS]
        managed[first].completed_forms = {REGISTRATION_FORMS[0][0]}
        return cls(managed, accounts.advisor.account_id, clock)

    # ----------------------------------------------------------------- accounts

    def account(self, account_id: str) -> ManagedAccount | None:
        return self.accounts.get(account_id)

    def new_request(self, kind: str, account_id: str | None = None) -> int:
        request_id = self._next_request
        self._next_request += 1
        self.requests[request_id] = {"kind": kind, "accountId": account_id,
                                     "submitted": self.clock(), "status": "N"}
        return request_id

    # ----------------------------------------------------------------- instructions

    def new_set(self) -> int:
        set_id = self._next_set
        self._next_set += 1
        self.sets[set_id] = []
        return set_id

    def submit(self, account_id: str, instruction_type: str, client_instruction_id: int,
               details: dict[str, Any], set_id: int | None = None) -> Instruction:
        if set_id is None:
            set_id = self.new_set()
        record = Instruction(self._next_instruction, instruction_type, client_instruction_id,
                             account_id, set_id, self.clock(), details)
        self._next_instruction += 1
        self.instructions[record.instruction_id] = record
        self.sets[set_id].append(record.instruction_id)
        return record

    def by_client_id(self, client_instruction_id: int) -> Instruction | None:
        for record in self.instructions.values():
            if record.client_instruction_id == client_instruction_id:
                return record
        return None

    def status_of(self, instruction_id: int) -> str:
        record = self.instructions[instruction_id]
        if record.cancelled:
            return "REJECTED"
        if self.clock() - record.submitted_at >= PROCESSING_SECONDS:
            return "PROCESSED"
        return "PENDING"

    def cancel(self, instruction_id: int) -> bool:
        """Cancel a pending instruction; False if it is unknown or already processed."""
        record = self.instructions.get(instruction_id)
        if record is None or self.status_of(instruction_id) != "PENDING":
            return False
        record.cancelled = True
        return True

    def recent(self, account_id: str) -> list[Instruction]:
        return [r for r in self.instructions.values() if r.account_id == account_id]

"""The mock's accounts: one individual account and an advisor (FA) structure.

Every id and name is fabricated: the individual account is U1234567 (the id IBKR's own
documentation uses), the advisor master is F7654321 with sub-accounts U7654301..03. The
seed only picks which clearly fake names the holders get. The login sees all of them, the
way a multi-account structure does, and one is selected at a time (switch_account).

>>> accounts = Accounts.seeded(3)
>>> accounts.selected.account_id
'U1234567'
>>> [a.account_id for a in accounts.members("F7654321")]
['F7654321', 'U7654301', 'U7654302', 'U7654303']
>>> accounts.select("U7654302"), accounts.selected.account_id
(True, 'U7654302')
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass

from ibkr_webapi.mock.handler_api import ApiError

INDIVIDUAL = "INDIVIDUAL"
ADVISOR = "ADVISOR"
SUBACCOUNT = "SUBACCOUNT"

FAKE_FIRST_NAMES = ("Alex", "Jordan", "Casey", "Robin", "Morgan", "Sam", "Taylor", "Jamie")
FAKE_LAST_NAMES = ("Sample", "Example", "Testcase", "Mockford", "Placeholder", "Dummy")
FAKE_FIRMS = ("Example Advisors LLC", "Sample Capital Partners", "Mock Wealth Management")


@dataclass(frozen=True)
class Account:
    """One account of the structure."""

    account_id: str
    first_name: str
    last_name: str
    kind: str
    """INDIVIDUAL, ADVISOR (the F-account master) or SUBACCOUNT (a client of the advisor)."""
    parent: str = ""
    currency: str = "USD"
    opened_ms: int = 1_672_531_200_000
    """When the account was opened, epoch ms (accountStatus in /portfolio/accounts)."""

    @property
    def title(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def is_advisor(self) -> bool:
        return self.kind == ADVISOR


class Accounts:
    """The account structure and which account is selected."""

    def __init__(self, accounts: list[Account], selected: str) -> None:
        self._by_id = {account.account_id: account for account in accounts}
        self._selected = selected

    @classmethod
    def seeded(cls, seed: int) -> Accounts:
        """The structure every mock has; `seed` picks the fake holder names."""
        rng = random.Random(f"accounts-{seed}")

        def person(account_id: str, kind: str, parent: str = "") -> Account:
            return Account(account_id, rng.choice(FAKE_FIRST_NAMES), rng.choice(FAKE_LAST_NAMES),
                           kind, parent)

        advisor = Account("F7654321", rng.choice(FAKE_FIRMS), "", ADVISOR)
        subaccounts = [person(f"U765430{n}", SUBACCOUNT, advisor.account_id) for n in (1, 2, 3)]
        return cls([person("U1234567", INDIVIDUAL), advisor, *subaccounts], "U1234567")

    def __iter__(self) -> Iterator[Account]:
        return iter(self._by_id.values())

    @property
    def all(self) -> list[Account]:
        return list(self._by_id.values())

    @property
    def selected(self) -> Account:
        return self._by_id[self._selected]

    @property
    def advisor(self) -> Account:
        return next(a for a in self._by_id.values() if a.is_advisor)

    def get(self, account_id: str | None) -> Account:
        """The account; an `ApiError` 400 when the login has no such account."""
        account = self._by_id.get(account_id or "")
        if account is None:
            raise ApiError(400, f"Account {account_id} is not valid for this login")
        return account

    def subaccounts(self) -> list[Account]:
        return [a for a in self._by_id.values() if a.kind == SUBACCOUNT]

    def members(self, account_id: str) -> list[Account]:
        """The account and, for the advisor master, its sub-accounts (whose books it sums)."""
        account = self.get(account_id)
        children = [a for a in self._by_id.values() if a.parent == account.account_id]
        return [account, *children]

    def select(self, account_id: str) -> bool:
        """Make `account_id` the selected account; False when it already was."""
        self.get(account_id)
        changed = account_id != self._selected
        self._selected = account_id
        return changed

"""The user's lists: alerts (with the MTA alert), watchlists and FA allocation groups.

Each keeps IBKR's identifiers: alerts are keyed by an order id, watchlists by the numeric
id the client chooses, allocation groups by name. Reads of something missing raise the
`ApiError` IBKR answers with.

>>> from ibkr_webapi.mock.world.accounts import Accounts
>>> lists = UserLists.seeded(0, Accounts.seeded(0))
>>> [w.name for w in lists.watchlists.values() if not w.read_only]
['Tech Leaders']
>>> sorted(lists.groups)
['Equal Split', 'Growth Tilt']
>>> lists.mta.name
'MTA'
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field, replace
from typing import Any

from ibkr_webapi.mock.handler_api import ApiError
from ibkr_webapi.mock.world.accounts import Accounts

SEEDED_EPOCH_MS = 1_767_225_600_000
"""2026-01-01: when the seeded lists were last modified."""


@dataclass
class Alert:
    """A price/time/margin alert (IBKR keeps alerts as orders, hence `order_id`)."""

    order_id: int
    account_id: str
    name: str
    message: str
    conditions: list[dict[str, Any]]
    tif: str = "GTC"
    expire_time: str | None = None
    repeatable: int = 0
    outside_rth: int = 0
    send_message: int = 0
    show_popup: int = 0
    email: str | None = None
    itws_orders_only: int = 0
    active: int = 1
    triggered: bool = False
    tool_id: int | None = None
    """Set only on the MTA alert."""


@dataclass
class Watchlist:
    list_id: str
    name: str
    conids: list[int]
    modified_ms: int
    read_only: bool = False


@dataclass
class AllocationGroup:
    name: str
    accounts: list[dict[str, Any]]
    """[{"name": sub-account id, "amount": number (for user-specified methods)}]."""
    default_method: str = "E"


@dataclass
class Presets:
    default_method_for_all: str = "E"
    group_auto_close_positions: bool = False
    profiles_auto_close_positions: bool = False
    strict_credit_check: bool = False
    group_proportional_allocation: bool = False


SYSTEM_WATCHLISTS = (("-1", "Top Stocks", [265598, 272093, 76792991, 8314]),
                     ("-2", "Index ETFs", [756733]))


@dataclass
class UserLists:
    alerts: dict[int, Alert]
    mta: Alert
    watchlists: dict[str, Watchlist]
    groups: dict[str, AllocationGroup]
    presets: Presets = field(default_factory=Presets)
    _next_id: int = 0

    @classmethod
    def seeded(cls, seed: int, accounts: Accounts) -> UserLists:
        """One alert, one user watchlist plus system lists, two allocation groups."""
        rng = random.Random(f"lists-{seed}")
        first = rng.randrange(900_000_000, 990_000_000)
        individual = accounts.selected.account_id
        alert = Alert(first, individual, "AAPL below 180", "AAPL dropped below 180",
                      [_condition("265598@SMART", "<=", "180.00")])
        mta = Alert(first + 1, individual, "MTA", "Mobile trading assistant",
                    [_condition("265598@SMART", ">=", "5%", kind=7)], tool_id=55834574848)
        lists = {wid: Watchlist(wid, name, conids, SEEDED_EPOCH_MS, read_only=True)
                 for wid, name, conids in SYSTEM_WATCHLISTS}
        lists["100"] = Watchlist("100", "Tech Leaders", [265598, 272093, 76792991],
                                 SEEDED_EPOCH_MS)
        clients = [a.account_id for a in accounts.subaccounts()]
        groups = {
            "Equal Split": AllocationGroup("Equal Split", [{"name": c} for c in clients], "E"),
            "Growth Tilt": AllocationGroup("Growth Tilt", [
                {"name": c, "amount": float(50 - 15 * i)} for i, c in enumerate(clients)], "P"),
        }
        return cls({alert.order_id: alert}, mta, lists, groups, _next_id=first + 2)

    # -- alerts ---------------------------------------------------------------------------

    def new_alert_id(self) -> int:
        self._next_id += 1
        return self._next_id

    def alert(self, order_id: int | str) -> Alert:
        if str(order_id) == str(self.mta.order_id):
            return self.mta
        found = self.alerts.get(_int(order_id))
        if found is None:
            raise ApiError(400, "alert not found", {"error": f"Alert {order_id} not found"})
        return found

    def save_alert(self, alert: Alert) -> Alert:
        """Create, or replace the account's alert of the same name (IBKR's create-or-modify);
        saving the MTA alert modifies it under a new order id."""
        if alert.name == self.mta.name:
            self.mta = replace(alert, order_id=self.new_alert_id(), tool_id=self.mta.tool_id)
            return self.mta
        same = [a for a in self.alerts.values()
                if a.account_id == alert.account_id and a.name == alert.name]
        if same:
            alert = replace(alert, order_id=same[0].order_id)
        self.alerts[alert.order_id] = alert
        return alert

    def delete_alert(self, account_id: str, order_id: int) -> list[int]:
        """Delete one alert, or all of the account's when `order_id` is 0; returns the ids."""
        if order_id == self.mta.order_id:
            self.mta = replace(self.mta, active=1, triggered=False)
            return [order_id]
        doomed = [a.order_id for a in self.alerts.values() if a.account_id == account_id
                  and order_id in (0, a.order_id)]
        if order_id and not doomed:
            raise ApiError(400, "alert not found", {"error": f"Alert {order_id} not found"})
        for alert_id in doomed:
            del self.alerts[alert_id]
        return doomed

    # -- watchlists -----------------------------------------------------------------------

    def watchlist(self, list_id: str) -> Watchlist:
        found = self.watchlists.get(list_id)
        if found is None:
            raise ApiError(400, f"Watchlist {list_id} not found")
        return found

    def save_watchlist(self, watchlist: Watchlist) -> Watchlist:
        existing = self.watchlists.get(watchlist.list_id)
        if existing is not None and existing.read_only:
            raise ApiError(400, f"Watchlist {watchlist.list_id} is read-only")
        self.watchlists[watchlist.list_id] = watchlist
        return watchlist

    def delete_watchlist(self, list_id: str) -> None:
        if self.watchlist(list_id).read_only:
            raise ApiError(400, f"Watchlist {list_id} is read-only")
        del self.watchlists[list_id]

    # -- allocation groups ----------------------------------------------------------------

    def group(self, name: str) -> AllocationGroup:
        found = self.groups.get(name)
        if found is None:
            raise ApiError(400, f"Allocation group {name} not found")
        return found

    def add_group(self, group: AllocationGroup) -> None:
        if group.name in self.groups:
            raise ApiError(400, f"Allocation group {group.name} already exists")
        self.groups[group.name] = group

    def modify_group(self, group: AllocationGroup, previous_name: str | None) -> None:
        old = self.group(previous_name or group.name)
        if group.name != old.name and group.name in self.groups:
            raise ApiError(400, f"Allocation group {group.name} already exists")
        del self.groups[old.name]
        self.groups[group.name] = group

    def delete_group(self, name: str) -> None:
        self.group(name)
        del self.groups[name]


def _condition(conidex: str, operator: str, value: str, kind: int = 1) -> dict[str, Any]:
    return {"conidex": conidex, "logicBind": "n", "operator": operator, "triggerMethod": "0",
            "type": kind, "value": value, "timeZone": "US/Eastern"}


def _int(value: int | str) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return -1

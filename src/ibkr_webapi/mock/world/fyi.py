"""FYI notifications: seeded messages, read state, subscriptions, disclaimers, delivery.

Notifications come newest first in pages (/fyi/notifications, then
/fyi/notifications/more?id=<last id of the page>). Each typecode has a subscription
(enabled or not) and a disclaimer that can be marked read.

>>> fyi = Fyi.seeded(4, lambda: 1_775_150_000.0)
>>> page = fyi.page(limit=3)
>>> len(page), fyi.unread_count() > 0
(3, True)
>>> [n.id for n in fyi.older_than(page[-1].id, limit=2)] == [n.id for n in fyi.page(5)[3:5]]
True
>>> fyi.mark_read(page[0].id), fyi.find(page[0].id).read
(True, True)
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

Clock = Callable[[], float]
NOTIFICATION_COUNT = 24
PAGE_SIZE = 10
"""Most notifications one page may hold (the documented maximum of `max`)."""
DISCLAIMER = ("This communication is provided for information purposes only and is not a "
              "recommendation or a solicitation to buy, sell or hold any investment product.")

TYPECODES: dict[str, tuple[str, str]] = {
    "BA": ("Borrow Availability", "Notify me when shares have been located on stocks that had "
           "previously been rejected for short sale orders."),
    "CA": ("Comparable Algo", "Notify me of algos comparable to the orders I place."),
    "DA": ("Dividends Advisory", "Notify me of dividend events on my holdings."),
    "EA": ("Upcoming Earnings", "Notify me of upcoming earnings announcements from any of my "
           "holdings."),
    "MF": ("Mutual Fund Advisory", "Notify me of ETFs with similar performance and lower fees "
           "than the funds I hold."),
    "OE": ("Option or Future expiration", "Notify me three days before my options or futures "
           "expire."),
    "PR": ("Portfolio Builder Rebalance", "Notify me when a Portfolio Builder rebalance is due."),
    "SE": ("Suspend Order on Economic Event", "Notify me when orders are suspended around "
           "economic events."),
    "SG": ("Short Term Gain turning Long Term", "Notify me when short-term gains are about to "
           "turn long-term."),
    "SM": ("System Messages", "Notifications about the trading platform and the API."),
    "T2": ("Assignment Realizing Long-Term Gains", "Notify me when an assignment would realize "
           "long-term gains."),
    "TO": ("Takeover", "Notify me of takeover offers for my holdings."),
    "UA": ("User Alert", "Notify me when one of my alerts triggers."),
    "M8": ("871(m) Trades", "Notify me when I establish position subject to US dividend tax "
           "withholding 871(m) rules."),
    "PS": ("Platform Use Suggestions", "Suggestions for using the platform."),
    "DL": ("Unexercised Option Loss Prevention Reminder", "Remind me of in-the-money options "
           "that will not be exercised."),
    "PT": ("Position Transfer", "Notify me of position transfers."),
    "CB": ("Missing Cost Basis", "Notify me when a position lacks cost basis."),
    "MS": ("Milestones", "Notify me of account milestones."),
    "TD": ("MiFID", "MiFID regulatory notifications."),
    "ST": ("Save Taxes", "Notify me of tax saving opportunities."),
    "TI": ("Trade Idea", "Send me trade ideas."),
    "CT": ("Cash Transfer", "Notify me of cash transfers."),
}
_MESSAGES = (
    ("OE", "IBKR FYI: Option Expiration Notification",
     "One or more option contracts in your portfolio are set to expire shortly."),
    ("MF", "IBKR FYI: Mutual Fund/ETF Advisory",
     "There may be ETFs available with similar historical performance and lower fees than "
     "certain Mutual Funds/ETFs you hold."),
    ("EA", "IBKR FYI: Upcoming Earnings", "A company in your portfolio reports earnings soon."),
    ("DA", "IBKR FYI: Dividend Advisory", "A holding goes ex-dividend this week."),
    ("SM", "IBKR FYI: System Message", "Scheduled maintenance this weekend."),
    ("BA", "IBKR FYI: Borrow Availability", "Shares are now available to borrow."),
)


@dataclass
class Notification:
    id: str
    typecode: str
    posted: float
    """Epoch seconds."""
    title: str
    body: str
    read: bool = False


@dataclass
class Device:
    name: str
    device_id: str
    ui_name: str
    enabled: bool = True


class Fyi:
    """Notifications and FYI settings of the logged-in user."""

    def __init__(self, notifications: list[Notification], clock: Clock) -> None:
        self.clock = clock
        self._notifications = sorted(notifications, key=lambda n: n.id, reverse=True)
        self.enabled = {code: True for code in TYPECODES}
        self.disclaimer_read = {code: False for code in TYPECODES}
        self.email_enabled = True
        self.devices: dict[str, Device] = {}

    @classmethod
    def seeded(cls, seed: int, clock: Clock) -> Fyi:
        """Past notifications spread over the 60 days before the clock's time."""
        rng = random.Random(seed)
        now = clock()
        notifications = []
        for index in range(NOTIFICATION_COUNT):
            posted = float(int(now - rng.uniform(3_600, 60 * 86_400)))
            typecode, title, body = rng.choice(_MESSAGES)
            notifications.append(Notification(_notification_id(posted, index), typecode, posted,
                                              title, body, read=rng.random() < 0.5))
        fyi = cls(notifications, clock)
        token = "".join(rng.choice("0123456789ABCDEF") for _ in range(64))
        fyi.set_device("iPhone", f"apn://mtws@{token}", f"apn://mtws@{token}", True)
        return fyi

    def page(self, limit: int = PAGE_SIZE) -> list[Notification]:
        """The newest notifications."""
        return self._notifications[:_bounded(limit)]

    def older_than(self, notification_id: str, limit: int = PAGE_SIZE) -> list[Notification]:
        """The page after `notification_id` (empty when the id is unknown or the last)."""
        ids = [n.id for n in self._notifications]
        if notification_id not in ids:
            return []
        start = ids.index(notification_id) + 1
        return self._notifications[start:start + _bounded(limit)]

    def find(self, notification_id: str) -> Notification | None:
        return next((n for n in self._notifications if n.id == notification_id), None)

    def mark_read(self, notification_id: str) -> bool:
        """Mark one notification read; False when there is no such notification."""
        notification = self.find(notification_id)
        if notification is None:
            return False
        notification.read = True
        return True

    def unread_count(self) -> int:
        return sum(not n.read for n in self._notifications)

    def set_device(self, name: str, device_id: str, ui_name: str, enabled: bool) -> None:
        self.devices[device_id] = Device(name, device_id, ui_name, enabled)

    def delete_device(self, device_id: str) -> bool:
        return self.devices.pop(device_id, None) is not None


def _notification_id(posted: float, index: int) -> str:
    # IBKR ids are 16 digits: the date (YYYYMMDD) then a sequence number.
    day = datetime.fromtimestamp(posted, UTC).strftime("%Y%m%d")
    return f"{day}{int(posted) % 86_400:05d}{index:03d}"


def _bounded(limit: int) -> int:
    return max(1, min(limit, PAGE_SIZE))

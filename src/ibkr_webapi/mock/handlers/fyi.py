"""Handlers of the FYI operations: notifications, subscriptions, disclaimers, delivery.

Acknowledgements have IBKR's shape {"V": 1, "T": <ms>}; an unknown notification or device
is acknowledged with V 0 (the spec declares no error status for these operations).

>>> from ibkr_webapi.mock.world import build_world
>>> from ibkr_webapi.mock.handler_api import Call
>>> from ibkr_webapi.spec import operation
>>> world = build_world(seed=1, clock=lambda: 1_775_150_000.0)
>>> call = Call(operation("list_fyi_notifications"), {}, {"max": "2"}, None, {}, world)
>>> len(HANDLERS["list_fyi_notifications"](call).body)
2
"""

from __future__ import annotations

from typing import Any

from ibkr_webapi.mock.handler_api import ApiError, Call, Registry, Reply
from ibkr_webapi.mock.handlers.contract import flag, required
from ibkr_webapi.mock.world.fyi import DISCLAIMER, PAGE_SIZE, TYPECODES, Notification

EDIT_MILLIS = 10
"""The "T" (time taken, ms) of every acknowledgement."""


def _ack(done: bool = True) -> dict[str, int]:
    return {"V": 1 if done else 0, "T": EDIT_MILLIS}


def _typecode(call: Call) -> str:
    code = required(call, "typecode").upper()
    if code not in TYPECODES:
        raise ApiError(400, f"Invalid typecode: {code}")
    return code


def _notification(notification: Notification) -> dict[str, Any]:
    return {"R": int(notification.read), "D": f"{notification.posted:.1f}",
            "MS": notification.title, "MD": notification.body, "ID": notification.id, "HT": 0,
            "FC": notification.typecode}


def _limit(call: Call) -> int:
    text = call.param("max") or str(PAGE_SIZE)
    if not text.isdigit():
        raise ApiError(400, f"Invalid max: {text}")
    return int(text)


def get_fyi_unread_count(call: Call) -> Reply:
    return Reply({"BN": call.world.fyi.unread_count()})


def list_fyi_subscriptions(call: Call) -> Reply:
    fyi = call.world.fyi
    return Reply([{"FC": code, "H": int(fyi.disclaimer_read[code]), "A": int(fyi.enabled[code]),
                   "FD": description, "FN": name}
                  for code, (name, description) in TYPECODES.items()])


def set_fyi_subscription(call: Call) -> Reply:
    enabled = (call.body or {}).get("enabled")
    if not isinstance(enabled, bool):
        raise ApiError(400, "enabled (true or false) is required")
    call.world.fyi.enabled[_typecode(call)] = enabled
    return Reply(_ack())


def get_fyi_disclaimer(call: Call) -> Reply:
    return Reply({"FC": _typecode(call), "DT": DISCLAIMER})


def mark_fyi_disclaimer_read(call: Call) -> Reply:
    call.world.fyi.disclaimer_read[_typecode(call)] = True
    return Reply(_ack())


def get_fyi_delivery_options(call: Call) -> Reply:
    fyi = call.world.fyi
    return Reply({"M": int(fyi.email_enabled), "E": [
        {"NM": d.name, "I": d.device_id, "UI": d.ui_name, "A": int(d.enabled)}
        for d in fyi.devices.values()]})


def set_fyi_device_delivery(call: Call) -> Reply:
    body = call.body or {}
    try:
        call.world.fyi.set_device(str(body["deviceName"]), str(body["deviceId"]),
                                  str(body["uiName"]), body["enabled"] is True)
    except KeyError as missing:
        raise ApiError(400, f"{missing.args[0]} is required") from None
    return Reply(_ack())


def delete_fyi_device(call: Call) -> Reply:
    call.world.fyi.delete_device(required(call, "deviceId"))
    return Reply("", media_type="text/plain")


def set_fyi_email_delivery(call: Call) -> Reply:
    required(call, "enabled")
    call.world.fyi.email_enabled = flag(call, "enabled")
    return Reply(_ack())


def list_fyi_notifications(call: Call) -> Reply:
    return Reply([_notification(n) for n in call.world.fyi.page(_limit(call))])


def list_more_fyi_notifications(call: Call) -> Reply:
    older = call.world.fyi.older_than(required(call, "id"))
    return Reply([_notification(n) for n in older])


def mark_fyi_notification_read(call: Call) -> Reply:
    notification_id = required(call, "notificationId")
    done = call.world.fyi.mark_read(notification_id)
    return Reply({**_ack(done), "P": {"R": int(done), "ID": notification_id}})


HANDLERS: Registry = {
    "get_fyi_unread_count": get_fyi_unread_count,
    "list_fyi_subscriptions": list_fyi_subscriptions,
    "set_fyi_subscription": set_fyi_subscription,
    "get_fyi_disclaimer": get_fyi_disclaimer,
    "mark_fyi_disclaimer_read": mark_fyi_disclaimer_read,
    "get_fyi_delivery_options": get_fyi_delivery_options,
    "set_fyi_device_delivery": set_fyi_device_delivery,
    "delete_fyi_device": delete_fyi_device,
    "set_fyi_email_delivery": set_fyi_email_delivery,
    "list_fyi_notifications": list_fyi_notifications,
    "list_more_fyi_notifications": list_more_fyi_notifications,
    "mark_fyi_notification_read": mark_fyi_notification_read,
}

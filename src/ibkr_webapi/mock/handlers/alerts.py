"""Handlers of the `alerts` operations: create or modify, list, read, (de)activate, delete.

>>> from ibkr_webapi.mock.world import build_world
>>> from ibkr_webapi.spec import operation
>>> world = build_world(seed=0, clock=lambda: 1_760_000_000.0)
>>> call = Call(operation("list_alerts"), {"accountId": "U1234567"}, {}, None, {}, world)
>>> [a["alert_name"] for a in HANDLERS["list_alerts"](call).body]
['AAPL below 180']
"""

from __future__ import annotations

from typing import Any

from ibkr_webapi.mock.handler_api import ApiError, Call, Registry, Reply
from ibkr_webapi.mock.handlers.accounts import account_of, body_field
from ibkr_webapi.mock.world.lists import Alert
from ibkr_webapi.mock.world.trading_views import yymmdd_time


def _submitted(order_id: int, **extra: Any) -> dict[str, Any]:
    return {"request_id": None, "order_id": order_id, "success": True,
            "text": "Request was submitted", **extra}


def _alert_json(alert: Alert, call: Call) -> dict[str, Any]:
    return {
        "account": alert.account_id, "order_id": alert.order_id, "alertName": alert.name,
        "alert_name": alert.name, "tif": alert.tif, "expire_time": alert.expire_time,
        "alert_active": alert.active, "alert_repeatable": alert.repeatable,
        "alert_email": alert.email, "alert_send_message": alert.send_message,
        "alert_message": alert.message, "alert_show_popup": alert.show_popup,
        "alert_play_audio": None, "order_status": "Presubmitted" if alert.active else "Inactive",
        "alert_triggered": alert.triggered, "fg_color": "#FFFFFF", "bg_color": "#0000CC",
        "order_not_editable": False, "itws_orders_only": alert.itws_orders_only,
        "alert_mta_currency": "USD" if alert.tool_id else None,
        "alert_mta_defaults": "9:STATE=1,MIN=-1,MAX=1,STEP=0.5" if alert.tool_id else None,
        "tool_id": alert.tool_id, "time_zone": "US/Eastern",
        "alert_default_type": 0 if alert.tool_id else None,
        "condition_size": len(alert.conditions), "condition_outside_rth": alert.outside_rth,
        "conditions": [_condition_json(c, call) for c in alert.conditions],
    }


def _condition_json(condition: dict[str, Any], call: Call) -> dict[str, Any]:
    conid = condition["conidex"].partition("@")[0]
    instrument = call.world.catalogue.find(conid)
    return {"condition_type": condition["type"], "conidex": condition["conidex"],
            "contract_description_1": instrument.symbol if instrument else None,
            "condition_operator": condition["operator"],
            "condition_trigger_method": condition["triggerMethod"],
            "condition_value": condition["value"], "condition_logic_bind": condition["logicBind"],
            "condition_time_zone": condition.get("timeZone")}


def create_or_modify_alert(call: Call) -> Reply:
    account = account_of(call)
    body = call.body if isinstance(call.body, dict) else {}
    conditions = body_field(call, "conditions")
    for condition in conditions:
        call.world.catalogue.get(str(condition.get("conidex", "")).partition("@")[0])
    lists = call.world.lists
    alert = lists.save_alert(Alert(
        lists.new_alert_id(), account.account_id, body_field(call, "alertName"),
        body_field(call, "alertMessage"), [dict(c) for c in conditions],
        tif=body_field(call, "tif"), expire_time=body.get("expireTime"),
        repeatable=body_field(call, "alertRepeatable"), outside_rth=body_field(call, "outsideRth"),
        send_message=body.get("sendMessage", 0), show_popup=body.get("showPopup", 0),
        email=body.get("email"), itws_orders_only=body.get("iTWSOrdersOnly", 0)))
    return Reply(_submitted(alert.order_id, order_status=None, warning_message=None))


def list_alerts(call: Call) -> Reply:
    account = account_of(call)
    now = call.world.clock()
    return Reply([{"order_id": a.order_id, "account": a.account_id, "alert_name": a.name,
                   "alert_active": a.active, "order_time": yymmdd_time(now),
                   "alert_triggered": a.triggered, "alert_repeatable": a.repeatable}
                  for a in call.world.lists.alerts.values() if a.account_id == account.account_id])


def get_alert(call: Call) -> Reply:
    return Reply(_alert_json(call.world.lists.alert(call.param("order_id") or ""), call))


def get_mta_alert(call: Call) -> Reply:
    return Reply(_alert_json(call.world.lists.mta, call))


def set_alert_activation(call: Call) -> Reply:
    account = account_of(call)
    alert = call.world.lists.alert(body_field(call, "alertId"))
    if alert.account_id != account.account_id:
        raise ApiError(400, "alert not found", {"error": f"Alert {alert.order_id} not found"})
    alert.active = int(body_field(call, "alertActive"))
    return Reply(_submitted(alert.order_id, failure_list=None))


def delete_alert(call: Call) -> Reply:
    account = account_of(call)
    raw = call.param("alertId") or ""
    if not raw.isdigit():
        raise ApiError(400, f"alertId must be a number, not {raw!r}")
    call.world.lists.delete_alert(account.account_id, int(raw))
    return Reply(_submitted(int(raw), failure_list=None))


HANDLERS: Registry = {
    "create_or_modify_alert": create_or_modify_alert,
    "list_alerts": list_alerts,
    "get_alert": get_alert,
    "get_mta_alert": get_mta_alert,
    "set_alert_activation": set_alert_activation,
    "delete_alert": delete_alert,
}

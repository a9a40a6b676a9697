"""Handlers of the `fa_allocation` operations: allocatable accounts, groups and presets.

>>> from ibkr_webapi.mock.world import build_world
>>> from ibkr_webapi.spec import operation
>>> world = build_world(seed=0, clock=lambda: 1_760_000_000.0)
>>> call = Call(operation("list_allocation_groups"), {}, {}, None, {}, world)
>>> [g["name"] for g in HANDLERS["list_allocation_groups"](call).body["data"]]
['Equal Split', 'Growth Tilt']
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from ibkr_webapi.mock.handler_api import ApiError, Call, Registry, Reply
from ibkr_webapi.mock.handlers.accounts import body_field
from ibkr_webapi.mock.world.lists import AllocationGroup, Presets

SUCCESS = {"success": True}


def get_allocatable_subaccounts(call: Call) -> Reply:
    rows = []
    for account in call.world.accounts.subaccounts():
        value = call.world.trading.value(account.account_id)
        rows.append({"name": account.account_id, "data": [
            {"key": "AvailableEquity", "value": f"{value.available_funds:.2f}"},
            {"key": "NetLiquidation", "value": f"{value.net_liquidation:.2f}"}]})
    return Reply({"accounts": rows})


def list_allocation_groups(call: Call) -> Reply:
    return Reply({"data": [{"allocation_method": g.default_method, "size": len(g.accounts),
                            "name": g.name} for g in call.world.lists.groups.values()]})


def _group_from_body(call: Call) -> AllocationGroup:
    body = call.body if isinstance(call.body, dict) else {}
    members = [dict(member) for member in body_field(call, "accounts")]
    clients = {a.account_id for a in call.world.accounts.subaccounts()}
    strangers = sorted({m.get("name") for m in members} - clients, key=str)
    if strangers:
        raise ApiError(400, f"Not allocatable sub-accounts: {', '.join(map(str, strangers))}")
    return AllocationGroup(str(body_field(call, "name")), members,
                           str(body.get("default_method", "E")))


def add_allocation_group(call: Call) -> Reply:
    call.world.lists.add_group(_group_from_body(call))
    return Reply(SUCCESS)


def modify_allocation_group(call: Call) -> Reply:
    body = call.body if isinstance(call.body, dict) else {}
    call.world.lists.modify_group(_group_from_body(call), body.get("prev_name"))
    return Reply(SUCCESS)


def get_allocation_group(call: Call) -> Reply:
    group = call.world.lists.group(str(body_field(call, "name")))
    return Reply({"name": group.name, "accounts": group.accounts,
                  "default_method": group.default_method})


def delete_allocation_group(call: Call) -> Reply:
    call.world.lists.delete_group(str(body_field(call, "name")))
    return Reply(SUCCESS)


def get_allocation_presets(call: Call) -> Reply:
    return Reply(asdict(call.world.lists.presets))


def set_allocation_presets(call: Call) -> Reply:
    fields: dict[str, Any] = {name: body_field(call, name) for name in asdict(Presets())}
    call.world.lists.presets = Presets(**fields)
    return Reply(SUCCESS)


HANDLERS: Registry = {
    "get_allocatable_subaccounts": get_allocatable_subaccounts,
    "list_allocation_groups": list_allocation_groups,
    "add_allocation_group": add_allocation_group,
    "modify_allocation_group": modify_allocation_group,
    "get_allocation_group": get_allocation_group,
    "delete_allocation_group": delete_allocation_group,
    "get_allocation_presets": get_allocation_presets,
    "set_allocation_presets": set_allocation_presets,
}

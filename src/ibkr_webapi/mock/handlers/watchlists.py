"""Handlers of the `watchlists` operations: list, read, create (or replace) and delete.

>>> from ibkr_webapi.mock.world import build_world
>>> from ibkr_webapi.spec import operation
>>> world = build_world(seed=0, clock=lambda: 1_760_000_000.0)
>>> call = Call(operation("list_watchlists"), {}, {"SC": "USER_WATCHLIST"}, None, {}, world)
>>> [w["name"] for w in HANDLERS["list_watchlists"](call).body["data"]["user_lists"]]
['Tech Leaders']
"""

from __future__ import annotations

from typing import Any

from ibkr_webapi.mock.handler_api import ApiError, Call, Registry, Reply
from ibkr_webapi.mock.handlers.accounts import body_field
from ibkr_webapi.mock.world.lists import Watchlist


def _required_id(call: Call) -> str:
    list_id = call.param("id")
    if not list_id:
        raise ApiError(400, "Bad Request: query parameter 'id' is required")
    return list_id


def _watchlist_json(watchlist: Watchlist, call: Call) -> dict[str, Any]:
    instruments = []
    for conid in watchlist.conids:
        instrument = call.world.catalogue.get(conid)
        instruments.append({
            "ST": instrument.sec_type, "C": str(conid), "conid": conid,
            "name": instrument.company_name, "fullName": instrument.symbol,
            "assetClass": instrument.sec_type, "ticker": instrument.symbol,
            "chineseName": instrument.company_name})
    return {"id": watchlist.list_id, "hash": str(watchlist.modified_ms), "name": watchlist.name,
            "readOnly": watchlist.read_only, "instruments": instruments}


def _summary(watchlist: Watchlist) -> dict[str, Any]:
    return {"is_open": False, "read_only": watchlist.read_only, "name": watchlist.name,
            "modified": watchlist.modified_ms, "id": watchlist.list_id, "type": "watchlist"}


def list_watchlists(call: Call) -> Reply:
    lists = call.world.lists.watchlists.values()
    data: dict[str, Any] = {
        "scanners_only": False, "show_scanners": False, "bulk_delete": False,
        "user_lists": [_summary(w) for w in lists if not w.read_only]}
    if call.param("SC") != "USER_WATCHLIST":
        data["system_lists"] = [_summary(w) for w in lists if w.read_only]
    return Reply({"data": data, "action": "content", "MID": "1"})


def get_watchlist(call: Call) -> Reply:
    return Reply(_watchlist_json(call.world.lists.watchlist(_required_id(call)), call))


def create_watchlist(call: Call) -> Reply:
    list_id = str(body_field(call, "id"))
    if not list_id.isdigit():
        raise ApiError(400, "Bad Request: a watchlist id must be numeric")
    conids = [int(row["C"]) for row in body_field(call, "rows") if "C" in row]
    for conid in conids:
        call.world.catalogue.get(conid)
    watchlist = Watchlist(list_id, str(body_field(call, "name")), conids,
                          int(call.world.clock() * 1000))
    saved = _watchlist_json(call.world.lists.save_watchlist(watchlist), call)
    # IBKR's creation answer never lists the instruments; reading the list back does.
    return Reply({**saved, "instruments": []})


def delete_watchlist(call: Call) -> Reply:
    list_id = _required_id(call)
    call.world.lists.delete_watchlist(list_id)
    return Reply({"data": {"deleted": list_id}, "action": "context", "MID": "2"})


HANDLERS: Registry = {
    "list_watchlists": list_watchlists,
    "get_watchlist": get_watchlist,
    "create_watchlist": create_watchlist,
    "delete_watchlist": delete_watchlist,
}

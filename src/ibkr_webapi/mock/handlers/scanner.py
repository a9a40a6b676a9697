"""Handlers of the scanner operations: the iserver and HMDS scanners, params and runs.

>>> from ibkr_webapi.mock.world import build_world
>>> from ibkr_webapi.mock.handler_api import Call
>>> from ibkr_webapi.spec import operation
>>> world = build_world(seed=1, clock=lambda: 1_775_150_000.0)
>>> body = {"instrument": "STK", "type": "TOP_PERC_GAIN", "location": "STK.US.MAJOR"}
>>> call = Call(operation("run_scanner"), {}, {}, body, {}, world)
>>> HANDLERS["run_scanner"](call).body["scan_data_column_name"]
'Chg%'
"""

from __future__ import annotations

from typing import Any

from ibkr_webapi.mock.handler_api import ApiError, Call, Registry, Reply
from ibkr_webapi.mock.world.fields import utc_stamp
from ibkr_webapi.mock.world.scanner import (
    FILTERS,
    INSTRUMENTS,
    LOCATION_GROUPS,
    LOCATIONS,
    SCAN_TYPES,
    Hit,
    scan,
    scan_type,
)

HMDS_MAX_ITEMS = 250
_CHART_PERIODS = "#R|1"


def _scan_types() -> list[dict[str, Any]]:
    instruments = [kind.code for kind in INSTRUMENTS]
    return [{"display_name": s.display_name, "code": s.code, "instruments": instruments}
            for s in SCAN_TYPES]


def _instrument_list() -> list[dict[str, Any]]:
    return [{"display_name": kind.display_name, "type": kind.code,
             "filters": [f.code for f in FILTERS]} for kind in INSTRUMENTS]


def get_scanner_parameters(call: Call) -> Reply:
    return Reply({
        "scan_type_list": _scan_types(), "instrument_list": _instrument_list(),
        "filter_list": [{"group": f.code, "display_name": f.display_name, "code": f.code,
                         "type": "non-range"} for f in FILTERS],
        "location_tree": [
            {"display_name": name, "type": code, "locations": [
                {"display_name": LOCATIONS[child][0], "type": child, "locations": []}
                for child in children]}
            for name, code, children in LOCATION_GROUPS],
    })


def get_hmds_scanner_parameters(call: Call) -> Reply:
    return Reply({
        "instrument_list": _instrument_list(), "scan_type_list": _scan_types(),
        "location_tree": [
            {"display_name": name, "type": code.split(".")[0], "locations": [
                {"display_name": LOCATIONS[location][0], "locationCode": location,
                 "locations": []} for location in (code, *children)]}
            for name, code, children in LOCATION_GROUPS],
    })


def _iserver_contract(index: int, hit: Hit) -> dict[str, Any]:
    instrument = hit.instrument
    entry = {"server_id": str(index), "symbol": instrument.symbol,
             "conidex": str(instrument.conid), "con_id": instrument.conid,
             "available_chart_periods": _CHART_PERIODS, "company_name": instrument.company_name,
             "scan_data": hit.scan_type.show(hit.quote),
             "contract_description_1": instrument.description
             if instrument.sec_type == "FUT" else instrument.symbol,
             "listing_exchange": instrument.listing_exchange or instrument.exchange,
             "sec_type": instrument.sec_type}
    if index == 0:
        entry["column_name"] = hit.scan_type.column
    return entry


def run_scanner(call: Call) -> Reply:
    body = call.body or {}
    filters = {item["code"]: float(item["value"]) for item in body.get("filter") or []}
    ranking = scan_type(_text(body, "type"))
    hits = scan(call.world.market, _text(body, "instrument"), _text(body, "location"),
                ranking.code, filters)
    return Reply({"contracts": [_iserver_contract(i, hit) for i, hit in enumerate(hits)],
                  "scan_data_column_name": ranking.column})


def _text(body: dict[str, Any], key: str) -> str:
    value = body.get(key)
    if not isinstance(value, str) or not value:
        raise ApiError(400, f"{key} is required")
    return value


def _hmds_filters(raw: list[dict[str, Any]]) -> dict[str, float]:
    filters: dict[str, float] = {}
    for item in raw:
        for code, value in item.items():
            try:
                filters[code] = float(value)
            except (TypeError, ValueError):
                raise ApiError(400, f"Invalid value for filter {code}: {value!r}") from None
    return filters


def run_hmds_scanner(call: Call) -> Reply:
    body = call.body or {}
    limit = min(int(body.get("maxItems") or HMDS_MAX_ITEMS), HMDS_MAX_ITEMS)
    location = _text(body, "locations").split(",")[0]
    hits = scan(call.world.market, _text(body, "instrument"), location,
                _text(body, "scanCode"), _hmds_filters(body.get("filters") or []), limit)
    stamp = utc_stamp(call.world.clock())
    contracts = [{"inScanTime": stamp, "contractID": str(hit.instrument.conid),
                  "con_id": str(hit.instrument.conid)} for hit in hits]
    return Reply({"total": str(len(hits)), "size": str(len(hits)), "offset": "0",
                  "scanTime": stamp, "id": "scanner1", "position": "v1:AAAAAQABG3gAAAAAAAAA+g==",
                  "Contracts": {"Contract": contracts}})


HANDLERS: Registry = {
    "get_scanner_parameters": get_scanner_parameters,
    "run_scanner": run_scanner,
    "get_hmds_scanner_parameters": get_hmds_scanner_parameters,
    "run_hmds_scanner": run_hmds_scanner,
}

"""Alerts, watchlists and allocation groups: create, read, update, delete through the
generated client."""

from __future__ import annotations

from typing import Any

from ibkr_client import Client
from ibkr_client.api.alerts import (
    create_or_modify_alert,
    delete_alert,
    get_alert,
    get_mta_alert,
    list_alerts,
    set_alert_activation,
)
from ibkr_client.api.fa_allocation import (
    add_allocation_group,
    delete_allocation_group,
    get_allocation_group,
    get_allocation_presets,
    list_allocation_groups,
    modify_allocation_group,
    set_allocation_presets,
)
from ibkr_client.api.watchlists import (
    create_watchlist,
    delete_watchlist,
    get_watchlist,
    list_watchlists,
)
from ibkr_client.models import (
    AlertActivationRequest,
    AlertQueryType,
    AlertRequest,
    AllocationGroupChange,
    AllocationGroupName,
    AllocationGroupNew,
    AllocationPresetsChange,
    WatchlistNew,
)
from trading_support import (  # noqa: F401 - fixtures, used by name
    AAPL,
    INDIVIDUAL,
    client_fixture,
    clock_fixture,
    known,
    server_fixture,
)


def as_dict(value: Any) -> dict[str, Any]:
    assert hasattr(value, "to_dict"), value
    result: dict[str, Any] = value.to_dict()
    return result


def alert_body(name: str, value: str) -> AlertRequest:
    return AlertRequest.from_dict({
        "alertName": name, "alertMessage": f"{name} fired", "alertRepeatable": 0,
        "outsideRth": 0, "tif": "GTC", "conditions": [
            {"conidex": f"{AAPL}@SMART", "logicBind": "n", "operator": ">=",
             "triggerMethod": "0", "type": 1, "value": value}]})


def alert_names(client: Client) -> list[str]:
    alerts = list_alerts.sync(INDIVIDUAL, client=client)
    assert isinstance(alerts, list)
    return [known(a.alert_name) for a in alerts]


def test_alerts_crud(client: Client) -> None:
    created = as_dict(create_or_modify_alert.sync(INDIVIDUAL, client=client,
                                                  body=alert_body("Breakout", "250")))
    alert_id = created["order_id"]
    assert created["success"] is True and "Breakout" in alert_names(client)
    detail = as_dict(get_alert.sync(alert_id, client=client, type_=AlertQueryType.Q))
    assert detail["conditions"][0]["condition_value"] == "250"
    modified = as_dict(create_or_modify_alert.sync(INDIVIDUAL, client=client,
                                                   body=alert_body("Breakout", "260")))
    assert modified["order_id"] == alert_id
    assert as_dict(get_alert.sync(alert_id, client=client, type_=AlertQueryType.Q))[
        "conditions"][0]["condition_value"] == "260"
    set_alert_activation.sync(INDIVIDUAL, client=client, body=AlertActivationRequest.from_dict(
        {"alertId": alert_id, "alertActive": 0}))
    detail = as_dict(get_alert.sync(alert_id, client=client, type_=AlertQueryType.Q))
    assert detail["alert_active"] == 0
    delete_alert.sync(INDIVIDUAL, alert_id, client=client)
    assert "Breakout" not in alert_names(client)
    missing = get_alert.sync_detailed(alert_id, client=client, type_=AlertQueryType.Q)
    assert missing.status_code == 400


def test_deleting_alert_zero_deletes_all_and_mta_stays(client: Client) -> None:
    delete_alert.sync(INDIVIDUAL, 0, client=client)
    assert alert_names(client) == []
    assert as_dict(get_mta_alert.sync(client=client))["tool_id"] is not None


def test_watchlists_crud(client: Client) -> None:
    body = WatchlistNew.from_dict({"id": "777", "name": "Mine", "rows": [{"C": AAPL}, {"H": ""}]})
    created = as_dict(create_watchlist.sync(client=client, body=body))
    assert (created["id"], created["instruments"]) == ("777", [])
    read = as_dict(get_watchlist.sync(client=client, id="777"))
    assert [i["conid"] for i in read["instruments"]] == [AAPL]
    listing = as_dict(list_watchlists.sync(client=client))["data"]
    assert "Mine" in [w["name"] for w in listing["user_lists"]]
    assert all(w["read_only"] for w in listing["system_lists"])
    deleted = as_dict(delete_watchlist.sync(client=client, id="777"))
    assert deleted["data"] == {"deleted": "777"}
    assert get_watchlist.sync_detailed(client=client, id="777").status_code == 400
    assert delete_watchlist.sync_detailed(client=client, id="-1").status_code == 400


def test_allocation_groups_crud_and_presets(client: Client) -> None:
    members = [{"name": "U7654301", "amount": 2.0}, {"name": "U7654302", "amount": 1.0}]
    add_allocation_group.sync(client=client, body=AllocationGroupNew.from_dict(
        {"name": "Ratio", "accounts": members, "default_method": "R"}))
    group = as_dict(get_allocation_group.sync(client=client,
                                              body=AllocationGroupName(name="Ratio")))
    assert group == {"name": "Ratio", "accounts": members, "default_method": "R"}
    modify_allocation_group.sync(client=client, body=AllocationGroupChange.from_dict(
        {"name": "Ratio 2", "prev_name": "Ratio", "accounts": members[:1],
         "default_method": "S"}))
    names = [g["name"] for g in as_dict(list_allocation_groups.sync(client=client))["data"]]
    assert "Ratio 2" in names and "Ratio" not in names
    delete_allocation_group.sync(client=client, body=AllocationGroupName(name="Ratio 2"))
    gone = get_allocation_group.sync_detailed(client=client, body=AllocationGroupName(
        name="Ratio 2"))
    assert gone.status_code == 400
    stranger = add_allocation_group.sync_detailed(client=client, body=AllocationGroupNew.from_dict(
        {"name": "Bad", "accounts": [{"name": "U1234567"}]}))
    assert stranger.status_code == 400
    presets = {"default_method_for_all": "N", "group_auto_close_positions": True,
               "profiles_auto_close_positions": False, "strict_credit_check": True,
               "group_proportional_allocation": False}
    set_allocation_presets.sync(client=client, body=AllocationPresetsChange.from_dict(presets))
    assert as_dict(get_allocation_presets.sync(client=client)) == presets

"""Handlers of the FA model portfolio operations (/fa/model, /fa/fa-preset) on the world's
`Management` state: a model saved is listed and summarised; accounts invested in it show in its
accounts and investments; its positions are its targets priced by the world's market. Numbers
are decimal strings where IBKR's own examples send strings (see spec/openapi/fa_models.yaml).

>>> from ibkr_webapi.mock.world import build_world
>>> from ibkr_webapi.mock.handler_api import Call
>>> from ibkr_webapi.spec import operation
>>> world = build_world()
>>> save = {"reqID": 1, "model": "Tech", "desc": "tech", "isStatic": False,
...         "positionTargets": [{"conid": 265598, "target": 60}],
...         "cashTargets": [{"ccy": "USD", "target": 40}]}
>>> HANDLERS["save_model"](Call(operation("save_model"), {}, {}, save, {}, world)).body
{'reqID': 1, 'success': True}
>>> listed = HANDLERS["list_models"](Call(operation("list_models"), {}, {}, {"reqID": 2}, {},
...                                       world)).body
>>> [m["model"] for m in listed["models"]]
['Tech']
"""

from __future__ import annotations

from typing import Any

from ibkr_webapi.mock.handler_api import ApiError, Call, Registry, Reply
from ibkr_webapi.mock.world.management import Model


def _body(call: Call) -> dict[str, Any]:
    return call.body if isinstance(call.body, dict) else {}


def _req(call: Call) -> int:
    return int(_body(call).get("reqID", 0))


def _model(call: Call) -> Model:
    name = str(_body(call).get("model", ""))
    found = call.world.management.models.get(name)
    if found is None:
        raise ApiError(400, f"no model named {name!r}")
    return found


def _invested_nlv(model: Model) -> float:
    return sum(model.invested.values())


def _summary(model: Model) -> dict[str, Any]:
    return {"model": model.name, "desc": model.description, "isStatic": model.is_static,
            "nlv": f"{_invested_nlv(model):.2f}", "numAccounts": len(model.invested),
            "mismatch": False, "bootstrapped": True, "customIndex": False}


def save_model(call: Call) -> Reply:
    body = _body(call)
    try:
        positions = {int(p["conid"]): float(p["target"]) for p in body["positionTargets"]}
        cash = {str(c["ccy"]): float(c["target"]) for c in body["cashTargets"]}
    except KeyError as missing:
        raise ApiError(400, f"every target needs {missing.args[0]}") from None
    if abs(sum(positions.values()) + sum(cash.values()) - 100) > 0.01:
        return Reply({"reqID": _req(call), "success": False})
    for conid in positions:
        call.world.market.instrument(conid)  # unknown conids refuse the model
    previous = call.world.management.models.get(str(body["model"]))
    call.world.management.models[str(body["model"])] = Model(
        str(body["model"]), str(body["desc"]), bool(body["isStatic"]), positions, cash,
        previous.invested if previous else {})
    return Reply({"reqID": _req(call), "success": True})


def list_models(call: Call) -> Reply:
    management = call.world.management
    return Reply({"reqID": _req(call), "subscriptionStatus": 1, "baseCcy": "USD",
                  "masterAccount": management.advisor,
                  "models": [_summary(m) for m in management.models.values()]})


def get_model_summary(call: Call) -> Reply:
    return Reply({"reqID": _req(call), "subscriptionStatus": 1, **_summary(_model(call))})


def invest_accounts_in_model(call: Call) -> Reply:
    model = _model(call)
    clients = {a.account_id for a in call.world.accounts.subaccounts()}
    for entry in _body(call).get("accountList", []):
        account = str(entry.get("account"))
        if account not in clients:
            raise ApiError(400, f"{account} is not a client account of the advisor")
        amount = model.invested.get(account, 0.0) + float(entry.get("amtToInvest", 0))
        if amount > 0:
            model.invested[account] = amount
        else:
            model.invested.pop(account, None)
    return Reply({"reqID": str(_req(call)), "subscriptionStatus": 1,
                  "subscriptionKey": str(len(model.invested))})


def get_model_accounts(call: Call) -> Reply:
    model = _model(call)
    rows = [{"account": account, "alias": account, "baseCcyAccount": "USD",
             "nlv": f"{amount:.2f}", "accountImbalance": "0.00", "costBasis": f"{amount:.2f}",
             "unrealizedPnL": "0.00", "exchangeRate": "1", "numInstrumentsOutsideRange": 0,
             "cashInIndependent": "0.00"}
            for account, amount in model.invested.items()]
    return Reply({"reqID": _req(call), "model": model.name, "baseCcyMaster": "USD",
                  "accountInfoList": rows})


def get_model_investments(call: Call) -> Reply:
    model = _model(call)
    rows = [{"account": account, "alias": account, "baseCcyAccount": "USD",
             "nlv": f"{amount:.2f}", "accountModelNlv": f"{amount:.2f}",
             "accountOtherModelsNlv": "0.00", "cashInIndependentNlv": "0.00",
             "positionsInIndependentNlv": "0.00", "exchangeRate": 1.0,
             "baseCcyAccountPrecision": "2"}
            for account, amount in model.invested.items()]
    return Reply({"reqID": _req(call), "model": model.name, "baseCcyMaster": "USD",
                  "baseCcyMasterPrecision": "2", "accountList": rows})


def get_model_positions(call: Call) -> Reply:
    model = _model(call)
    nlv = _invested_nlv(model)
    rows = []
    for conid, target in model.positions.items():
        price = call.world.market.price(conid)
        value = nlv * target / 100
        rows.append({"conid": conid, "instrument": call.world.market.instrument(conid).symbol,
                     "ccy": "USD", "target": f"{target / 100:.4f}",
                     "actual": f"{target / 100:.4f}", "position": f"{value / price:.0f}",
                     "mv": f"{value:.2f}", "dlv": "0", "exchangeRate": "1",
                     "instrumentImbalance": "0"})
    cash = [{"ccy": ccy, "target": f"{target / 100:.4f}", "actual": f"{target / 100:.4f}",
             "mv": f"{nlv * target / 100:.2f}", "exchangeRate": "1", "instrumentImbalance": "0"}
            for ccy, target in model.cash.items()]
    limit = int(_body(call).get("limit", len(rows)))
    return Reply({"model": model.name, "nlv": f"{nlv:.2f}", "mismatched": False,
                  "positionList": rows[:limit], "cash": cash})


def submit_model_transfers(call: Call) -> Reply:
    return Reply({"reqID": _req(call), "success": True})


def get_model_presets(call: Call) -> Reply:
    return Reply({"reqID": _req(call), "subscriptionStatus": 1,
                  **call.world.management.presets})


def set_model_presets(call: Call) -> Reply:
    presets = call.world.management.presets
    for name, value in _body(call).items():
        if name in presets and isinstance(value, bool):
            presets[name] = value
    return Reply({"reqID": _req(call), "subscriptionStatus": 1, "success": True})


HANDLERS: Registry = {
    "get_model_presets": get_model_presets,
    "set_model_presets": set_model_presets,
    "get_model_accounts": get_model_accounts,
    "invest_accounts_in_model": invest_accounts_in_model,
    "get_model_investments": get_model_investments,
    "list_models": list_models,
    "get_model_positions": get_model_positions,
    "save_model": save_model,
    "submit_model_transfers": submit_model_transfers,
    "get_model_summary": get_model_summary,
}

"""Frames of the mock websocket built from the world's session, accounts and trading state.

Shapes follow the recorded frames (contract_tests/cassettes/ws) where they differ from the
documentation: ``system`` carries isFT/isPaper, ``sts`` the full status, ``act`` mirrors
GET /iserver/accounts, ``sld``/``ssd`` put their data under ``result``, ``blt``/``ntf`` carry
arrays.

>>> from ibkr_webapi.mock.world import build_world
>>> world = build_world(seed=1)
>>> greeting(world)[0]["topic"], [frame["topic"] for frame in greeting(world)[1:]]
('system', ['sts', 'act'])
>>> ledger(world, "U1234567", {})[0]["result"][0]["key"]
'LedgerListBASE'
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from ibkr_webapi.mock.world import World
from ibkr_webapi.mock.world.session import SERVER_INFO, USER_NAME
from ibkr_webapi.mock.world.trading_views import live_order, trade
from ibkr_webapi.mock.world.valuation import AccountValue

Frame = dict[str, Any]
DAY = 86_400.0
CHART_PERIODS = {sec_type: ["*"] for sec_type in ("STK", "CFD", "FUT", "CASH", "IND", "BOND",
                                                  "FUND", "CMDTY", "WAR", "IOPT", "CRYPTO")}
CHART_PERIODS.update({sec_type: ["2h", "1d", "2d", "1w", "1m"] for sec_type in ("OPT", "FOP")})


def millis(epoch: float) -> int:
    return int(epoch * 1000)


def greeting(world: World) -> list[Frame]:
    """The three frames a new connection gets: system (with the user name), sts, act."""
    system = {"topic": "system", "success": USER_NAME, "isFT": False, "isPaper": False}
    return [system, status(world), accounts(world)]


def status(world: World) -> Frame:
    """sts: the brokerage session status, as a live Gateway sends it."""
    now = world.session.status()
    return {"topic": "sts", "args": {
        "connected": bool(now.get("connected")), "authenticated": bool(now["authenticated"]),
        "established": bool(now.get("established")), "competing": bool(now["competing"]),
        "message": "", "fail": "", **SERVER_INFO, "username": USER_NAME}}


def accounts(world: World) -> Frame:
    """act: the accounts and their properties (as GET /iserver/accounts)."""
    ids = [account.account_id for account in world.accounts]
    properties = {"hasChildAccounts": False, "supportsCashQty": True, "liteUnderPro": False,
                  "noFXConv": False, "isProp": False, "supportsFractions": True,
                  "allowCustomerTime": False, "autoFx": False}
    return {"topic": "act", "args": {
        "accounts": ids,
        "acctProps": {account.account_id: {**properties,
                                           "hasChildAccounts": account.is_advisor}
                      for account in world.accounts},
        "aliases": {account_id: account_id for account_id in ids},
        "allowFeatures": {"showGFIS": True, "showEUCostReport": False, "allowEventContract": True,
                          "allowFXConv": True, "allowFinancialLens": False, "allowMTA": True,
                          "allowTypeAhead": True, "allowEventTrading": True,
                          "snapshotRefreshTimeout": 30, "liteUser": False, "showWebNews": True,
                          "research": True, "debugPnl": True, "showTaxOpt": True,
                          "showImpactDashboard": True, "allowDynAccount": False,
                          "allowCrypto": False, "allowFA": True,
                          "allowedAssetTypes": "STK,CFD,OPT,FOP,WAR,FUT,BAG,CASH,IND,BOND"},
        "chartPeriods": CHART_PERIODS,
        "groups": [], "profiles": [],
        "selectedAccount": world.accounts.selected.account_id,
        "serverInfo": dict(SERVER_INFO),
        "sessionId": f"{world.seed:08x}.{world.seed + 1:08x}",
        "isFT": False, "isPaper": False}}


def heartbeat(world: World) -> Frame:
    return {"topic": "system", "hb": millis(world.clock())}


def tic_reply(world: World) -> Frame:
    """The reply to a client ``tic``: id is the /tickle session, as on real servers."""
    return {"topic": "tic", "alive": True, "id": world.session.session_id,
            "lastAccessed": millis(world.clock())}


def _all_accounts(world: World) -> list[str]:
    return [account.account_id for account in world.accounts]


def live_orders(world: World) -> Frame:
    """sor on subscribing: today's orders of every account."""
    since = world.clock() - DAY
    orders = world.trading.orders_of(_all_accounts(world), since)
    return {"topic": "sor", "args": [
        live_order(order, world.catalogue.get(order.ticket.conid)) for order in orders]}


def executions(world: World, args: Mapping[str, Any]) -> Frame:
    """str on subscribing: the last `days` of executions, or none with realtimeUpdatesOnly."""
    if args.get("realtimeUpdatesOnly") is True:
        return {"topic": "str", "args": []}
    days = args.get("days", 1)
    since = world.clock() - DAY * (days if isinstance(days, int) and days > 0 else 1)
    found = world.trading.executions_of(_all_accounts(world), since)
    return {"topic": "str", "args": [
        trade(execution, world.catalogue.get(execution.conid)) for execution in found]}


def pnl(world: World, account_ids: Iterable[str] | None = None) -> Frame:
    """spl: P&L rows keyed "<account>.Core"."""
    rows = world.trading.partitioned_pnl(account_ids or _all_accounts(world))["upnl"]
    return {"topic": "spl", "args": rows}


def _selected(entries: list[Frame], keys: object, fields: object) -> list[Frame]:
    wanted_keys = set(keys) if isinstance(keys, list) and keys else None
    wanted_fields = set(fields) if isinstance(fields, list) and fields else None
    chosen = [entry for entry in entries if wanted_keys is None or entry["key"] in wanted_keys]
    if wanted_fields is None:
        return chosen
    always = {"key", "timestamp"}
    return [{name: value for name, value in entry.items()
             if name in always or name in wanted_fields} for entry in chosen]


def summary(world: World, account_id: str, args: Mapping[str, Any]) -> Frame:
    """ssd+ACCOUNT: summary values (monetary ones with currency) under ``result``."""
    value = world.trading.value(account_id)
    stamp = int(world.clock())
    amounts = {"NetLiquidation": value.net_liquidation, "TotalCashValue": value.cash,
               "GrossPositionValue": value.gross_position_value,
               "AvailableFunds": value.available_funds, "ExcessLiquidity": value.excess_liquidity,
               "BuyingPower": value.buying_power, "InitMarginReq": value.margin(),
               "MaintMarginReq": value.margin(maintenance=True), "AccruedCash": 0.0}
    entries: list[Frame] = [{"key": f"{key}-S", "currency": "USD", "monetaryValue": amount,
                             "severity": 0, "timestamp": stamp} for key, amount in amounts.items()]
    entries.append({"key": "AccountType", "value": world.accounts.get(account_id).kind,
                    "severity": 0, "timestamp": stamp})
    # Clients route summaries by the AccountCode entry (ibind drops a frame without it); the
    # summary of IBKR's GET /portfolio/{accountId}/summary carries "accountcode" likewise.
    # Choice: it is sent whatever keys or fields were asked, as the frame's address.
    account_code = {"key": "AccountCode", "value": account_id, "severity": 0,
                    "timestamp": stamp}
    return {"topic": f"ssd+{account_id}",
            "result": [account_code, *_selected(entries, args.get("keys"), args.get("fields"))]}


def _ledger_entries(account_id: str, value: AccountValue, stamp: int) -> list[Frame]:
    def entry(key: str, second_key: str, cash: float, stock: float, net: float, rate: float,
              unrealized: float, realized: float) -> Frame:
        return {"acctCode": account_id, "key": key, "secondKey": second_key,
                "cashbalance": float(cash), "cashBalanceFXSegment": 0.0,
                "settledCash": float(cash), "stockMarketValue": float(stock),
                "netLiquidationValue": float(net), "exchangeRate": float(rate),
                "unrealizedPnl": float(unrealized), "realizedPnl": float(realized),
                "dividends": 0.0, "interest": 0.0, "funds": 0.0, "moneyFunds": 0.0,
                "marketValue": float(stock), "optionMarketValue": 0.0, "severity": 0,
                "timestamp": stamp}

    base = entry("LedgerListBASE", "BASE", value.cash, value.stock, value.net_liquidation, 1.0,
                 value.unrealized_pnl, value.realized_pnl)
    per_currency = [entry(f"LedgerList{c.currency}", c.currency, c.cash,
                          c.values.get("stock", 0.0), c.net_liquidation, c.rate,
                          c.unrealized_pnl, c.realized_pnl)
                    for c in value.currencies.values()]
    return [base, *per_currency]


def ledger(world: World, account_id: str, args: Mapping[str, Any],
           previous: Mapping[str, Frame] | None = None) -> tuple[Frame, dict[str, Frame]]:
    """sld+ACCOUNT, and the full entries to pass as `previous` next time.

    A currency unchanged since `previous` is sent "blank" (only key and timestamp), as the
    documentation describes.
    """
    stamp = int(world.clock())
    entries = _ledger_entries(account_id, world.trading.value(account_id), stamp)
    chosen = _selected(entries, args.get("keys"), args.get("fields"))
    full = {entry["key"]: entry for entry in chosen}
    if previous is not None:
        chosen = [entry if _changed(entry, previous.get(entry["key"]))
                  else {"key": entry["key"], "timestamp": stamp} for entry in chosen]
    return {"topic": f"sld+{account_id}", "result": chosen}, full


def _changed(entry: Frame, before: Frame | None) -> bool:
    if before is None:
        return True
    ignored = {"timestamp"}
    return any(entry.get(k) != before.get(k) for k in entry if k not in ignored)


def unsubscribed(what: str) -> Frame:
    """The one confirmation usd and uld get."""
    return {"result": f"unsubscribed from {what}"}


def notifications(topic: str, items: list[Frame]) -> Frame:
    """blt or ntf: always an array, as real servers send them."""
    return {"topic": topic, "args": items}

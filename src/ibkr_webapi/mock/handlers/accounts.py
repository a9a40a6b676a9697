"""Handlers of the `accounts` operations: the account list, selection, P&L and summaries.

Summary figures are the trading books marked to market (world/valuation.py), so they move
with every fill and agree with the portfolio ledger.

>>> from ibkr_webapi.mock.world import build_world
>>> from ibkr_webapi.spec import operation
>>> world = build_world(seed=0, clock=lambda: 1_760_000_000.0)
>>> call = Call(operation("get_brokerage_accounts"), {}, {}, None, {}, world)
>>> HANDLERS["get_brokerage_accounts"](call).body["selectedAccount"]
'U1234567'
"""

from __future__ import annotations

from typing import Any

from ibkr_webapi.mock.handler_api import ApiError, Call, Registry, Reply
from ibkr_webapi.mock.world.accounts import Account
from ibkr_webapi.mock.world.session import SERVER_INFO
from ibkr_webapi.mock.world.valuation import AccountValue

ALLOWED_ASSET_TYPES = "STK,CFD,OPT,FOP,WAR,FUT,BAG,PDC,CASH,IND,BOND,BILL,FUND,SLB,News,CMDTY"
CHART_PERIODS = {"STK": ["*"], "OPT": ["2h", "1d", "2d", "1w", "1m"], "FUT": ["*"],
                 "CASH": ["*"], "IND": ["*"], "BOND": ["*"]}
SEGMENTS = ("total", "securities", "commodities", "Crypto at Paxos")


def account_of(call: Call, name: str = "accountId") -> Account:
    """The account named by a path or query parameter (400 when the login has none)."""
    return call.world.accounts.get(call.param(name))


def body_field(call: Call, name: str) -> Any:
    """A field of the JSON body; 400 when it is missing (the router checked its type)."""
    if not isinstance(call.body, dict) or name not in call.body:
        raise ApiError(400, f"Bad Request: body: '{name}' is a required property")
    return call.body[name]


def money(amount: float, currency: str | None = "USD") -> str:
    """IBKR's summary format: '1,005,254 USD'."""
    return f"{amount:,.0f}" + (f" {currency}" if currency else "")


def get_brokerage_accounts(call: Call) -> Reply:
    accounts = call.world.accounts
    ids = [a.account_id for a in accounts.all]
    return Reply({
        "accounts": ids,
        "acctProps": {a.account_id: {
            "hasChildAccounts": a.is_advisor, "supportsCashQty": True, "noFXConv": False,
            "isProp": False, "supportsFractions": not a.is_advisor, "allowCustomerTime": False,
            "liteUnderPro": False, "autoFx": False} for a in accounts.all},
        "aliases": {i: i for i in ids},
        "allowFeatures": {
            "showGFIS": True, "showEUCostReport": False, "allowEventContract": True,
            "allowFXConv": True, "allowFinancialLens": False, "allowMTA": True,
            "allowTypeAhead": True, "allowEventTrading": True, "snapshotRefreshTimeout": 30,
            "liteUser": False, "showWebNews": True, "research": True, "debugPnl": True,
            "showTaxOpt": True, "showImpactDashboard": True, "allowDynAccount": True,
            "allowCrypto": False, "allowedAssetTypes": ALLOWED_ASSET_TYPES,
            # Sent in every recording (x-ibkr-always-sent), with the recorded values.
            "allowFA": False, "allowLiteUnderPro": False, "restrictTradeSubscription": False,
            "showUkUserLabels": True, "sideBySide": True},
        "chartPeriods": CHART_PERIODS,
        "groups": sorted(call.world.lists.groups),
        "profiles": [],
        "selectedAccount": accounts.selected.account_id,
        "serverInfo": dict(SERVER_INFO),
        "sessionId": call.world.session.session_id,
        "isFT": False,
        "isPaper": False,
    })


def switch_account(call: Call) -> Reply:
    account_id = body_field(call, "acctId")
    if not call.world.accounts.select(account_id):
        return Reply({"success": "Account already set"})
    return Reply({"set": True, "acctId": account_id})


def set_dynamic_account(call: Call) -> Reply:
    account_id = body_field(call, "acctId")
    call.world.accounts.select(account_id)
    return Reply({"set": True, "acctId": account_id})


def search_dynamic_accounts(call: Call) -> Reply:
    pattern = call.param("searchPattern") or ""
    matched = [{"accountId": a.account_id, "alias": a.title, "allocationId": a.account_id}
               for a in call.world.accounts.all
               if pattern.upper() in a.account_id.upper() or pattern.upper() in a.title.upper()]
    return Reply({"matchedAccounts": matched, "pattern": pattern})


def get_signatures_and_owners(call: Call) -> Reply:
    account = account_of(call)
    entity_type = "ORG" if account.is_advisor else "INDIVIDUAL"
    username = f"mock{account.account_id[-4:]}"
    return Reply({
        "accountId": account.account_id,
        "users": [{"roleId": "OWNER", "hasRightCodeInd": True, "username": username,
                   "userName": username, "entity": {
                       "firstName": account.first_name, "lastName": account.last_name,
                       "entityType": entity_type, "entityName": account.title}}],
        "applicant": {"signatures": [account.title]},
    })


def get_account_pnl(call: Call) -> Reply:
    selected = call.world.accounts.selected.account_id
    return Reply(call.world.trading.partitioned_pnl([selected]))


def _value(call: Call) -> tuple[Account, AccountValue]:
    account = account_of(call)
    return account, call.world.trading.value(account.account_id)


def get_account_summary(call: Call) -> Reply:
    account, value = _value(call)
    return Reply({
        "accountType": account.kind, "status": "", "balance": value.cash,
        "SMA": value.available_funds, "buyingPower": value.buying_power,
        "availableFunds": value.available_funds, "excessLiquidity": value.excess_liquidity,
        "netLiquidationValue": value.net_liquidation,
        "equityWithLoanValue": value.net_liquidation, "regTLoan": 0.0,
        "securitiesGVP": value.gross_position_value, "totalCashValue": value.cash,
        "accruedInterest": 0.0, "regTMargin": value.margin(), "initialMargin": value.margin(),
        "maintenanceMargin": value.margin(maintenance=True),
        "cashBalances": [{"currency": c.currency, "balance": round(c.cash, 2),
                          "settledCash": round(c.cash, 2)} for c in value.currencies.values()],
    })


def _segments(value: AccountValue, row: Any) -> dict[str, Any]:
    """The same figures per segment: everything is in securities; no commodities/crypto."""
    empty = AccountValue({}, [])
    return {segment: row(value if segment in ("total", "securities") else empty)
            for segment in SEGMENTS}


def get_account_summary_available_funds(call: Call) -> Reply:
    _, value = _value(call)
    return Reply(_segments(value, lambda v: {
        "current_available": money(v.available_funds), "current_excess": money(v.excess_liquidity),
        "buying_power": money(v.buying_power),
        "leverage": f"{v.gross_position_value / v.net_liquidation if v.net_liquidation else 0:.2f}",
        "look_ahead_available": money(v.available_funds),
        "look_ahead_excess": money(v.excess_liquidity)}))


def get_account_summary_balances(call: Call) -> Reply:
    _, value = _value(call)
    return Reply(_segments(value, lambda v: {
        "net_liquidation": money(v.net_liquidation), "equity_with_loan": money(v.net_liquidation),
        "cash": money(v.cash), "MTD Interest": money(0.0),
        "previous_day_equity_with_loan": money(v.net_liquidation - v.unrealized_pnl)}))


def get_account_summary_margins(call: Call) -> Reply:
    _, value = _value(call)
    return Reply(_segments(value, lambda v: {
        "current_initial": money(v.margin()), "current_maint": money(v.margin(maintenance=True)),
        "look_ahead_initial": money(v.margin()),
        "look_ahead_maint": money(v.margin(maintenance=True)), "RegT Margin": money(v.margin())}))


def get_account_summary_market_value(call: Call) -> Reply:
    _, value = _value(call)
    return Reply({code: {
        "total_cash": money(c.cash, None), "stock": money(c.values.get("stock", 0.0), None),
        "options": money(c.values.get("options", 0.0), None),
        "futures": money(c.futures_pnl, None), "net_liquidation": money(c.net_liquidation, None),
        "unrealized_pnl": money(c.unrealized_pnl, None),
        "realized_pnl": money(c.realized_pnl, None)} for code, c in value.currencies.items()})


HANDLERS: Registry = {
    "get_brokerage_accounts": get_brokerage_accounts,
    "switch_account": switch_account,
    "set_dynamic_account": set_dynamic_account,
    "search_dynamic_accounts": search_dynamic_accounts,
    "get_signatures_and_owners": get_signatures_and_owners,
    "get_account_pnl": get_account_pnl,
    "get_account_summary": get_account_summary,
    "get_account_summary_available_funds": get_account_summary_available_funds,
    "get_account_summary_balances": get_account_summary_balances,
    "get_account_summary_margins": get_account_summary_margins,
    "get_account_summary_market_value": get_account_summary_market_value,
}

"""Handlers of the Account Management accounts, utilities, reports and pre-trade compliance
operations (/gw/api/v1), on the world's accounts and its `Management` state.

An account's status and registration tasks come from the state (completing a task through
update_account_tasks shows in get_account_tasks); submitting an application, an update or
documents records a request that list_requests returns. Reference data with no domain model
here (enumerations, forms, banks, report availability, KYC links) is sampled from the
response schema with the world's ids and seed (schema_sample.py).

>>> from ibkr_webapi.mock.world import build_world
>>> from ibkr_webapi.mock.handler_api import Call
>>> from ibkr_webapi.spec import operation
>>> world = build_world()
>>> call = Call(operation("get_account_status"), {"accountId": "U1234567"}, {}, None, {}, world)
>>> HANDLERS["get_account_status"](call).body["status"]
'O'
"""

from __future__ import annotations

import random
from datetime import UTC, datetime
from typing import Any

from ibkr_webapi.mock.handler_api import ApiError, Call, Registry, Reply
from ibkr_webapi.mock.schema_sample import answer_for
from ibkr_webapi.mock.world.management import REGISTRATION_FORMS, ManagedAccount


def success(call: Call, body: Any) -> Reply:
    """`body` with the operation's declared success status (200, 201 or 202)."""
    code = next(code for code in call.operation.definition["responses"] if code[0] == "2")
    return Reply(body, int(code))


def today(call: Call) -> str:
    return datetime.fromtimestamp(call.world.clock(), UTC).strftime("%Y-%m-%d")


def hints(call: Call, **extra: Any) -> dict[str, Any]:
    """Field values the world decides, for sampled answers."""
    account = call.param("accountId") or call.world.accounts.selected.account_id
    return {"accountId": account, "acctId": account,
            "masterAccountId": call.world.management.advisor, "currency": "USD", "ccy": "USD",
            "dateSubmitted": today(call), "dateOpened": today(call), **extra}


def sampled(call: Call, **extra: Any) -> Reply:
    rng = random.Random(f"{call.world.seed}:{call.operation.operation_id}")
    return success(call, answer_for(call.operation.operation_id, rng, hints(call, **extra)))


def managed(call: Call, account_id: str | None = None) -> ManagedAccount:
    account_id = account_id or call.param("accountId")
    found = call.world.management.account(account_id or "")
    if found is None:
        raise ApiError(400, f"unknown account {account_id!r}")
    return found


def status_body(account: ManagedAccount, advisor: str) -> dict[str, Any]:
    return {"accountId": account.account_id, "status": account.status,
            "description": account.description, "state": account.description,
            "dateOpened": account.date_opened, "masterAccountId": advisor}


# ----------------------------------------------------------------- accounts

def get_account_status(call: Call) -> Reply:
    return Reply(status_body(managed(call), call.world.management.advisor))


def update_account_status(call: Call) -> Reply:
    account = managed(call)
    call.world.management.new_request("ACCOUNT_STATUS", account.account_id)
    account.status, account.description = "C", "Closure requested"
    return Reply(status_body(account, call.world.management.advisor))


def list_account_statuses(call: Call) -> Reply:
    management = call.world.management
    rows = [status_body(a, management.advisor) for a in management.accounts.values()
            if not call.query.get("status") or a.status == call.query["status"]]
    offset, limit = int(call.query.get("offset", 0)), int(call.query.get("limit", 100))
    return Reply({"accounts": rows[offset:offset + limit], "offset": offset, "limit": limit,
                  "total": len(rows)})


def get_account_tasks(call: Call) -> Reply:
    account = managed(call)
    tasks = [{"formNumber": form, "formName": name, "action": "TO_COMPLETE",
              "isCompleted": form in account.completed_forms, "isDeclined": False,
              "isRequiredForApproval": True, "state": "Completed" if form in
              account.completed_forms else "Pending"}
             for form, name in REGISTRATION_FORMS if form in account.assigned_forms]
    if call.query.get("type") == "pending":
        pending = [{"formNumber": t["formNumber"], "formName": t["formName"],
                    "action": "TO_COMPLETE", "requiredForApproval": True}
                   for t in tasks if not t["isCompleted"]]
        return Reply({"accountId": account.account_id, "status": account.status,
                      "pendingTaskPresent": bool(pending), "pendingTasks": pending})
    return Reply({"accountId": account.account_id, "status": account.status,
                  "registrationTaskPresent": bool(tasks), "registrationTasks": tasks})


def _task_answers(call: Call, completed: bool) -> Reply:
    account = managed(call)
    forms = [form for form, _ in REGISTRATION_FORMS]
    if completed:
        account.completed_forms.update(account.assigned_forms)
    else:
        account.assigned_forms = forms
    return Reply([{"accountId": account.account_id, "formNumber": form,
                   "status": "COMPLETED" if completed else "ASSIGNED", "message": "accepted"}
                  for form in (account.assigned_forms if completed else forms)])


def update_account_tasks(call: Call) -> Reply:
    return _task_answers(call, completed=True)


def assign_account_tasks(call: Call) -> Reply:
    return _task_answers(call, completed=False)


def _submitted(kind: str) -> Any:
    def handler(call: Call) -> Reply:
        request_id = call.world.management.new_request(kind)
        return Reply({"requestId": request_id, "dateSubmitted": today(call)})
    return handler


def list_requests(call: Call) -> Reply:
    rows = [{"requestId": request_id, "requestType": entry["kind"], "status": entry["status"],
             "accountID": entry["accountId"] or "",
             "dateSubmitted": datetime.fromtimestamp(entry["submitted"], UTC).strftime("%Y-%m-%d")}
            for request_id, entry in call.world.management.requests.items()]
    offset, limit = int(call.query.get("offset", 0)), int(call.query.get("limit", 100))
    return Reply({"requestDetails": rows[offset:offset + limit], "offset": offset,
                  "limit": limit, "total": len(rows)})


def update_request_status(call: Call) -> Reply:
    request_id = int(call.param("requestId") or 0)
    entry = call.world.management.requests.get(request_id)
    if entry is None:
        raise ApiError(400, f"unknown request {request_id}")
    entry["status"] = "C"
    return Reply({"requestId": str(request_id), "requestType": entry["kind"], "status": "C",
                  "acctId": entry["accountId"] or "", "message": "cancelled"})


def check_username_availability(call: Call) -> Reply:
    name = call.param("username") or ""
    taken = {"testonlyuser1"}
    valid = name.isalnum() and 6 <= len(name) <= 16
    return Reply({"isValid": valid, "isAvailable": valid and name not in taken,
                  "hasError": False, "suggestedUserName": [] if name not in taken
                  else [name + "2"]})


def verify_trading_restrictions(call: Call) -> Reply:
    body = call.body if isinstance(call.body, dict) else {}
    request_id = int(body.get("requestId", 0))
    call.world.management.requests[request_id] = {
        "kind": "RESTRICTIONS", "accountId": None, "submitted": call.world.clock(),
        "status": "V"}
    return Reply({"requestId": request_id, "success": True, "message": "verified"})


def apply_trading_restrictions(call: Call) -> Reply:
    verified = [rid for rid, e in call.world.management.requests.items()
                if e["kind"] == "RESTRICTIONS" and e["status"] == "V"]
    if not verified:
        return Reply({"requestId": 0, "success": False, "message": "not verified"})
    call.world.management.requests[verified[-1]]["status"] = "A"
    return Reply({"requestId": verified[-1], "success": True, "message": "applied"})


def _account_checked(call: Call) -> Reply:
    """Report availability and documents: the account must be one of the world's."""
    body = call.body if isinstance(call.body, dict) else {}
    managed(call, call.param("accountId") or body.get("accountId"))
    return sampled(call)


HANDLERS: Registry = {
    "get_account_application": sampled,
    "update_account": _submitted("UPDATE_ACCOUNT"),
    "create_account": _submitted("CREATE_ACCOUNT"),
    "submit_agreements_and_disclosures": _submitted("DOCUMENTS"),
    "list_login_messages": sampled,
    "list_account_statuses": list_account_statuses,
    "get_account_details": lambda call: (managed(call), sampled(call))[1],
    "get_kyc_verification_url": lambda call: (managed(call), sampled(call))[1],
    "get_account_login_messages": lambda call: (managed(call), sampled(call))[1],
    "get_account_status": get_account_status,
    "update_account_status": update_account_status,
    "get_account_tasks": get_account_tasks,
    "update_account_tasks": update_account_tasks,
    "assign_account_tasks": assign_account_tasks,
    "get_enumeration": sampled,
    "list_complex_asset_transfer_brokers": sampled,
    "get_forms": sampled,
    "list_required_forms": sampled,
    "list_participating_banks": sampled,
    "list_requests": list_requests,
    "update_request_status": update_request_status,
    "check_username_availability": check_username_availability,
    "verify_trading_restrictions": verify_trading_restrictions,
    "apply_trading_restrictions": apply_trading_restrictions,
    "generate_statement": _account_checked,
    "list_available_statements": _account_checked,
    "get_tax_document": _account_checked,
    "list_available_tax_documents": _account_checked,
    "get_trade_confirmations": _account_checked,
    "list_available_trade_confirmations": _account_checked,
}

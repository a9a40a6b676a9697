"""Handlers of the Account Management banking operations: instructions submitted, then their
status, cancellation and instruction sets, on the world's `Management` state.

Every transfer and bank instruction is recorded as PENDING and becomes PROCESSED a few seconds
later on the world's clock (world/management.py); the synchronous ones (internal cash transfer,
cancel) are PROCESSED at once. Queries (balances, withdrawable cash, bank instructions) answer
at once with a result sampled from their schema for the account asked about.

>>> from ibkr_webapi.mock.world import build_world
>>> from ibkr_webapi.mock.handler_api import Call
>>> from ibkr_webapi.spec import operation
>>> world = build_world()
>>> body = {"instructionType": "DEPOSIT", "instruction": {"accountId": "U1234567",
...         "clientInstructionId": 7, "amount": 100, "currency": "USD"}}
>>> call = Call(operation("transfer_cash_externally"), {}, {}, body, {}, world)
>>> HANDLERS["transfer_cash_externally"](call).body["instructionResult"]["instructionStatus"]
'PENDING'
"""

from __future__ import annotations

import random
from typing import Any

from ibkr_webapi.mock.handler_api import ApiError, Call, Registry, Reply
from ibkr_webapi.mock.handlers.account_management import hints, success
from ibkr_webapi.mock.schema_sample import answer_for
from ibkr_webapi.mock.world.management import PROCESSING_SECONDS, Instruction

ACCOUNT_FIELDS = ("accountId", "sourceAccountId")


def refusal(call: Call, message: str) -> ApiError:
    """A business refusal: 422 where the operation declares it, else 400 (the bulk forms)."""
    declared = call.operation.definition["responses"]
    return ApiError(422 if "422" in declared else 400, message)


def _instruction_body(call: Call) -> tuple[str, dict[str, Any]]:
    body = call.body if isinstance(call.body, dict) else {}
    instruction = body.get("instruction")
    return str(body.get("instructionType", "")), instruction if isinstance(
        instruction, dict) else {}


def _account_of(call: Call, instruction: dict[str, Any]) -> str:
    account = next((instruction[f] for f in ACCOUNT_FIELDS if f in instruction), None)
    known = call.world.management.accounts
    targets = [instruction.get("targetAccountId")] if "targetAccountId" in instruction else []
    for candidate in [account, *targets]:
        if candidate not in known:
            raise refusal(call, f"account {candidate!r} is not one of the client's accounts")
    return str(account)


def _result(call: Call, record: Instruction) -> dict[str, Any]:
    return {"clientInstructionId": record.client_instruction_id,
            "instructionId": record.instruction_id,
            "instructionStatus": call.world.management.status_of(record.instruction_id),
            "instructionType": record.instruction_type,
            "ibReferenceId": record.instruction_id + 1_000_000}


def _record(call: Call, instruction_type: str, instruction: dict[str, Any],
            set_id: int | None = None, at_once: bool = False) -> Instruction:
    account = _account_of(call, instruction)
    client_id = int(instruction.get("clientInstructionId", 0))
    record = call.world.management.submit(account, instruction_type, client_id, instruction,
                                          set_id)
    if at_once:
        record.submitted_at -= PROCESSING_SECONDS
    return record


def submit_instruction(call: Call) -> Reply:
    instruction_type, instruction = _instruction_body(call)
    at_once = call.operation.operation_id == "transfer_cash_internally"
    record = _record(call, instruction_type, instruction, at_once=at_once)
    status = int(next(c for c in call.operation.definition["responses"] if c[0] == "2"))
    return Reply({"instructionResult": _result(call, record),
                  "instructionSetId": record.set_id, "status": status}, status)


def submit_bulk(call: Call) -> Reply:
    body = call.body if isinstance(call.body, dict) else {}
    instruction_type = str(body.get("instructionType", ""))
    set_id = call.world.management.new_set()
    rows = []
    for instruction in body.get("instructions") or []:
        if isinstance(instruction, dict):
            record = _record(call, instruction_type, instruction, set_id)
            rows.append({"instructionResult": _result(call, record),
                         "instructionSetId": set_id, "status": 202})
    return Reply({"instructionSetId": set_id, "status": 202, "instructionResults": rows}, 202)


def query(call: Call) -> Reply:
    """Balance and instruction queries: answered at once for a known account."""
    instruction_type, instruction = _instruction_body(call)
    account = _account_of(call, instruction)
    rng = random.Random(f"{call.world.seed}:{call.operation.operation_id}:{account}")
    body = answer_for(call.operation.operation_id, rng, hints(
        call, accountId=account, instructionType=instruction_type,
        clientInstructionId=instruction.get("clientInstructionId", 0),
        instructionStatus="PROCESSED"))
    return success(call, body)


def query_recent_instructions(call: Call) -> Reply:
    instruction_type, instruction = _instruction_body(call)
    record = _record(call, instruction_type, instruction)
    return Reply({"instructionResult": _result(call, record),
                  "instructionSetId": record.set_id, "status": 202}, 202)


def _polling(call: Call, record: Instruction | None) -> Reply:
    if record is None:
        raise ApiError(404, "no such instruction")
    result = _result(call, record)
    if record.cancelled:
        result["error"] = {"errorCode": "CANCELLED", "errorMessage": "cancelled by the client"}
    return Reply({"instructionResult": result, "instructionSetId": record.set_id,
                  "status": 200})


def get_instruction_status(call: Call) -> Reply:
    instruction_id = int(call.param("instructionId") or 0)
    return _polling(call, call.world.management.instructions.get(instruction_id))


def get_client_instruction_status(call: Call) -> Reply:
    client_id = int(call.param("clientInstructionId") or 0)
    return _polling(call, call.world.management.by_client_id(client_id))


def get_instruction_set_status(call: Call) -> Reply:
    set_id = int(call.param("instructionSetId") or 0)
    members = call.world.management.sets.get(set_id)
    if members is None:
        raise ApiError(404, "no such instruction set")
    records = [call.world.management.instructions[i] for i in members]
    return Reply({"instructionSetId": set_id, "status": 200,
                  "instructionResults": [_result(call, r) for r in records]})


def _cancel(call: Call, instruction: dict[str, Any], set_id: int | None) -> Instruction:
    management = call.world.management
    target = management.instructions.get(int(instruction.get("instructionId", 0)))
    if target is None or not management.cancel(target.instruction_id):
        raise refusal(call, "the instruction is unknown or no longer pending")
    return _record(call, "CANCEL_INSTRUCTION", instruction | {"accountId": target.account_id},
                   set_id, at_once=True)


def cancel_instruction(call: Call) -> Reply:
    _, instruction = _instruction_body(call)
    record = _cancel(call, instruction, None)
    return Reply({"instructionResult": _result(call, record),
                  "instructionSetId": record.set_id, "status": 201}, 201)


def cancel_instructions_in_bulk(call: Call) -> Reply:
    body = call.body if isinstance(call.body, dict) else {}
    set_id = call.world.management.new_set()
    rows = [{"instructionResult": _result(call, _cancel(call, entry, set_id)),
             "instructionSetId": set_id, "status": 201}
            for entry in body.get("instructions") or [] if isinstance(entry, dict)]
    return Reply({"instructionSetId": set_id, "status": 202, "instructionResults": rows}, 202)


HANDLERS: Registry = {
    "manage_bank_instruction": submit_instruction,
    "manage_bank_instructions_in_bulk": submit_bulk,
    "query_bank_instructions": query,
    "transfer_positions_externally": submit_instruction,
    "transfer_positions_externally_in_bulk": submit_bulk,
    "transfer_cash_externally": submit_instruction,
    "transfer_cash_externally_in_bulk": submit_bulk,
    "query_withdrawable_cash": query,
    "transfer_positions_internally": submit_instruction,
    "transfer_positions_internally_in_bulk": submit_bulk,
    "transfer_cash_internally": submit_instruction,
    "transfer_cash_internally_in_bulk": submit_bulk,
    "query_recent_instructions": query_recent_instructions,
    "get_instruction_status": get_instruction_status,
    "get_client_instruction_status": get_client_instruction_status,
    "get_instruction_set_status": get_instruction_set_status,
    "cancel_instruction": cancel_instruction,
    "cancel_instructions_in_bulk": cancel_instructions_in_bulk,
    "query_cash_balances": query,
}

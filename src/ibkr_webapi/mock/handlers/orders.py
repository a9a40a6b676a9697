"""Handlers of the `orders` operations: place, reply, preview, modify, cancel, suppress.

The question-and-reply loop, the lifecycle and the fills live in world/trading.py; these
handlers only unpack the request and wrap the answer.

>>> from ibkr_webapi.mock.world import build_world
>>> from ibkr_webapi.spec import operation
>>> world = build_world(seed=0, clock=lambda: 1_760_000_000.0)
>>> order = {"conid": 265598, "side": "BUY", "orderType": "MKT", "quantity": 1, "tif": "DAY"}
>>> call = Call(operation("place_orders"), {"accountId": "U1234567"}, {}, {"orders": [order]},
...             {}, world)
>>> HANDLERS["place_orders"](call).body[0]["messageIds"]
['o10153']
"""

from __future__ import annotations

from ibkr_webapi.mock.handler_api import ApiError, Call, Registry, Reply
from ibkr_webapi.mock.handlers.accounts import account_of, body_field

SUBMITTED = {"status": "submitted"}


def place_orders(call: Call) -> Reply:
    account = account_of(call)
    return Reply(call.world.trading.place(account.account_id, body_field(call, "orders")))


def reply_to_order_question(call: Call) -> Reply:
    confirmed = bool(body_field(call, "confirmed"))
    return Reply(call.world.trading.reply(call.param("replyId") or "", confirmed))


def preview_orders(call: Call) -> Reply:
    account = account_of(call)
    return Reply(call.world.trading.preview(account.account_id, body_field(call, "orders")))


def modify_order(call: Call) -> Reply:
    account = account_of(call)
    body = call.body if isinstance(call.body, dict) else {}
    return Reply(call.world.trading.modify(account.account_id, call.param("orderId") or "",
                                           body))


def cancel_order(call: Call) -> Reply:
    """An order the account does not have gets IBKR's documented error object with a 400
    (the documentation gives the body, ``{"error": "OrderID 1 doesn't exist"}``; the real
    server answers it with 400, issue 15). Choice, as nothing says otherwise: an order that
    exists but no longer works (filled, cancelled) keeps its 200 with an error body."""
    account = account_of(call)
    order_id = call.param("orderId") or ""
    answer = call.world.trading.cancel(account.account_id, order_id)
    if answer.get("error") == f"OrderID {order_id} doesn't exist":  # not this account's
        raise ApiError(400, str(answer["error"]), body=answer)
    return Reply(answer)


def respond_to_server_prompt(call: Call) -> Reply:
    """Prompts come only over the `ntf` topic, which the mock's orders never raise; an answer
    about a known order is acknowledged the way IBKR acknowledges one, as plain text. An
    unknown order gets the declared 400: the documentation describes no other failure and no
    recording shows one (the 503 of /order/status is not evidence for this endpoint)."""
    order_id = body_field(call, "orderId")
    if not call.world.trading.has_order(order_id):
        raise ApiError(400, f"No prompt is open for order {order_id}")
    return Reply(f"Answer '{body_field(call, 'text')}' was submitted", media_type="text/plain")


def suppress_order_questions(call: Call) -> Reply:
    call.world.trading.suppress(body_field(call, "messageIds"))
    return Reply(SUBMITTED)


def reset_suppressed_order_questions(call: Call) -> Reply:
    call.world.trading.reset_suppressed()
    return Reply(SUBMITTED)


HANDLERS: Registry = {
    "place_orders": place_orders,
    "reply_to_order_question": reply_to_order_question,
    "preview_orders": preview_orders,
    "modify_order": modify_order,
    "cancel_order": cancel_order,
    "respond_to_server_prompt": respond_to_server_prompt,
    "suppress_order_questions": suppress_order_questions,
    "reset_suppressed_order_questions": reset_suppressed_order_questions,
}

"""Orders through the generated client: questions and replies, lifecycle, modify, cancel."""

from __future__ import annotations

from typing import Any

from ibkr_client import Client
from ibkr_client.api.order_monitoring import get_live_orders, get_order_status
from ibkr_client.api.orders import (
    cancel_order,
    modify_order,
    place_orders,
    reply_to_order_question,
    reset_suppressed_order_questions,
    respond_to_server_prompt,
    suppress_order_questions,
)
from ibkr_client.models import (
    CancelOrderAcknowledgement,
    ErrorMessage,
    ErrorWithStatusCode,
    LiveOrders,
    OrderQuestion,
    OrderRejection,
    OrderReplyRequest,
    OrderRequest,
    OrderStatusDetail,
    OrderStatusFilter,
    PlaceOrdersRequest,
    ServerPromptResponse,
    SuppressQuestionsRequest,
)
from ibkr_webapi.mock.app import MockServer
from ibkr_webapi.mock.config import ManualClock
from ibkr_webapi.mock.world.events import ORDER, PNL, TRADE
from trading_support import (  # noqa: F401 - fixtures, used by name
    AAPL,
    ADVISOR,
    INDIVIDUAL,
    client_fixture,
    clock_fixture,
    confirm_all,
    known,
    order,
    place,
    place_confirmed,
    server_fixture,
)

SPY = 756733


def status_of(client: Client, order_id: str) -> OrderStatusDetail:
    answer = get_order_status.sync(order_id, client=client)
    assert isinstance(answer, OrderStatusDetail), answer
    return answer


def market(server: MockServer, conid: int = AAPL) -> float:
    return server.world.market.price(conid)


def test_questions_are_asked_one_at_a_time_then_the_order_is_acknowledged(
        client: Client) -> None:
    asked: list[str] = []
    acks = confirm_all(client, place(client, order(order_type="MKT", quantity=700)), asked)
    assert asked == ["o10153", "o383", "o451"]
    assert acks[0].order_status == "PreSubmitted"
    assert status_of(client, acks[0].order_id).order_status == "PreSubmitted"


def test_a_reply_id_answers_once(client: Client) -> None:
    question = place(client, order(order_type="MKT", quantity=1))[0]
    assert isinstance(question, OrderQuestion)
    confirm_all(client, [question])
    again = reply_to_order_question.sync_detailed(question.id, client=client,
                                                  body=OrderReplyRequest(confirmed=True))
    assert again.status_code == 400
    assert isinstance(again.parsed, ErrorMessage | ErrorWithStatusCode)
    assert again.parsed.error == f"reply id not found: '{question.id}'"


def test_a_new_order_invalidates_an_unanswered_question(client: Client) -> None:
    first = place(client, order(order_type="MKT", quantity=1))[0]
    assert isinstance(first, OrderQuestion)
    place(client, order(order_type="MKT", quantity=2))
    late = reply_to_order_question.sync_detailed(first.id, client=client,
                                                 body=OrderReplyRequest(confirmed=True))
    assert late.status_code == 503


def test_declining_a_question_discards_the_order(server: MockServer, client: Client) -> None:
    before = len(server.world.trading.orders)
    question = place(client, order(order_type="MKT", quantity=1))[0]
    assert isinstance(question, OrderQuestion)
    answer = reply_to_order_question.sync(question.id, client=client,
                                          body=OrderReplyRequest(confirmed=False))
    assert isinstance(answer, OrderRejection)
    assert len(server.world.trading.orders) == before


def test_suppressed_questions_are_skipped_until_reset(client: Client) -> None:
    suppress_order_questions.sync(client=client, body=SuppressQuestionsRequest.from_dict(
        {"messageIds": ["o10153"]}))
    assert not isinstance(place(client, order(order_type="MKT", quantity=1))[0], OrderQuestion)
    reset_suppressed_order_questions.sync(client=client)
    question = place(client, order(order_type="MKT", quantity=1))[0]
    assert isinstance(question, OrderQuestion) and question.message_ids == ["o10153"]


def test_a_limit_far_from_the_market_asks_o163(server: MockServer, client: Client) -> None:
    question = place(client, order(price=round(market(server) * 0.5, 2)))[0]
    assert isinstance(question, OrderQuestion) and question.message_ids == ["o163"]


def test_a_market_order_goes_presubmitted_submitted_filled(
        server: MockServer, client: Client, clock: ManualClock) -> None:
    seen: list[tuple[str, Any]] = []
    server.world.events.subscribe(lambda topic, payload: seen.append((topic, payload)))
    order_id = place_confirmed(client, order(order_type="MKT", quantity=5))[0].order_id
    clock.advance(1.0)
    assert status_of(client, order_id).order_status == "Submitted"
    clock.advance(1.0)
    status = status_of(client, order_id)
    assert status.order_status == "Filled" and status.cum_fill == "5.0"
    assert float(known(status.average_price)) == market(server)
    statuses = [p["status"] for t, p in seen if t == ORDER and p["orderId"] == int(order_id)]
    assert statuses == ["PreSubmitted", "Submitted", "Filled"]
    assert [t for t, _ in seen].count(TRADE) == 1 and PNL in {t for t, _ in seen}


def test_a_limit_order_rests_until_modified_through_the_market(
        server: MockServer, client: Client, clock: ManualClock) -> None:
    low = round(market(server) * 0.9, 2)
    order_id = place_confirmed(client, order(price=low))[0].order_id
    clock.advance(60)
    assert status_of(client, order_id).order_status == "Submitted"
    high = round(market(server) * 1.01, 2)
    answer = modify_order.sync(INDIVIDUAL, order_id, client=client,
                               body=OrderRequest.from_dict(order(price=high)))
    assert isinstance(answer, list)
    acks = confirm_all(client, answer)
    assert acks[0].order_id == order_id
    status = status_of(client, order_id)
    assert status.order_status == "Filled" and float(known(status.average_price)) <= high


def test_cancelling_before_the_exchange_accepts_is_immediate(client: Client) -> None:
    order_id = place_confirmed(client, order(order_type="MKT", quantity=3))[0].order_id
    answer = cancel_order.sync(INDIVIDUAL, order_id, client=client)
    assert isinstance(answer, CancelOrderAcknowledgement)
    assert (answer.order_id, answer.conid, answer.account) == (int(order_id), -1, None)
    assert status_of(client, order_id).order_status == "Cancelled"


def test_cancelling_a_submitted_order_passes_through_pending_cancel(
        server: MockServer, client: Client, clock: ManualClock) -> None:
    order_id = place_confirmed(client, order(price=round(market(server) * 0.98, 2)))[0].order_id
    clock.advance(1.5)
    answer = cancel_order.sync(INDIVIDUAL, order_id, client=client)
    assert isinstance(answer, CancelOrderAcknowledgement)
    assert (answer.conid, answer.account) == (AAPL, INDIVIDUAL)
    assert status_of(client, order_id).order_status == "PendingCancel"
    clock.advance(1.0)
    assert status_of(client, order_id).order_status == "Cancelled"
    again = cancel_order.sync(INDIVIDUAL, order_id, client=client)
    assert isinstance(again, OrderRejection) and "Cancelled" in again.error


def test_an_unknown_order_id_is_503(client: Client) -> None:
    answer = get_order_status.sync_detailed("42", client=client)
    assert answer.status_code == 503
    assert isinstance(answer.parsed, ErrorWithStatusCode)
    assert answer.parsed.error == "Order 42 is not found"


def test_live_orders_filter_by_status_and_force_clears(
        server: MockServer, client: Client, clock: ManualClock) -> None:
    filled = place_confirmed(client, order(order_type="MKT", quantity=1))[0].order_id
    resting = place_confirmed(client, order(price=round(market(server) * 0.98, 2)))[0].order_id
    clock.advance(3)
    every = get_live_orders.sync(client=client)
    assert isinstance(every, LiveOrders) and isinstance(every.orders, list)
    assert {str(o.order_id) for o in every.orders} == {filled, resting}
    only = get_live_orders.sync(client=client, filters=[OrderStatusFilter("filled")])
    assert isinstance(only, LiveOrders) and isinstance(only.orders, list)
    assert [str(o.order_id) for o in only.orders] == [filled]
    cleared = get_live_orders.sync(client=client, force=True)
    assert isinstance(cleared, LiveOrders) and cleared.orders == []


def test_an_advisor_order_is_allocated_over_its_clients(
        server: MockServer, client: Client, clock: ManualClock) -> None:
    books = server.world.trading.books
    clients = ["U7654301", "U7654302", "U7654303"]
    before = [books[c].positions[SPY].quantity for c in clients]
    asked: list[str] = []
    confirm_all(client, place(client, order(SPY, order_type="MKT", quantity=30),
                              account=ADVISOR), asked)
    assert "p6" in asked
    clock.advance(3)
    get_live_orders.sync(client=client)
    assert [books[c].positions[SPY].quantity for c in clients] == [b + 10 for b in before]


def test_a_bracket_child_waits_for_its_parent(
        server: MockServer, client: Client, clock: ManualClock) -> None:
    price = market(server)
    parent = order(price=round(price * 1.01, 2), cOID="entry-1")
    child = order(side="SELL", price=round(price * 1.02, 2), parentId="entry-1")
    acks = place_confirmed(client, parent, child)
    clock.advance(1.5)
    assert status_of(client, acks[0].order_id).order_status == "Filled"
    assert status_of(client, acks[1].order_id).order_status == "PreSubmitted"
    clock.advance(1.5)
    assert status_of(client, acks[1].order_id).order_status == "Submitted"


def test_a_zero_quantity_is_a_500_like_ibkr(client: Client) -> None:
    answer = place_orders.sync_detailed(
        INDIVIDUAL, client=client,
        body=PlaceOrdersRequest.from_dict({"orders": [order(quantity=0)]}))
    assert answer.status_code == 500


async def test_orders_work_through_the_async_client(
        server: MockServer, client: Client, clock: ManualClock) -> None:
    body = PlaceOrdersRequest.from_dict({"orders": [order(order_type="MKT", quantity=2)]})
    answer = await place_orders.asyncio(INDIVIDUAL, client=client, body=body)
    assert isinstance(answer, list) and isinstance(answer[0], OrderQuestion)
    reply = await reply_to_order_question.asyncio(answer[0].id, client=client,
                                                  body=OrderReplyRequest(confirmed=True))
    assert isinstance(reply, list) and not isinstance(reply[0], OrderQuestion)
    clock.advance(2.5)
    status = await get_order_status.asyncio(reply[0].order_id, client=client)
    assert isinstance(status, OrderStatusDetail) and status.order_status == "Filled"


def test_a_prompt_answer_is_acknowledged_for_a_known_order(client: Client) -> None:
    ack = place_confirmed(client, order(order_type="MKT", quantity=1))[0]
    body = ServerPromptResponse(order_id=int(known(ack.order_id)), req_id="1", text="Yes")

    answer = respond_to_server_prompt.sync_detailed(client=client, body=body)

    assert (answer.status_code, answer.parsed) == (200, "Answer 'Yes' was submitted")


def test_a_prompt_answer_for_an_unknown_order_is_the_declared_400(client: Client) -> None:
    body = ServerPromptResponse(order_id=42, req_id="1", text="Yes")

    answer = respond_to_server_prompt.sync_detailed(client=client, body=body)

    assert answer.status_code == 400
    assert isinstance(answer.parsed, ErrorWithStatusCode)
    assert answer.parsed.error == "No prompt is open for order 42"

"""Order questions: an explicit policy by message id, typed acks, serialised loops."""

from __future__ import annotations

import threading

import pytest

from ibkr_client.models import (
    OrderAcknowledgement,
    OrderQuestion,
    OrderRejection,
    OrderRequest,
    OrderSide,
    OrderTimeInForce,
    OrderType,
)
from ibkr_webapi import errors
from ibkr_webapi.client import AsyncClient, Client
from ibkr_webapi.mock.app import MockServer
from ibkr_webapi.orders import (
    Answer,
    OrderDeclinedError,
    OrderRejectedError,
    QuestionLoop,
    QuestionPolicy,
)

ACCOUNT = "U1234567"
LARGE_MARKET_IDS = ("o10153", "o383", "o451")  # asked in this order for 700 AAPL at market


def large_market_order() -> OrderRequest:
    return OrderRequest(conid=265598, order_type=OrderType.MKT, side=OrderSide.BUY,
                        tif=OrderTimeInForce.DAY, quantity=700)


def limit_order(price: float) -> OrderRequest:
    return OrderRequest(conid=265598, order_type=OrderType.LMT, side=OrderSide.BUY,
                        tif=OrderTimeInForce.DAY, quantity=1, price=price)


def orders_in(server: MockServer) -> int:
    return len(server.world.trading.orders_of([ACCOUNT], 0))


def test_the_default_policy_answers_nothing_and_raises(client: Client,
                                                       server: MockServer) -> None:
    before = orders_in(server)
    with pytest.raises(errors.OrderQuestionError) as raised:
        client.place_order(ACCOUNT, large_market_order())
    assert raised.value.message_ids == ("o10153",)
    assert "Mandatory Cap Price" in raised.value.question
    assert server.requests.count("reply_to_order_question") == 0
    assert orders_in(server) == before


def test_confirmed_questions_end_with_a_typed_ack(client: Client, server: MockServer) -> None:
    acks = client.place_order(ACCOUNT, large_market_order(),
                              QuestionPolicy.confirm(*LARGE_MARKET_IDS))
    assert len(acks) == 1 and isinstance(acks[0], OrderAcknowledgement)
    assert server.world.trading.order(acks[0].order_id).ticket.quantity == 700
    assert server.requests.statuses("reply_to_order_question") == [200, 200, 200]
    replies = [entry.path for entry in server.requests.of("reply_to_order_question")]
    assert len(set(replies)) == 3  # a fresh reply id each time


def test_answering_no_discards_the_order(client: Client, server: MockServer) -> None:
    policy = QuestionPolicy({"o10153": Answer.YES, "o383": Answer.NO})
    before = orders_in(server)
    with pytest.raises(OrderDeclinedError) as raised:
        client.place_order(ACCOUNT, large_market_order(), policy)
    assert raised.value.message_ids == ("o383",)
    assert server.requests.count("reply_to_order_question") == 2
    assert orders_in(server) == before


def test_stop_raises_with_the_question_text(client: Client) -> None:
    policy = QuestionPolicy({"o10153": Answer.YES, "o383": Answer.STOP}, default=Answer.YES)
    with pytest.raises(errors.OrderQuestionError) as raised:
        client.place_order(ACCOUNT, large_market_order(), policy)
    assert raised.value.message_ids == ("o383",)
    assert "size exceeds" in raised.value.question


def test_modify_walks_the_questions_too(client: Client, server: MockServer) -> None:
    market = server.world.trading.price(265598)
    order_id = client.place_order(ACCOUNT, limit_order(round(market, 2)))[0].order_id
    far = limit_order(round(market * 1.2, 2))
    with pytest.raises(errors.OrderQuestionError) as raised:
        client.modify_order(ACCOUNT, order_id, far)
    assert raised.value.message_ids == ("o163",)
    acks = client.modify_order(ACCOUNT, order_id, far, QuestionPolicy.confirm("o163"))
    assert acks[0].order_id == order_id


def test_suppressed_questions_are_not_asked_until_reset(client: Client) -> None:
    client.suppress_questions(*LARGE_MARKET_IDS)
    assert client.place_order(ACCOUNT, large_market_order())
    client.reset_suppressed_questions()
    with pytest.raises(errors.OrderQuestionError):
        client.place_order(ACCOUNT, large_market_order())


def test_concurrent_loops_are_serialised(client: Client, server: MockServer) -> None:
    # IBKR invalidates open questions when another order request arrives; without the
    # serialisation one of these loops would hit "reply id not found" or a 503.
    results: list[object] = []

    def place() -> None:
        try:
            results.extend(client.place_order(ACCOUNT, large_market_order(),
                                              QuestionPolicy.confirm(*LARGE_MARKET_IDS)))
        except errors.IbkrError as error:
            results.append(error)

    threads = [threading.Thread(target=place) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert all(isinstance(result, OrderAcknowledgement) for result in results)
    assert len(results) == 4
    assert set(server.requests.statuses("reply_to_order_question")) == {200}


async def test_async_place_order(async_client: AsyncClient, server: MockServer) -> None:
    with pytest.raises(errors.OrderQuestionError):
        await async_client.place_order(ACCOUNT, large_market_order())
    acks = await async_client.place_order(ACCOUNT, large_market_order(),
                                          QuestionPolicy.confirm(*LARGE_MARKET_IDS))
    assert isinstance(acks[0], OrderAcknowledgement)
    await async_client.suppress_questions("o10153")
    await async_client.reset_suppressed_questions()


def question(reply_id: str, *message_ids: str) -> OrderQuestion:
    return OrderQuestion(id=reply_id, message=["Are you sure?"], message_ids=list(message_ids))


def test_a_reply_id_is_never_answered_twice() -> None:
    loop = QuestionLoop("place_orders", QuestionPolicy.confirm("o163"))
    assert loop.next_reply([question("r1", "o163")]) == ("r1", True)
    with pytest.raises(errors.UnexpectedResponseError, match="already answered"):
        loop.next_reply([question("r1", "o163")])


def test_a_rejection_is_a_typed_error() -> None:
    loop = QuestionLoop("place_orders", QuestionPolicy())
    with pytest.raises(OrderRejectedError) as raised:
        loop.next_reply(OrderRejection(error="insufficient funds for U1234567"))
    assert raised.value.ibkr_message == "insufficient funds for U***567"


@pytest.mark.parametrize(("answers", "ids", "expected"), [
    ({"o163": Answer.YES}, ["o163"], Answer.YES),
    ({"o163": Answer.YES}, ["o163", "o383"], Answer.STOP),
    ({"o163": Answer.YES, "o383": Answer.NO}, ["o163", "o383"], Answer.NO),
    ({"o163": Answer.NO, "o383": Answer.STOP}, ["o163", "o383"], Answer.STOP),
    ({}, [], Answer.STOP),
])
def test_policy_decisions(answers: dict[str, Answer], ids: list[str], expected: Answer) -> None:
    assert QuestionPolicy(answers).answer(ids) is expected

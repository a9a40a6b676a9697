"""Placing and modifying orders through IBKR's question loop, with an explicit policy.

IBKR may answer an order with questions ("The following order exceeds the price
percentage limit...") that must be answered with POST /iserver/reply/{replyId} before the
order is transmitted. Each question carries message ids such as ``"o163"``. A
`QuestionPolicy` says, per message id, whether to answer yes (transmit), no (discard the
order) or stop (raise without answering). The default policy answers nothing: the first
question raises `OrderQuestionError` with its text, so no order is ever confirmed by
accident.

The loop never reuses a reply id (a repeated one is an error), and the client runs one loop
at a time: IBKR invalidates the questions still open when another order request arrives on
the same session (the "reply id not found" race), so loops are serialised per client, which
also serialises them per account. Nothing here is ever retried automatically.

>>> policy = QuestionPolicy.confirm("o163", "o10153")
>>> policy.answer(["o163"]), policy.answer(["o383"]), QuestionPolicy().answer(["o163"])
(<Answer.YES: 'yes'>, <Answer.STOP: 'stop'>, <Answer.STOP: 'stop'>)
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from ibkr_client.models import (
    OrderAcknowledgement,
    OrderPrompt,
    OrderQuestion,
    OrderRejection,
    OrderRequest,
    PlaceOrdersRequest,
)
from ibkr_webapi.errors import IbkrError, OrderQuestionError, UnexpectedResponseError

MAX_QUESTIONS = 20
"""More questions than this for one order means a loop: stop."""

OrderAnswer = list[OrderAcknowledgement | OrderQuestion] | OrderRejection | OrderPrompt


class Answer(enum.Enum):
    """What to do with a question."""

    YES = "yes"
    """Confirm: the order goes on to the next question or is transmitted."""
    NO = "no"
    """Decline: IBKR discards the order; `OrderDeclinedError` is raised."""
    STOP = "stop"
    """Do not answer: `OrderQuestionError` is raised with the question's text."""


class OrderDeclinedError(OrderQuestionError):
    """The policy answered no, and IBKR discarded the order."""

    summary = "order declined"


class OrderRejectedError(IbkrError):
    """IBKR refused the order (an HTTP 200 answer with an ``error``)."""

    summary = "order rejected"


@dataclass(frozen=True)
class QuestionPolicy:
    """Answers by message id; `default` for ids not listed. A question with several ids is
    confirmed only if every id says yes; any stop wins over no, and no over yes."""

    answers: Mapping[str, Answer] = field(default_factory=dict)
    default: Answer = Answer.STOP

    @classmethod
    def confirm(cls, *message_ids: str) -> QuestionPolicy:
        """Answer yes to these message ids, stop on any other."""
        return cls({message_id: Answer.YES for message_id in message_ids})

    def answer(self, message_ids: Iterable[str]) -> Answer:
        """The answer to a question with these message ids (none known: the default)."""
        answers = {self.answers.get(message_id, self.default) for message_id in message_ids}
        for decisive in (Answer.STOP, Answer.NO, Answer.YES):
            if decisive in answers:
                return decisive
        return self.default


@dataclass
class QuestionLoop:
    """The state of one order's question loop: what to send next, or the final ack."""

    operation: str
    policy: QuestionPolicy
    answered: set[str] = field(default_factory=set)
    declined: OrderDeclinedError | None = None

    def next_reply(self, answer: OrderAnswer) -> tuple[str, bool] | list[OrderAcknowledgement]:
        """(reply id, confirmed) to send next, or the acknowledgements when done."""
        if isinstance(answer, OrderRejection):
            raise OrderRejectedError(self.operation, 200, answer.error)
        if isinstance(answer, OrderPrompt):
            # A prompt is answered through POST /iserver/notification, not /iserver/reply: no
            # policy covers it, so it stops the order loop with its text, like an unknown question.
            message_id = answer.message_id if isinstance(answer.message_id, str) else ""
            text = answer.text if isinstance(answer.text, str) else "order prompt"
            raise OrderQuestionError(self.operation, text, (message_id,) if message_id else ())
        questions = [item for item in answer if isinstance(item, OrderQuestion)]
        if not questions:
            return [item for item in answer if isinstance(item, OrderAcknowledgement)]
        question = questions[0]
        if question.id in self.answered or len(self.answered) >= MAX_QUESTIONS:
            raise UnexpectedResponseError(self.operation, 200, "",
                                          "IBKR asked again under a reply id already answered")
        self.answered.add(question.id)
        message_ids = tuple(question.message_ids) if question.message_ids else ()
        decision = self.policy.answer(message_ids)
        if decision is Answer.STOP:
            raise OrderQuestionError(self.operation, " ".join(question.message), message_ids)
        if decision is Answer.NO:
            self.declined = OrderDeclinedError(self.operation, " ".join(question.message),
                                               message_ids)
        return question.id, decision is Answer.YES

    def after_reply(self, confirmed: bool) -> None:
        """Raise the declined error once the "no" has been sent."""
        if not confirmed and self.declined is not None:
            raise self.declined


def order_body(orders: PlaceOrdersRequest | OrderRequest | Sequence[OrderRequest]) -> (
        PlaceOrdersRequest):
    """The request body for one order, a list of orders (bracket, OCA), or a ready body."""
    if isinstance(orders, PlaceOrdersRequest):
        return orders
    if isinstance(orders, OrderRequest):
        return PlaceOrdersRequest(orders=[orders])
    return PlaceOrdersRequest(orders=list(orders))

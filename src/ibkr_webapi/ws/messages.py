"""Typed websocket messages: one class per incoming topic, all sharing `WsMessage`.

Every message keeps ``topic`` ("smd"), ``target`` (the part after the first "+": a conid for
smd/smh/sbd, an account for ssd/sld, None for the rest), ``raw`` (the frame text) and ``data``
(the decoded JSON, unchanged, so unknown keys are never lost). Decoding costs one json.loads
and one small object; typed views are built on first access and cached.

``payload`` is the whole frame as the generated attrs model of its payload schema (``schema``
names the component in the effective spec, which spec/asyncapi.yaml references). Views such
as ``orders`` or ``fields`` parse item by item, so one odd item never hides the others.

>>> from ibkr_webapi.ws import decode_frame
>>> message = decode_frame('{"topic":"sor","args":[{"acct":"U1234567","orderId":1,"new":2}]}')
>>> message.orders[0].order_id, message.orders[0].additional_properties
(1, {'new': 2})
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, Generic, TypeVar

from ibkr_client.models.live_order import LiveOrder
from ibkr_client.models.market_data_bar import MarketDataBar
from ibkr_client.models.trade_execution import TradeExecution
from ibkr_client.models.ws_account_summary_entry import WsAccountSummaryEntry
from ibkr_client.models.ws_account_summary_message import WsAccountSummaryMessage
from ibkr_client.models.ws_accounts_message import WsAccountsMessage
from ibkr_client.models.ws_auth_status import WsAuthStatus
from ibkr_client.models.ws_auth_status_message import WsAuthStatusMessage
from ibkr_client.models.ws_bulletin import WsBulletin
from ibkr_client.models.ws_bulletin_message import WsBulletinMessage
from ibkr_client.models.ws_error_message import WsErrorMessage
from ibkr_client.models.ws_exercise_data import WsExerciseData
from ibkr_client.models.ws_exercise_message import WsExerciseMessage
from ibkr_client.models.ws_historical_data_message import WsHistoricalDataMessage
from ibkr_client.models.ws_ledger_entry import WsLedgerEntry
from ibkr_client.models.ws_ledger_message import WsLedgerMessage
from ibkr_client.models.ws_market_data_message import WsMarketDataMessage
from ibkr_client.models.ws_notification import WsNotification
from ibkr_client.models.ws_notification_message import WsNotificationMessage
from ibkr_client.models.ws_orders_message import WsOrdersMessage
from ibkr_client.models.ws_pnl_entry import WsPnlEntry
from ibkr_client.models.ws_pnl_message import WsPnlMessage
from ibkr_client.models.ws_price_ladder_message import WsPriceLadderMessage
from ibkr_client.models.ws_price_ladder_row import WsPriceLadderRow
from ibkr_client.models.ws_system_message import WsSystemMessage
from ibkr_client.models.ws_tic_reply import WsTicReply
from ibkr_client.models.ws_trades_message import WsTradesMessage
from ibkr_client.models.ws_unsubscribed_message import WsUnsubscribedMessage
from ibkr_client.models.ws_waiting_for_session import WsWaitingForSession

from .fields import MarketDataFields

T = TypeVar("T")
P = TypeVar("P")


class PayloadError(ValueError):
    """A frame's JSON does not fit its payload model; ``message.data`` still holds all of it."""


class WsMessage:
    """A decoded incoming frame. Subclasses add typed views for their topic."""

    __slots__ = ("_views", "data", "raw", "target", "topic")
    #: Name of the payload schema in the effective spec's components ("" when there is none).
    schema: ClassVar[str] = ""
    #: True for what the server sends on its own (act, sts, blt, ntf, system).
    unsolicited: ClassVar[bool] = False
    # The generated model's from_dict; Any because a ClassVar callable would bind as a method.
    _model: ClassVar[Any] = None

    def __init__(self, topic: str, target: str | None, raw: str, data: Any) -> None:
        self.topic = topic
        self.target = target
        self.raw = raw
        self.data = data
        self._views: dict[str, Any] | None = None

    @property
    def key(self) -> tuple[str, str | None]:
        """(topic, target): what a stream client routes on."""
        return self.topic, self.target

    @property
    def payload(self) -> Any:
        """The frame as its generated attrs model; PayloadError if it does not fit."""
        model = type(self)._model
        if model is None:
            return self.data
        return self._view("payload", lambda: _build(model, self.data, self.schema))

    def _view(self, name: str, build: Callable[[], T]) -> T:
        views = self._views
        if views is None:
            views = self._views = {}
        if name not in views:
            views[name] = build()
        value: T = views[name]
        return value

    def _get(self, key: str, kind: type[T]) -> T | None:
        value = self.data.get(key) if isinstance(self.data, dict) else None
        return value if isinstance(value, kind) and not isinstance(value, bool) else None

    def _items(self, key: str, model: Callable[[Mapping[str, Any]], T]) -> list[T]:
        def build() -> list[T]:
            value = self.data.get(key) if isinstance(self.data, dict) else None
            return [_build(model, item, self.schema) for item in _objects(value)]

        return self._view(key, build)

    def __repr__(self) -> str:
        # Frames can name accounts; the repr shows only the routing key.
        return f"{type(self).__name__}(topic={self.topic!r}, target={self.target!r})"


class TypedMessage(WsMessage, Generic[P]):
    """A message whose ``payload`` has a generated model (the type parameter)."""

    __slots__ = ()

    @property
    def payload(self) -> P:
        """The frame as its generated attrs model; PayloadError if it does not fit."""
        value: P = super().payload
        return value


def _objects(value: Any) -> list[dict[str, Any]]:
    """The JSON objects of a value sent either as one object or as an array of them."""
    if isinstance(value, dict):
        return [value]
    if isinstance(value, list):
        return [item for item in value if isinstance(item, dict)]
    return []


def _build(model: Callable[[Mapping[str, Any]], T], data: Any, schema: str) -> T:
    if not isinstance(data, dict):
        raise PayloadError(f"{schema}: expected a JSON object, got {type(data).__name__}")
    try:
        return model(data)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise PayloadError(f"{schema}: {type(exc).__name__}: {exc}") from None


class MarketDataMessage(TypedMessage[WsMarketDataMessage]):
    """smd+CONID: top-of-book market data; ``fields`` gives named, parsed values."""

    __slots__ = ()
    schema = "WsMarketDataMessage"
    _model = WsMarketDataMessage.from_dict

    @property
    def fields(self) -> MarketDataFields:
        return self._view("fields", lambda: MarketDataFields(self.data))

    @property
    def conid(self) -> int | None:
        return self._get("conid", int)

    @property
    def updated_ms(self) -> int | None:
        """``_updated``: epoch milliseconds of the update."""
        return self._get("_updated", int)

    @property
    def server_id(self) -> str | None:
        return self._get("server_id", str)


class HistoricalDataMessage(TypedMessage[WsHistoricalDataMessage]):
    """smh+CONID: historical bars; ``server_id`` is what umh needs to unsubscribe."""

    __slots__ = ()
    schema = "WsHistoricalDataMessage"
    _model = WsHistoricalDataMessage.from_dict

    @property
    def server_id(self) -> str | None:
        value = self.data.get("serverId")
        return None if value is None else str(value)

    @property
    def bars(self) -> list[MarketDataBar]:
        return self._items("data", MarketDataBar.from_dict)


class PriceLadderMessage(TypedMessage[WsPriceLadderMessage]):
    """sbd+ACCOUNT+CONID: BookTrader price ladder rows; ``target`` is the conid."""

    __slots__ = ("account",)
    schema = "WsPriceLadderMessage"
    _model = WsPriceLadderMessage.from_dict

    def __init__(self, topic: str, target: str | None, raw: str, data: Any) -> None:
        account, _, conid = (target or "").rpartition("+")
        super().__init__(topic, conid or None, raw, data)
        self.account = account or None

    @property
    def rows(self) -> list[WsPriceLadderRow]:
        return self._items("data", WsPriceLadderRow.from_dict)


class OrderUpdateMessage(TypedMessage[WsOrdersMessage]):
    """sor: live order updates (after the first, deltas: acct, orderId and what changed)."""

    __slots__ = ()
    schema = "WsOrdersMessage"
    _model = WsOrdersMessage.from_dict

    @property
    def orders(self) -> list[LiveOrder]:
        return self._items("args", LiveOrder.from_dict)


class TradeMessage(TypedMessage[WsTradesMessage]):
    """str: executions; every execution arrives twice, the second time with commission."""

    __slots__ = ()
    schema = "WsTradesMessage"
    _model = WsTradesMessage.from_dict

    @property
    def trades(self) -> list[TradeExecution]:
        return self._items("args", TradeExecution.from_dict)


class PnlMessage(TypedMessage[WsPnlMessage]):
    """spl: profit and loss, keyed "ACCOUNT.Core"."""

    __slots__ = ()
    schema = "WsPnlMessage"
    _model = WsPnlMessage.from_dict

    @property
    def pnl(self) -> dict[str, WsPnlEntry]:
        def build() -> dict[str, WsPnlEntry]:
            args = self.data.get("args")
            items = args.items() if isinstance(args, dict) else ()
            return {k: _build(WsPnlEntry.from_dict, v, self.schema) for k, v in items}

        return self._view("pnl", build)


class AccountSummaryMessage(TypedMessage[WsAccountSummaryMessage]):
    """ssd+ACCOUNT: account summary values, under ``result``."""

    __slots__ = ()
    schema = "WsAccountSummaryMessage"
    _model = WsAccountSummaryMessage.from_dict

    @property
    def entries(self) -> list[WsAccountSummaryEntry]:
        return self._items("result", WsAccountSummaryEntry.from_dict)


class LedgerMessage(TypedMessage[WsLedgerMessage]):
    """sld+ACCOUNT: ledger values per currency, under ``result``."""

    __slots__ = ()
    schema = "WsLedgerMessage"
    _model = WsLedgerMessage.from_dict

    @property
    def entries(self) -> list[WsLedgerEntry]:
        return self._items("result", WsLedgerEntry.from_dict)


class UnsubscribedMessage(TypedMessage[WsUnsubscribedMessage]):
    """The one confirmation of usd/uld ({"result": "unsubscribed from summary"})."""

    __slots__ = ()
    schema = "WsUnsubscribedMessage"
    _model = WsUnsubscribedMessage.from_dict

    @property
    def text(self) -> str:
        return self._get("result", str) or ""


class AccountMessage(TypedMessage[WsAccountsMessage]):
    """act (unsolicited): the accounts and their properties, as GET /iserver/accounts."""

    __slots__ = ()
    schema = "WsAccountsMessage"
    unsolicited = True
    _model = WsAccountsMessage.from_dict


class StatusMessage(TypedMessage[WsAuthStatusMessage]):
    """sts (unsolicited): brokerage session status."""

    __slots__ = ()
    schema = "WsAuthStatusMessage"
    unsolicited = True
    _model = WsAuthStatusMessage.from_dict

    @property
    def status(self) -> WsAuthStatus | None:
        items = self._items("args", WsAuthStatus.from_dict)
        return items[0] if items else None


class BulletinMessage(TypedMessage[WsBulletinMessage]):
    """blt (unsolicited): bulletins; servers send an array where the docs show an object."""

    __slots__ = ()
    schema = "WsBulletinMessage"
    unsolicited = True
    _model = WsBulletinMessage.from_dict

    @property
    def bulletins(self) -> list[WsBulletin]:
        return self._items("args", WsBulletin.from_dict)


class NotificationMessage(TypedMessage[WsNotificationMessage]):
    """ntf (unsolicited): notifications; an array on real servers, an object in the docs."""

    __slots__ = ()
    schema = "WsNotificationMessage"
    unsolicited = True
    _model = WsNotificationMessage.from_dict

    @property
    def notifications(self) -> list[WsNotification]:
        return self._items("args", WsNotification.from_dict)


class SystemMessage(TypedMessage[WsSystemMessage]):
    """system (unsolicited): the greeting (``success`` = user name) or a heartbeat (``hb``)."""

    __slots__ = ()
    schema = "WsSystemMessage"
    unsolicited = True
    _model = WsSystemMessage.from_dict

    @property
    def is_greeting(self) -> bool:
        return "success" in self.data

    @property
    def heartbeat_ms(self) -> int | None:
        return self._get("hb", int)


class TicMessage(TypedMessage[WsTicReply]):
    """tic: the reply to a client ping (servers send four identical copies)."""

    __slots__ = ()
    schema = "WsTicReply"
    unsolicited = True
    _model = WsTicReply.from_dict

    @property
    def alive(self) -> bool | None:
        value = self.data.get("alive")
        return value if isinstance(value, bool) else None

    @property
    def last_accessed_ms(self) -> int | None:
        return self._get("lastAccessed", int)


class ExerciseMessage(TypedMessage[WsExerciseMessage]):
    """shs+exercise / inp+exercise: steps of an option exercise dialogue."""

    __slots__ = ()
    schema = "WsExerciseMessage"
    _model = WsExerciseMessage.from_dict

    @property
    def action(self) -> str | None:
        """The step's kind, content (information) or prompt (a question); None at first."""
        return self._get("action", str)

    @property
    def step(self) -> WsExerciseData | None:
        items = self._items("data", WsExerciseData.from_dict)
        return items[0] if items else None


class ErrorMessage(TypedMessage[WsErrorMessage]):
    """An error frame, e.g. {"error": "unable to subscribe", "code": 500, "topic": "sor"}.

    ``topic`` is the topic the error is about, so it routes to that subscription.
    """

    __slots__ = ()
    schema = "WsErrorMessage"
    _model = WsErrorMessage.from_dict

    @property
    def error(self) -> str:
        return str(self.data.get("error"))

    @property
    def code(self) -> int | None:
        return self._get("code", int)


class WaitingForSessionMessage(TypedMessage[WsWaitingForSession]):
    """{"message": "waiting for session"}: the socket was opened without a session."""

    __slots__ = ()
    schema = "WsWaitingForSession"
    unsolicited = True
    _model = WsWaitingForSession.from_dict


class UnknownMessage(WsMessage):
    """A frame of a topic or shape this library does not know; ``data`` keeps all of it."""

    __slots__ = ()


MESSAGE_TYPES: Mapping[str, type[WsMessage]] = {
    "smd": MarketDataMessage,
    "smh": HistoricalDataMessage,
    "sbd": PriceLadderMessage,
    "sor": OrderUpdateMessage,
    "str": TradeMessage,
    "spl": PnlMessage,
    "ssd": AccountSummaryMessage,
    "sld": LedgerMessage,
    "usd": UnsubscribedMessage,
    "uld": UnsubscribedMessage,
    "act": AccountMessage,
    "sts": StatusMessage,
    "blt": BulletinMessage,
    "ntf": NotificationMessage,
    "system": SystemMessage,
    "tic": TicMessage,
    "shs": ExerciseMessage,
    "inp": ExerciseMessage,
}

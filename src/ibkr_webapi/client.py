"""`Client` and `AsyncClient`: the entry point of the runtime.

A client is built from a `Target` (Gateway, OAuth or the mock) and `Settings`. It exposes
every operation of the spec grouped by tag (``client.portfolio.get_portfolio_accounts()``),
each returning the typed 2xx model or raising an ``ibkr_webapi.errors`` error; paces every
request by the spec's limits; retries what is safe to retry; and, used as a context manager,
opens the session and keeps it alive with a session keeper. The underlying clients stay
reachable: ``client.http`` (httpx) and ``client.generated`` (``ibkr_client.Client``, for the
generated functions' ``*_detailed`` variants).

>>> from ibkr_webapi.mock.app import MockServer
>>> from ibkr_webapi.mock.config import MockConfig
>>> with MockServer(MockConfig(seed=1)) as server, Client(Target.in_process(server)) as client:
...     [account.id for account in client.portfolio.get_portfolio_accounts()][:1]
['U1234567']
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Mapping, Sequence
from types import TracebackType
from typing import Any
from urllib.parse import urlsplit

import httpx

import ibkr_client
from ibkr_auth.errors import AuthError
from ibkr_auth.redaction import protect_in_logs
from ibkr_auth.shared_state import SharedState
from ibkr_auth.single_flight import SingleFlightAuth
from ibkr_client.grouped import AsyncOperations, Operations
from ibkr_client.models import (
    OrderAcknowledgement,
    OrderReplyRequest,
    OrderRequest,
    PlaceOrdersRequest,
    QuestionsSuppressionStatus,
    SuppressibleMessageId,
    SuppressQuestionsRequest,
)
from ibkr_webapi.errors import ConnectionFailedError, NoBridgeError, NotAuthenticatedError
from ibkr_webapi.orders import OrderAnswer, QuestionLoop, QuestionPolicy, order_body
from ibkr_webapi.pacing import Limiter, StoreFactory
from ibkr_webapi.routes import OperationRouter
from ibkr_webapi.runner import AsyncRunner, SyncRunner
from ibkr_webapi.session_keeper import (
    AsyncSessionKeeper,
    SessionKeeper,
    SessionState,
    TickleOutcome,
)
from ibkr_webapi.settings import Settings, Timing
from ibkr_webapi.targets import Target
from ibkr_webapi.transport import AsyncPacedTransport, PacedTransport
from ibkr_webapi.transport_hooks import hooked, hooked_async
from ibkr_webapi.version import __version__

USER_AGENT = f"ibkr-webapi/{__version__}"
Orders = PlaceOrdersRequest | OrderRequest | Sequence[OrderRequest]


def refused(error: AuthError) -> NotAuthenticatedError:
    """The typed error for credentials the auth plugin could not use (e.g. OAuth token
    requests IBKR refused): ``open()`` promises an AuthenticationError, not the plugin's own."""
    return NotAuthenticatedError("tickle", getattr(error, "status_code", None), str(error),
                                 detail="credentials refused")


def check_opened(outcome: TickleOutcome) -> TickleOutcome:
    """The outcome of the opening tickle, or the error saying why the session is unusable."""
    if outcome.state in (SessionState.AUTHENTICATED, SessionState.REINITIALISED):
        return outcome
    if outcome.state is SessionState.NO_SESSION:
        raise NotAuthenticatedError("tickle", outcome.status_code, detail="no session (log "
                                    "in to the Gateway, or check the OAuth credentials)")
    if outcome.state is SessionState.NOT_AUTHENTICATED:
        raise NoBridgeError("init_brokerage_session", outcome.status_code,
                            detail="the brokerage session could not be opened")
    raise ConnectionFailedError("tickle", outcome.status_code,
                                detail="the session could not be checked")


def _shared_stores(target: Target, settings: Settings) -> (
        tuple[StoreFactory | None, SharedState | None]):
    """The pacing store factory and the shared session state the settings ask for (both None
    by default: nothing shared, nothing imported)."""
    pacing, session = settings.pacing_store, settings.session_store
    if pacing is None and session is None:
        return None, None
    from ibkr_webapi.stores.identity import identity_of

    identity = identity_of(target)
    shared = session.for_identity(identity).build() if session is not None else None
    if shared is not None and isinstance(target.auth, SingleFlightAuth):
        target.auth.share_state(shared)
    return (pacing.for_identity(identity).build if pacing is not None else None), shared


class _Base:
    """What both clients share: target, settings, limiter, router, repr."""

    def _setup(self, target: Target, settings: Settings | None, limiter: Limiter | None,
               timing: Timing | None) -> tuple[Timing, dict[str, Any]]:
        self.target = target
        self.settings = settings or Settings()
        protect_in_logs()  # httpx's own INFO lines get secrets redacted, account ids masked
        timing = timing or Timing()
        store, self.shared_session = _shared_stores(target, self.settings)
        self.limiter = limiter or Limiter.from_spec(
            clock=timing.clock, sleep=timing.sleep, async_sleep=timing.async_sleep,
            store=store)
        self._router = OperationRouter(urlsplit(target.base_url).path)
        self.generated = ibkr_client.Client(base_url=target.base_url)
        # OAuth 2.0 and Account Management paths (/gw/api/...) are relative to the host's root.
        parts = urlsplit(target.base_url)
        self.root_url = f"{parts.scheme}://{parts.netloc}"
        self.generated_root = ibkr_client.Client(base_url=self.root_url)
        options = {**target.http_options(), "timeout": self.settings.timeout,
                   "headers": {"User-Agent": USER_AGENT}}
        return timing, options

    def __repr__(self) -> str:
        target = self.target
        return f"{type(self).__name__}(target={target.name!r}, base_url={target.base_url!r})"


class Client(_Base, Operations):
    """The synchronous facade; safe to share between threads. See the module docstring."""

    def __init__(self, target: Target, *, settings: Settings | None = None,
                 limiter: Limiter | None = None, timing: Timing | None = None) -> None:
        timing, options = self._setup(target, settings, limiter, timing)
        inner = hooked(target.transport or httpx.HTTPTransport(verify=target.verify))
        paced = PacedTransport(inner, self.limiter, self._router,
                               timeout=self.settings.timeout, limits=self.settings.limits)
        self.http = httpx.Client(transport=paced, **options)
        # Shares the transport (closed with self.http) and the auth plugin.
        self.http_root = httpx.Client(transport=paced, **(options | {"base_url": self.root_url}))
        self.generated.set_httpx_client(self.http)
        self.generated_root.set_httpx_client(self.http_root)
        self.runner = SyncRunner(self.generated, self.settings.retry, self.limiter,
                                 clock=timing.clock, sleep=timing.sleep,
                                 root_client=self.generated_root)
        Operations.__init__(self, self.runner)
        interval = self.settings.tickle_interval
        self.session_keeper = SessionKeeper(self.http, interval=interval or 60.0,
                                            shared=self.shared_session)
        self._keep_alive = interval is not None
        self._order_lock = threading.Lock()

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Client:
        """A client configured by environment variables (see ibkr_webapi.settings)."""
        return cls(Target.from_env(environ), settings=Settings.from_env(environ))

    def open(self) -> TickleOutcome:
        """Open the session now (tickle, and ssodh/init if the brokerage session is closed),
        then keep it alive in a daemon thread. Raises an AuthenticationError if it cannot."""
        try:
            outcome = check_opened(self.session_keeper.tickle_once(raise_auth=True))
        except AuthError as error:
            raise refused(error) from None
        if self._keep_alive:
            self.session_keeper.start(tickle_now=False)
        return outcome

    def close(self) -> None:
        """Stop the session keeper and close the connections (and a mock it started)."""
        self.session_keeper.stop()
        self.http.close()
        if self.target.owns_mock and self.target.mock is not None:
            self.target.mock.close()

    def __enter__(self) -> Client:
        self.open()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self.close()

    # ----------------------------------------------------------------- orders

    def place_order(self, account_id: str, orders: Orders,
                    policy: QuestionPolicy | None = None) -> list[OrderAcknowledgement]:
        """Place an order (or a bracket / OCA group), walk its questions with `policy`, and
        return IBKR's acknowledgements. See `ibkr_webapi.orders`."""
        with self._order_lock:
            answer = self.orders.place_orders(account_id, body=order_body(orders))
            return self._walk_questions("place_orders", answer, policy)

    def modify_order(self, account_id: str, order_id: str, order: OrderRequest,
                     policy: QuestionPolicy | None = None) -> list[OrderAcknowledgement]:
        """Modify an open order, walking its questions like `place_order`."""
        with self._order_lock:
            answer = self.orders.modify_order(account_id, order_id, body=order)
            return self._walk_questions("modify_order", answer, policy)

    def _walk_questions(self, operation: str, answer: OrderAnswer,
                        policy: QuestionPolicy | None) -> list[OrderAcknowledgement]:
        loop = QuestionLoop(operation, policy or QuestionPolicy())
        while not isinstance(step := loop.next_reply(answer), list):
            reply_id, confirmed = step
            answer = self.orders.reply_to_order_question(
                reply_id, body=OrderReplyRequest(confirmed=confirmed))
            loop.after_reply(confirmed)
        return step

    def suppress_questions(self, *message_ids: str) -> QuestionsSuppressionStatus:
        """Stop IBKR asking these questions (e.g. ``"o163"``) for the rest of the session."""
        ids = [SuppressibleMessageId(message_id) for message_id in message_ids]
        return self.orders.suppress_order_questions(body=SuppressQuestionsRequest(ids))

    def reset_suppressed_questions(self) -> QuestionsSuppressionStatus:
        """Ask every suppressed question again."""
        return self.orders.reset_suppressed_order_questions()


class AsyncClient(_Base, AsyncOperations):
    """The asyncio facade; safe to share between tasks of one event loop.

    >>> import asyncio
    >>> from ibkr_webapi.mock.app import MockServer
    >>> async def main(server):
    ...     async with AsyncClient(Target.in_process(server)) as client:
    ...         return len(await client.portfolio.get_portfolio_accounts()) > 0
    >>> with MockServer() as server:
    ...     asyncio.run(main(server))
    True
    """

    def __init__(self, target: Target, *, settings: Settings | None = None,
                 limiter: Limiter | None = None, timing: Timing | None = None) -> None:
        timing, options = self._setup(target, settings, limiter, timing)
        inner = hooked_async(target.async_transport or httpx.AsyncHTTPTransport(
            verify=target.verify))
        paced = AsyncPacedTransport(inner, self.limiter, self._router,
                                    timeout=self.settings.timeout, limits=self.settings.limits)
        self.http = httpx.AsyncClient(transport=paced, **options)
        # Shares the transport (closed with self.http) and the auth plugin.
        self.http_root = httpx.AsyncClient(transport=paced,
                                           **(options | {"base_url": self.root_url}))
        self.generated.set_async_httpx_client(self.http)
        self.generated_root.set_async_httpx_client(self.http_root)
        self.runner = AsyncRunner(self.generated, self.settings.retry, self.limiter,
                                  clock=timing.clock, sleep=timing.async_sleep,
                                  root_client=self.generated_root)
        AsyncOperations.__init__(self, self.runner)
        interval = self.settings.tickle_interval
        self.session_keeper = AsyncSessionKeeper(self.http, interval=interval or 60.0,
                                                 shared=self.shared_session)
        self._entered = False
        self._keep_alive = interval is not None
        self._order_lock = asyncio.Lock()

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> AsyncClient:
        """A client configured by environment variables (see ibkr_webapi.settings)."""
        return cls(Target.from_env(environ), settings=Settings.from_env(environ))

    async def open(self) -> TickleOutcome:
        """Open the session now, then keep it alive in a task (see `Client.open`)."""
        if not self._entered:
            # Entering the httpx client enters its transport, which websockets may need.
            await self.http.__aenter__()
            self._entered = True
        try:
            outcome = check_opened(await self.session_keeper.tickle_once(raise_auth=True))
        except AuthError as error:
            raise refused(error) from None
        if self._keep_alive:
            self.session_keeper.start(tickle_now=False)
        return outcome

    async def close(self) -> None:
        """Stop the session keeper and close the connections (and a mock it started)."""
        await self.session_keeper.stop()
        if self._entered:
            self._entered = False
            await self.http.__aexit__(None, None, None)
        else:
            await self.http.aclose()
        if self.target.owns_mock and self.target.mock is not None:
            await self.target.mock.aclose()

    async def __aenter__(self) -> AsyncClient:
        await self.open()
        return self

    async def __aexit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                        traceback: TracebackType | None) -> None:
        await self.close()

    # ----------------------------------------------------------------- orders

    async def place_order(self, account_id: str, orders: Orders,
                          policy: QuestionPolicy | None = None) -> list[OrderAcknowledgement]:
        """Place an order, walking its questions with `policy` (see `Client.place_order`)."""
        async with self._order_lock:
            answer = await self.orders.place_orders(account_id, body=order_body(orders))
            return await self._walk_questions("place_orders", answer, policy)

    async def modify_order(self, account_id: str, order_id: str, order: OrderRequest,
                           policy: QuestionPolicy | None = None) -> list[OrderAcknowledgement]:
        """Modify an open order, walking its questions like `place_order`."""
        async with self._order_lock:
            answer = await self.orders.modify_order(account_id, order_id, body=order)
            return await self._walk_questions("modify_order", answer, policy)

    async def _walk_questions(self, operation: str, answer: OrderAnswer,
                              policy: QuestionPolicy | None) -> list[OrderAcknowledgement]:
        loop = QuestionLoop(operation, policy or QuestionPolicy())
        while not isinstance(step := loop.next_reply(answer), list):
            reply_id, confirmed = step
            answer = await self.orders.reply_to_order_question(
                reply_id, body=OrderReplyRequest(confirmed=confirmed))
            loop.after_reply(confirmed)
        return step

    async def suppress_questions(self, *message_ids: str) -> QuestionsSuppressionStatus:
        """Stop IBKR asking these questions for the rest of the session."""
        ids = [SuppressibleMessageId(message_id) for message_id in message_ids]
        return await self.orders.suppress_order_questions(body=SuppressQuestionsRequest(ids))

    async def reset_suppressed_questions(self) -> QuestionsSuppressionStatus:
        """Ask every suppressed question again."""
        return await self.orders.reset_suppressed_order_questions()

"""The one redaction of secrets: log lines written by httpx and httpcore, errors, reprs.

httpx logs every request URL at INFO (``HTTP Request: GET https://...?t=<flex token>``), and
httpcore logs response headers (``Set-Cookie``) at DEBUG. The plugins register their secret
values here (and the facade's transport registers every cookie and OAuth header value that
passes through it); a logging filter on those libraries' loggers replaces them, any value of a
sensitive query parameter or header with ``***``, and masks account ids (``U***567``).
``ibkr_webapi``'s errors and log lines go through the same `redact`.

>>> redact("GET https://host/SendRequest?t=123456&q=1 Set-Cookie")
'GET https://host/SendRequest?t=***&q=1 Set-Cookie'
>>> redact("GET /portfolio/DU1234567/positions/0")
'GET /portfolio/DU***567/positions/0'
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterable
from http.cookies import CookieError, SimpleCookie
from urllib.parse import quote, unquote

from .secret import REDACTED, Secret

SENSITIVE_HEADERS = frozenset({"authorization", "cookie", "set-cookie"})
"""Header names whose values are secrets (lower case), for cassette scrubbers too."""

SENSITIVE_QUERY_PARAMETERS = frozenset({"t", "oauth_token", "oauth_verifier"})
"""Query parameters whose values are secrets: the Flex token, OAuth tokens and verifiers."""

# Loggers the filter is attached to. A logger's filters only see records created on that
# exact logger, so httpcore's children are listed one by one.
WATCHED_LOGGERS = (
    "httpx",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
)

# Account ids: an upper-case prefix of one to three letters, then at least five digits.
# Conids and order ids are digits only, so they stay readable.
_ACCOUNT_ID = re.compile(r"\b([A-Z]{1,3})\d{2,}(\d{3})\b")
# OAuth header parameters whose values are credentials (the signature changes every request).
_OAUTH_VALUE = re.compile(r'oauth_(?:consumer_key|token)="([^"]+)"')
# The most values kept: cookies rotate, and every kept value costs a scan per redaction.
_MAX_VALUES = 1024


def mask_account_ids(text: str) -> str:
    """Replace the middle digits of every account id in `text` with ``***``.

    >>> mask_account_ids("model U12, conid 265598, account U1234567")
    'model U12, conid 265598, account U***567'
    """
    return _ACCOUNT_ID.sub(r"\1***\2", text)


# Values shorter than this are not redacted on their own: replacing "1" everywhere would make
# every log line unreadable while protecting nothing.
_MIN_SECRET_LENGTH = 4

_QUERY_VALUE = re.compile(
    r"([?&](?:" + "|".join(sorted(SENSITIVE_QUERY_PARAMETERS)) + r")=)[^&\s\"'#]*"
)
# httpcore logs headers as Python reprs of byte tuples: (b'Set-Cookie', b'api=...').
_HEADER_VALUE = re.compile(
    r"(\(b?['\"](?:" + "|".join(sorted(SENSITIVE_HEADERS)) + r")['\"],\s*b?)(['\"])[^'\"]*\2",
    re.IGNORECASE,
)


class SecretRedactor(logging.Filter):
    """A logging filter that replaces registered secret values and sensitive fields."""

    def __init__(self) -> None:
        super().__init__()
        self._values: tuple[str, ...] = ()
        self._known: dict[str, None] = {}
        self._lock = threading.Lock()

    def add(self, value: str) -> None:
        """Register a secret value (and its percent-encoded and -decoded forms, as a server
        may echo it in a URL) to be replaced in every filtered record."""
        if len(value) < _MIN_SECRET_LENGTH or value in self._known:
            return
        with self._lock:
            for form in {value, quote(value, safe=""), unquote(value)}:
                if len(form) >= _MIN_SECRET_LENGTH:
                    self._known.pop(form, None)
                    self._known[form] = None
            while len(self._known) > _MAX_VALUES:
                del self._known[next(iter(self._known))]
            # Longest first, so a secret that contains another is replaced whole.
            self._values = tuple(sorted(self._known, key=len, reverse=True))

    def redact(self, text: str) -> str:
        """Return `text` with registered secrets and sensitive fields replaced by ``***``."""
        text = _QUERY_VALUE.sub(lambda m: m.group(1) + REDACTED, text)
        text = _HEADER_VALUE.sub(lambda m: f"{m.group(1)}{m.group(2)}{REDACTED}{m.group(2)}", text)
        for value in self._values:
            if value in text:
                text = text.replace(value, REDACTED)
        return mask_account_ids(text)

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except (TypeError, ValueError):  # a malformed record: leave it to logging's handler
            return True
        redacted = self.redact(message)
        if redacted != message:
            record.msg, record.args = redacted, None
        return True


_REDACTOR = SecretRedactor()
_installed = False
_install_lock = threading.Lock()


def _install() -> None:
    global _installed
    with _install_lock:
        if _installed:
            return
        for name in WATCHED_LOGGERS:
            logging.getLogger(name).addFilter(_REDACTOR)
        _installed = True


def protect_in_logs(*secrets: Secret[str] | str | None) -> None:
    """Register secret values so that httpx and httpcore log lines never show them.

    >>> protect_in_logs(Secret("my-flex-token-123"))
    >>> redact("token my-flex-token-123 sent")
    'token *** sent'
    """
    _install()
    for secret in secrets:
        if secret is None:
            continue
        _REDACTOR.add(secret.reveal() if isinstance(secret, Secret) else secret)


def redact(text: str) -> str:
    """Redact registered secrets, sensitive query values and sensitive headers in `text`, and
    mask account ids."""
    return _REDACTOR.redact(text)


_CREDENTIAL_HEADERS = frozenset({"cookie", "set-cookie", "authorization"})
_SEEN_HEADERS: dict[str, None] = {}


def protect_header_values(headers: Iterable[tuple[str, str]]) -> None:
    """Register the secret values carried by these headers: every cookie of a ``Cookie`` or
    ``Set-Cookie`` header and the consumer key and token of an OAuth ``Authorization`` header.
    The facade's transport calls it for every request and response, so whatever credential
    the client holds (a Gateway session cookie the server set, say) is redacted everywhere.

    >>> protect_header_values([("set-cookie", "x-sess-uuid=0.4f1c2a9b; Path=/")])
    >>> redact("server said 0.4f1c2a9b")
    'server said ***'
    """
    for name, value in headers:
        lowered = name.lower()
        if lowered not in _CREDENTIAL_HEADERS or value in _SEEN_HEADERS:
            continue
        _SEEN_HEADERS[value] = None  # the same Cookie header comes with every request
        if len(_SEEN_HEADERS) > _MAX_VALUES:
            _SEEN_HEADERS.pop(next(iter(_SEEN_HEADERS)), None)
        if lowered in ("cookie", "set-cookie"):
            for cookie in _cookie_values(value):
                _REDACTOR.add(cookie)
        elif lowered == "authorization":
            for match in _OAUTH_VALUE.finditer(value):
                _REDACTOR.add(unquote(match.group(1)))


def _cookie_values(header: str) -> list[str]:
    parsed: SimpleCookie = SimpleCookie()
    try:
        parsed.load(header)
    except CookieError:
        return []
    return [morsel.value for morsel in parsed.values()]

"""Keeping secrets out of log lines written by httpx and httpcore.

httpx logs every request URL at INFO (``HTTP Request: GET https://...?t=<flex token>``), and
httpcore logs response headers (``Set-Cookie``) at DEBUG. The plugins register their secret
values here; a logging filter on those libraries' loggers replaces them, and any value of a
sensitive query parameter or header, with ``***``.

>>> redact("GET https://host/SendRequest?t=123456&q=1 Set-Cookie")
'GET https://host/SendRequest?t=***&q=1 Set-Cookie'
"""

from __future__ import annotations

import logging
import re
import threading

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
        self._values: frozenset[str] = frozenset()
        self._lock = threading.Lock()

    def add(self, value: str) -> None:
        """Register a secret value to be replaced in every filtered record."""
        if len(value) < _MIN_SECRET_LENGTH:
            return
        with self._lock:
            self._values = self._values | {value}

    def redact(self, text: str) -> str:
        """Return `text` with registered secrets and sensitive fields replaced by ``***``."""
        text = _QUERY_VALUE.sub(lambda m: m.group(1) + REDACTED, text)
        text = _HEADER_VALUE.sub(lambda m: f"{m.group(1)}{m.group(2)}{REDACTED}{m.group(2)}", text)
        # Longest first, so a secret that contains another is replaced whole.
        for value in sorted(self._values, key=len, reverse=True):
            if value in text:
                text = text.replace(value, REDACTED)
        return text

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
    """Redact registered secrets, sensitive query values and sensitive headers in `text`."""
    return _REDACTOR.redact(text)

"""Keeping account ids and secrets out of log lines and error messages.

IBKR account ids (U1234567, DU1234567, F7654321, ...) identify a customer; logs and errors
show them masked, keeping the prefix and the last three digits so that two accounts can still
be told apart. Registered secrets (tokens, cookies) are replaced by ``ibkr_auth.redact``.

>>> mask_account_ids("GET /portfolio/DU1234567/positions/0")
'GET /portfolio/DU***567/positions/0'
>>> mask_account_ids("model U12, conid 265598")
'model U12, conid 265598'
"""

from __future__ import annotations

import re

from ibkr_auth import redact
from ibkr_auth.redaction import mask_account_ids

_TAG = re.compile(r"<[^>]*>")
_SPACES = re.compile(r"\s+")
MESSAGE_LIMIT = 200


def safe_text(text: str, limit: int = MESSAGE_LIMIT) -> str:
    """`text` fit for a log or an error message: HTML tags dropped, whitespace collapsed,
    secrets redacted, account ids masked, at most `limit` characters.

    >>> safe_text("<html><body><h1>Resource not found</h1></body></html>")
    'Resource not found'
    >>> safe_text("Account DU1234567 " + "x" * 300)[:30]
    'Account DU***567 xxxxxxxxxxxxx'
    """
    plain = _SPACES.sub(" ", _TAG.sub(" ", text)).strip()
    clean = redact(plain)
    return clean if len(clean) <= limit else clean[: limit - 3] + "..."


__all__ = ["mask_account_ids", "safe_text"]

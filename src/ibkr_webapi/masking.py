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

# Account ids: an upper-case prefix of one to three letters, then at least five digits.
# Conids and order ids are digits only, so they stay readable.
_ACCOUNT_ID = re.compile(r"\b([A-Z]{1,3})\d{2,}(\d{3})\b")
_TAG = re.compile(r"<[^>]*>")
_SPACES = re.compile(r"\s+")
MESSAGE_LIMIT = 200


def mask_account_ids(text: str) -> str:
    """Replace the middle digits of every account id in `text` with ``***``."""
    return _ACCOUNT_ID.sub(r"\1***\2", text)


def safe_text(text: str, limit: int = MESSAGE_LIMIT) -> str:
    """`text` fit for a log or an error message: HTML tags dropped, whitespace collapsed,
    secrets redacted, account ids masked, at most `limit` characters.

    >>> safe_text("<html><body><h1>Resource not found</h1></body></html>")
    'Resource not found'
    >>> safe_text("Account DU1234567 " + "x" * 300)[:30]
    'Account DU***567 xxxxxxxxxxxxx'
    """
    plain = _SPACES.sub(" ", _TAG.sub(" ", text)).strip()
    clean = mask_account_ids(redact(plain))
    return clean if len(clean) <= limit else clean[: limit - 3] + "..."

"""The Flex Web Service token, kept out of reprs, logs and error messages."""

from __future__ import annotations

import hashlib
from typing import NoReturn


class SecretToken:
    """Holds the token; ``repr``/``str`` are masked and it refuses to be pickled.

    >>> token = SecretToken("123456789012345678901234")
    >>> token, str(token)
    (SecretToken('***'), '***')
    """

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        cleaned = value.strip() if isinstance(value, str) else ""
        if not cleaned:
            raise ValueError("the Flex token is empty")
        self._value = cleaned

    def reveal(self) -> str:
        """The token itself, for the one place that sends it (the ``t`` query parameter)."""
        return self._value

    def fingerprint(self) -> str:
        """A short one-way digest, to key per-token state without keeping the token."""
        return hashlib.sha256(self._value.encode()).hexdigest()[:16]

    def scrub(self, text: str) -> str:
        """``text`` with every occurrence of the token masked."""
        return text.replace(self._value, "***")

    def __repr__(self) -> str:
        return "SecretToken('***')"

    def __str__(self) -> str:
        return "***"

    def __reduce__(self) -> NoReturn:
        raise TypeError("a Flex token is not picklable (it would end up on disk)")

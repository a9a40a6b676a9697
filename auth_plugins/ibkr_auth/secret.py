"""`Secret`: a holder that keeps a value out of reprs, str(), f-strings and pickles.

>>> token = Secret("live-session-token")
>>> token
Secret('***')
>>> f"token={token}"
'token=***'
>>> token.reveal()
'live-session-token'
"""

from __future__ import annotations

import hmac
from typing import Any, Generic, NoReturn, TypeVar, final

T = TypeVar("T")

REDACTED = "***"


@final
class Secret(Generic[T]):
    """Wraps a secret value; only `reveal()` gives it back.

    Equality between two secrets of str or bytes runs in constant time. Pickling is refused,
    so a secret cannot end up in a cache file or a recorded cassette by accident.

    >>> Secret("a") == Secret("a"), Secret("a") == Secret("b")
    (True, False)
    >>> import pickle
    >>> pickle.dumps(Secret("x"))
    Traceback (most recent call last):
    ...
    TypeError: Secret values cannot be pickled
    """

    __slots__ = ("_value",)

    def __init__(self, value: T) -> None:
        self._value = value

    def reveal(self) -> T:
        """Return the wrapped value. Call it at the last moment, where the value is used."""
        return self._value

    def __repr__(self) -> str:
        return f"Secret('{REDACTED}')"

    def __str__(self) -> str:
        return REDACTED

    def __format__(self, format_spec: str) -> str:
        return REDACTED

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Secret):
            return NotImplemented
        mine, theirs = self._value, other._value
        if isinstance(mine, str) and isinstance(theirs, str):
            return hmac.compare_digest(mine.encode(), theirs.encode())
        if isinstance(mine, bytes) and isinstance(theirs, bytes):
            return hmac.compare_digest(mine, theirs)
        return bool(mine == theirs)

    def __hash__(self) -> int:
        return hash(self._value)

    def __reduce__(self) -> NoReturn:
        raise TypeError("Secret values cannot be pickled")

    # A secret is immutable: copies may share it, and copying must not go through pickling.
    def __copy__(self) -> Secret[T]:
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> Secret[T]:
        return self


def as_secret(value: T | Secret[T]) -> Secret[T]:
    """Wrap `value` unless it already is a `Secret`.

    >>> as_secret("x"), as_secret(Secret("x")).reveal()
    (Secret('***'), 'x')
    """
    if isinstance(value, Secret):
        return value
    return Secret(value)

from enum import StrEnum
from typing import Any


class SuppressibleMessageId(StrEnum):
    O10082 = "o10082"
    O10138 = "o10138"
    O10151 = "o10151"
    O10152 = "o10152"
    O10153 = "o10153"
    O10164 = "o10164"
    O10223 = "o10223"
    O10288 = "o10288"
    O10331 = "o10331"
    O10332 = "o10332"
    O10333 = "o10333"
    O10334 = "o10334"
    O10335 = "o10335"
    O163 = "o163"
    O2136 = "o2136"
    O2137 = "o2137"
    O2165 = "o2165"
    O354 = "o354"
    O382 = "o382"
    O383 = "o383"
    O403 = "o403"
    O451 = "o451"
    P12 = "p12"
    P6 = "p6"

    @classmethod
    def _missing_(cls, value: object) -> Any:
        # IBKR adds enum values without notice: keep an unknown value instead of failing the call.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member

    @property
    def is_known(self) -> bool:
        """False for a value the spec does not list (kept as received)."""
        return self._name_ != "UNKNOWN"

    def __str__(self) -> str:
        return str(self.value)

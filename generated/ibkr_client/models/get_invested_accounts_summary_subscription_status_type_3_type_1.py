from enum import IntEnum
from typing import Any


class GetInvestedAccountsSummarySubscriptionStatusType3Type1(IntEnum):
    VALUE_0 = 0
    VALUE_1 = 1

    @classmethod
    def _missing_(cls, value: object) -> Any:
        # IBKR adds enum values without notice: keep an unknown value instead of failing the call.
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        member = int.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member

    @property
    def is_known(self) -> bool:
        """False for a value the spec does not list (kept as received)."""
        return self._name_ != "UNKNOWN"

    def __str__(self) -> str:
        return str(self.value)

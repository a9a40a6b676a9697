from enum import StrEnum
from typing import Any


class DepositFundsInstructionRecurringInstructionDetailFrequency(StrEnum):
    MONTHLY = "MONTHLY"
    QUARTERLY = "QUARTERLY"
    YEARLY = "YEARLY"

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

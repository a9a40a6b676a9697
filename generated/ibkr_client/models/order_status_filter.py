from enum import StrEnum
from typing import Any


class OrderStatusFilter(StrEnum):
    CANCELLED = "cancelled"
    FILLED = "filled"
    INACTIVE = "inactive"
    PENDING_CANCEL = "pending_cancel"
    PENDING_SUBMIT = "pending_submit"
    PRE_SUBMITTED = "pre_submitted"
    SORT_BY_TIME = "sort_by_time"
    SUBMITTED = "submitted"
    WARN_STATE = "warn_state"

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

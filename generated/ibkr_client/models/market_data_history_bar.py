from enum import StrEnum
from typing import Any


class MarketDataHistoryBar(StrEnum):
    DAY_1 = "1d"
    HOUR_1 = "1h"
    HOUR_2 = "2h"
    HOUR_3 = "3h"
    HOUR_4 = "4h"
    HOUR_8 = "8h"
    MIN_1 = "1min"
    MIN_10 = "10min"
    MIN_15 = "15min"
    MIN_2 = "2min"
    MIN_3 = "3min"
    MIN_30 = "30min"
    MIN_5 = "5min"
    MONTH_1 = "1m"
    WEEK_1 = "1w"

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

from enum import StrEnum
from typing import Any


class FyiTypecode(StrEnum):
    AA = "AA"
    BA = "BA"
    CA = "CA"
    CB = "CB"
    CT = "CT"
    DA = "DA"
    DL = "DL"
    EA = "EA"
    M8 = "M8"
    MF = "MF"
    MS = "MS"
    OE = "OE"
    PR = "PR"
    PS = "PS"
    PT = "PT"
    SE = "SE"
    SG = "SG"
    SM = "SM"
    ST = "ST"
    T2 = "T2"
    TD = "TD"
    TI = "TI"
    TO = "TO"
    UA = "UA"

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

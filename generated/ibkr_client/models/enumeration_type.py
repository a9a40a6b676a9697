from enum import StrEnum
from typing import Any


class EnumerationType(StrEnum):
    ACATS = "acats"
    ATON = "aton"
    BUSINESS_AND_OCCUPATION = "business-and-occupation"
    EDD_AVT = "edd-avt"
    EMPLOYEE_PLANS = "employee-plans"
    EMPLOYEE_TRACK = "employee-track"
    EXCHANGE_BUNDLES = "exchange-bundles"
    FIN_INFO_RANGES = "fin-info-ranges"
    MARKET_DATA = "market-data"
    PRODUCT_COUNTRY_BUNDLES = "product-country-bundles"
    PROHIBITED_COUNTRY = "prohibited-country"
    QUESTIONNAIRES = "questionnaires"
    QUIZ_QUESTIONS = "quiz-questions"
    SECURITY_QUESTIONS = "security-questions"
    WIRE_INSTRUCTIONS = "wire-instructions"

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

from enum import StrEnum
from typing import Any


class QueryCashBalancesResponseInstructionResultType0InstructionType(StrEnum):
    ACH_INSTRUCTION = "ACH_INSTRUCTION"
    CANCEL_INSTRUCTION = "CANCEL_INSTRUCTION"
    COMPLEX_ASSET_TRANSFER = "COMPLEX_ASSET_TRANSFER"
    DELETE_BANK_INSTRUCTION = "DELETE_BANK_INSTRUCTION"
    DEPOSIT = "DEPOSIT"
    DWAC = "DWAC"
    EDDA_INSTRUCTION = "EDDA_INSTRUCTION"
    EXTERNAL_POSITION_TRANSFER = "EXTERNAL_POSITION_TRANSFER"
    FOP = "FOP"
    INTERNAL_CASH_TRANSFER = "INTERNAL_CASH_TRANSFER"
    INTERNAL_POSITION_TRANSFER = "INTERNAL_POSITION_TRANSFER"
    MICRO_AMOUNT = "MICRO_AMOUNT"
    PREDEFINED_DESTINATION_INSTRUCTION = "PREDEFINED_DESTINATION_INSTRUCTION"
    QUERY_ACCOUNT_BALANCES = "QUERY_ACCOUNT_BALANCES"
    QUERY_BANK_INSTRUCTION = "QUERY_BANK_INSTRUCTION"
    QUERY_IRA_CONTRIBUTIONS = "QUERY_IRA_CONTRIBUTIONS"
    QUERY_RECENT_INSTRUCTIONS = "QUERY_RECENT_INSTRUCTIONS"
    QUERY_RECENT_RECURRING_EVENTS = "QUERY_RECENT_RECURRING_EVENTS"
    QUERY_RECURRING_INSTRUCTIONS = "QUERY_RECURRING_INSTRUCTIONS"
    QUERY_WITHDRAWABLE_CASH_EQUITY = "QUERY_WITHDRAWABLE_CASH_EQUITY"
    QUERY_WITHDRAWABLE_FUNDS = "QUERY_WITHDRAWABLE_FUNDS"
    TRADITIONAL_BANK_INSTRUCTION_VERIFICATION = (
        "TRADITIONAL_BANK_INSTRUCTION_VERIFICATION"
    )
    WITHDRAWAL = "WITHDRAWAL"

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.traditional_bank_instruction_verification_bank_instruction_code import (
    TraditionalBankInstructionVerificationBankInstructionCode,
)

T = TypeVar("T", bound="TraditionalBankInstructionVerification")


@_attrs_define
class TraditionalBankInstructionVerification:
    """
    Attributes:
        account_id (str):
        bank_instruction_code (TraditionalBankInstructionVerificationBankInstructionCode):
        bank_instruction_name (str):
        client_instruction_id (float):
        credit_amount_1 (float):
        credit_amount_2 (float):
        pending_instruction_id (float):
    """

    account_id: str
    bank_instruction_code: TraditionalBankInstructionVerificationBankInstructionCode
    bank_instruction_name: str
    client_instruction_id: float
    credit_amount_1: float
    credit_amount_2: float
    pending_instruction_id: float

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        bank_instruction_code = self.bank_instruction_code.value

        bank_instruction_name = self.bank_instruction_name

        client_instruction_id = self.client_instruction_id

        credit_amount_1 = self.credit_amount_1

        credit_amount_2 = self.credit_amount_2

        pending_instruction_id = self.pending_instruction_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "accountId": account_id,
                "bankInstructionCode": bank_instruction_code,
                "bankInstructionName": bank_instruction_name,
                "clientInstructionId": client_instruction_id,
                "creditAmount1": credit_amount_1,
                "creditAmount2": credit_amount_2,
                "pendingInstructionId": pending_instruction_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        account_id = _source.pop("accountId")

        bank_instruction_code = (
            TraditionalBankInstructionVerificationBankInstructionCode(
                _source.pop("bankInstructionCode")
            )
        )

        bank_instruction_name = _source.pop("bankInstructionName")

        client_instruction_id = _source.pop("clientInstructionId")

        credit_amount_1 = _source.pop("creditAmount1")

        credit_amount_2 = _source.pop("creditAmount2")

        pending_instruction_id = _source.pop("pendingInstructionId")

        _model = cls(
            account_id=account_id,
            bank_instruction_code=bank_instruction_code,
            bank_instruction_name=bank_instruction_name,
            client_instruction_id=client_instruction_id,
            credit_amount_1=credit_amount_1,
            credit_amount_2=credit_amount_2,
            pending_instruction_id=pending_instruction_id,
        )

        return _model

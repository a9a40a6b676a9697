from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.delete_bank_instruction_bank_instruction_method import (
    DeleteBankInstructionBankInstructionMethod,
)

T = TypeVar("T", bound="DeleteBankInstruction")


@_attrs_define
class DeleteBankInstruction:
    """
    Attributes:
        account_id (str):
        bank_instruction_method (DeleteBankInstructionBankInstructionMethod):
        bank_instruction_name (str):
        client_instruction_id (float):
        currency (str):
    """

    account_id: str
    bank_instruction_method: DeleteBankInstructionBankInstructionMethod
    bank_instruction_name: str
    client_instruction_id: float
    currency: str

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        bank_instruction_method = self.bank_instruction_method.value

        bank_instruction_name = self.bank_instruction_name

        client_instruction_id = self.client_instruction_id

        currency = self.currency

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "accountId": account_id,
                "bankInstructionMethod": bank_instruction_method,
                "bankInstructionName": bank_instruction_name,
                "clientInstructionId": client_instruction_id,
                "currency": currency,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        account_id = _source.pop("accountId")

        bank_instruction_method = DeleteBankInstructionBankInstructionMethod(
            _source.pop("bankInstructionMethod")
        )

        bank_instruction_name = _source.pop("bankInstructionName")

        client_instruction_id = _source.pop("clientInstructionId")

        currency = _source.pop("currency")

        _model = cls(
            account_id=account_id,
            bank_instruction_method=bank_instruction_method,
            bank_instruction_name=bank_instruction_name,
            client_instruction_id=client_instruction_id,
            currency=currency,
        )

        return _model

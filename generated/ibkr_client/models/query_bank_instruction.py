from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.query_bank_instruction_bank_instruction_method import (
    QueryBankInstructionBankInstructionMethod,
)

T = TypeVar("T", bound="QueryBankInstruction")


@_attrs_define
class QueryBankInstruction:
    """
    Attributes:
        account_id (str):
        bank_instruction_method (QueryBankInstructionBankInstructionMethod):
        client_instruction_id (float):
    """

    account_id: str
    bank_instruction_method: QueryBankInstructionBankInstructionMethod
    client_instruction_id: float

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        bank_instruction_method = self.bank_instruction_method.value

        client_instruction_id = self.client_instruction_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "accountId": account_id,
                "bankInstructionMethod": bank_instruction_method,
                "clientInstructionId": client_instruction_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        account_id = _source.pop("accountId")

        bank_instruction_method = QueryBankInstructionBankInstructionMethod(
            _source.pop("bankInstructionMethod")
        )

        client_instruction_id = _source.pop("clientInstructionId")

        _model = cls(
            account_id=account_id,
            bank_instruction_method=bank_instruction_method,
            client_instruction_id=client_instruction_id,
        )

        return _model

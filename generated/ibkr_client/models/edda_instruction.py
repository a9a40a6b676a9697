from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.edda_instruction_debtor_identification_document_type import (
    EddaInstructionDebtorIdentificationDocumentType,
)

T = TypeVar("T", bound="EddaInstruction")


@_attrs_define
class EddaInstruction:
    """
    Attributes:
        account_id (str):
        bank_account_number (str):
        bank_branch_code (str):
        bank_clearing_code (str):
        bank_instruction_name (str):
        client_instruction_id (float):
        currency (str):
        debtor_identification_document_type (EddaInstructionDebtorIdentificationDocumentType):
    """

    account_id: str
    bank_account_number: str
    bank_branch_code: str
    bank_clearing_code: str
    bank_instruction_name: str
    client_instruction_id: float
    currency: str
    debtor_identification_document_type: EddaInstructionDebtorIdentificationDocumentType

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        bank_account_number = self.bank_account_number

        bank_branch_code = self.bank_branch_code

        bank_clearing_code = self.bank_clearing_code

        bank_instruction_name = self.bank_instruction_name

        client_instruction_id = self.client_instruction_id

        currency = self.currency

        debtor_identification_document_type = (
            self.debtor_identification_document_type.value
        )

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "accountId": account_id,
                "bankAccountNumber": bank_account_number,
                "bankBranchCode": bank_branch_code,
                "bankClearingCode": bank_clearing_code,
                "bankInstructionName": bank_instruction_name,
                "clientInstructionId": client_instruction_id,
                "currency": currency,
                "debtorIdentificationDocumentType": debtor_identification_document_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        account_id = _source.pop("accountId")

        bank_account_number = _source.pop("bankAccountNumber")

        bank_branch_code = _source.pop("bankBranchCode")

        bank_clearing_code = _source.pop("bankClearingCode")

        bank_instruction_name = _source.pop("bankInstructionName")

        client_instruction_id = _source.pop("clientInstructionId")

        currency = _source.pop("currency")

        debtor_identification_document_type = (
            EddaInstructionDebtorIdentificationDocumentType(
                _source.pop("debtorIdentificationDocumentType")
            )
        )

        _model = cls(
            account_id=account_id,
            bank_account_number=bank_account_number,
            bank_branch_code=bank_branch_code,
            bank_clearing_code=bank_clearing_code,
            bank_instruction_name=bank_instruction_name,
            client_instruction_id=client_instruction_id,
            currency=currency,
            debtor_identification_document_type=debtor_identification_document_type,
        )

        return _model

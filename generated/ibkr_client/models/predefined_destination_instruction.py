from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.predefined_destination_instruction_bank_instruction_method import (
    PredefinedDestinationInstructionBankInstructionMethod,
)

if TYPE_CHECKING:
    from ..models.predefined_destination_instruction_financial_institution import (
        PredefinedDestinationInstructionFinancialInstitution,
    )


T = TypeVar("T", bound="PredefinedDestinationInstruction")


@_attrs_define
class PredefinedDestinationInstruction:
    """
    Attributes:
        account_id (str):
        bank_instruction_method (PredefinedDestinationInstructionBankInstructionMethod):
        bank_instruction_name (str):
        client_instruction_id (float):
        currency (str):
        financial_institution (PredefinedDestinationInstructionFinancialInstitution):
    """

    account_id: str
    bank_instruction_method: PredefinedDestinationInstructionBankInstructionMethod
    bank_instruction_name: str
    client_instruction_id: float
    currency: str
    financial_institution: PredefinedDestinationInstructionFinancialInstitution

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        bank_instruction_method = self.bank_instruction_method.value

        bank_instruction_name = self.bank_instruction_name

        client_instruction_id = self.client_instruction_id

        currency = self.currency

        financial_institution = self.financial_institution.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "accountId": account_id,
                "bankInstructionMethod": bank_instruction_method,
                "bankInstructionName": bank_instruction_name,
                "clientInstructionId": client_instruction_id,
                "currency": currency,
                "financialInstitution": financial_institution,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.predefined_destination_instruction_financial_institution import (
            PredefinedDestinationInstructionFinancialInstitution,  # noqa: PLC0415
        )

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        account_id = _source.pop("accountId")

        bank_instruction_method = PredefinedDestinationInstructionBankInstructionMethod(
            _source.pop("bankInstructionMethod")
        )

        bank_instruction_name = _source.pop("bankInstructionName")

        client_instruction_id = _source.pop("clientInstructionId")

        currency = _source.pop("currency")

        financial_institution = (
            PredefinedDestinationInstructionFinancialInstitution.from_dict(
                _source.pop("financialInstitution")
            )
        )

        _model = cls(
            account_id=account_id,
            bank_instruction_method=bank_instruction_method,
            bank_instruction_name=bank_instruction_name,
            client_instruction_id=client_instruction_id,
            currency=currency,
            financial_institution=financial_institution,
        )

        return _model

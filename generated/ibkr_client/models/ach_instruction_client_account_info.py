from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.ach_instruction_client_account_info_bank_account_type_code import (
    AchInstructionClientAccountInfoBankAccountTypeCode,
)

T = TypeVar("T", bound="AchInstructionClientAccountInfo")


@_attrs_define
class AchInstructionClientAccountInfo:
    """
    Attributes:
        bank_account_number (str):
        bank_account_type_code (AchInstructionClientAccountInfoBankAccountTypeCode):
        bank_name (str):
        bank_routing_number (str):
    """

    bank_account_number: str
    bank_account_type_code: AchInstructionClientAccountInfoBankAccountTypeCode
    bank_name: str
    bank_routing_number: str

    def to_dict(self) -> dict[str, Any]:
        bank_account_number = self.bank_account_number

        bank_account_type_code = self.bank_account_type_code.value

        bank_name = self.bank_name

        bank_routing_number = self.bank_routing_number

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "bankAccountNumber": bank_account_number,
                "bankAccountTypeCode": bank_account_type_code,
                "bankName": bank_name,
                "bankRoutingNumber": bank_routing_number,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        bank_account_number = _source.pop("bankAccountNumber")

        bank_account_type_code = AchInstructionClientAccountInfoBankAccountTypeCode(
            _source.pop("bankAccountTypeCode")
        )

        bank_name = _source.pop("bankName")

        bank_routing_number = _source.pop("bankRoutingNumber")

        _model = cls(
            bank_account_number=bank_account_number,
            bank_account_type_code=bank_account_type_code,
            bank_name=bank_name,
            bank_routing_number=bank_routing_number,
        )

        return _model

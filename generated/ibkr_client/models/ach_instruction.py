from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.ach_instruction_ach_type import AchInstructionAchType
from ..models.ach_instruction_bank_instruction_code import (
    AchInstructionBankInstructionCode,
)

if TYPE_CHECKING:
    from ..models.ach_instruction_client_account_info import (
        AchInstructionClientAccountInfo,
    )


T = TypeVar("T", bound="AchInstruction")


@_attrs_define
class AchInstruction:
    """
    Attributes:
        account_id (str):
        ach_type (AchInstructionAchType):
        bank_instruction_code (AchInstructionBankInstructionCode):
        bank_instruction_name (str):
        client_account_info (AchInstructionClientAccountInfo):
        client_instruction_id (float):
        currency (str):
    """

    account_id: str
    ach_type: AchInstructionAchType
    bank_instruction_code: AchInstructionBankInstructionCode
    bank_instruction_name: str
    client_account_info: AchInstructionClientAccountInfo
    client_instruction_id: float
    currency: str

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        ach_type = self.ach_type.value

        bank_instruction_code = self.bank_instruction_code.value

        bank_instruction_name = self.bank_instruction_name

        client_account_info = self.client_account_info.to_dict()

        client_instruction_id = self.client_instruction_id

        currency = self.currency

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "accountId": account_id,
                "achType": ach_type,
                "bankInstructionCode": bank_instruction_code,
                "bankInstructionName": bank_instruction_name,
                "clientAccountInfo": client_account_info,
                "clientInstructionId": client_instruction_id,
                "currency": currency,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ach_instruction_client_account_info import (
            AchInstructionClientAccountInfo,  # noqa: PLC0415
        )

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        account_id = _source.pop("accountId")

        ach_type = AchInstructionAchType(_source.pop("achType"))

        bank_instruction_code = AchInstructionBankInstructionCode(
            _source.pop("bankInstructionCode")
        )

        bank_instruction_name = _source.pop("bankInstructionName")

        client_account_info = AchInstructionClientAccountInfo.from_dict(
            _source.pop("clientAccountInfo")
        )

        client_instruction_id = _source.pop("clientInstructionId")

        currency = _source.pop("currency")

        _model = cls(
            account_id=account_id,
            ach_type=ach_type,
            bank_instruction_code=bank_instruction_code,
            bank_instruction_name=bank_instruction_name,
            client_account_info=client_account_info,
            client_instruction_id=client_instruction_id,
            currency=currency,
        )

        return _model

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.transfer_cash_externally_request_instruction_type import (
    TransferCashExternallyRequestInstructionType,
)

if TYPE_CHECKING:
    from ..models.deposit_funds_instruction import DepositFundsInstruction
    from ..models.withdraw_funds_instruction import WithdrawFundsInstruction


T = TypeVar("T", bound="TransferCashExternallyRequest")


@_attrs_define
class TransferCashExternallyRequest:
    """
    Attributes:
        instruction (DepositFundsInstruction | WithdrawFundsInstruction):
        instruction_type (TransferCashExternallyRequestInstructionType):
    """

    instruction: DepositFundsInstruction | WithdrawFundsInstruction
    instruction_type: TransferCashExternallyRequestInstructionType

    def to_dict(self) -> dict[str, Any]:
        from ..models.deposit_funds_instruction import DepositFundsInstruction  # noqa: PLC0415

        instruction: dict[str, Any]
        if isinstance(self.instruction, DepositFundsInstruction):
            instruction = self.instruction.to_dict()
        else:
            instruction = self.instruction.to_dict()

        instruction_type = self.instruction_type.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "instruction": instruction,
                "instructionType": instruction_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.deposit_funds_instruction import DepositFundsInstruction  # noqa: PLC0415
        from ..models.withdraw_funds_instruction import WithdrawFundsInstruction  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_instruction(
            data: object,
        ) -> DepositFundsInstruction | WithdrawFundsInstruction:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                instruction_type_0 = DepositFundsInstruction.from_dict(data)

                return instruction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            instruction_type_1 = WithdrawFundsInstruction.from_dict(data)

            return instruction_type_1

        instruction = _parse_instruction(_source.pop("instruction"))

        instruction_type = TransferCashExternallyRequestInstructionType(
            _source.pop("instructionType")
        )

        _model = cls(
            instruction=instruction,
            instruction_type=instruction_type,
        )

        return _model

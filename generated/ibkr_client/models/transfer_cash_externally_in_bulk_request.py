from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.transfer_cash_externally_in_bulk_request_instruction_type import (
    TransferCashExternallyInBulkRequestInstructionType,
)

if TYPE_CHECKING:
    from ..models.deposit_funds_instruction import DepositFundsInstruction
    from ..models.withdraw_funds_instruction import WithdrawFundsInstruction


T = TypeVar("T", bound="TransferCashExternallyInBulkRequest")


@_attrs_define
class TransferCashExternallyInBulkRequest:
    """
    Attributes:
        instruction_type (TransferCashExternallyInBulkRequestInstructionType):
        instructions (list[DepositFundsInstruction | WithdrawFundsInstruction]):
    """

    instruction_type: TransferCashExternallyInBulkRequestInstructionType
    instructions: list[DepositFundsInstruction | WithdrawFundsInstruction]

    def to_dict(self) -> dict[str, Any]:
        from ..models.deposit_funds_instruction import DepositFundsInstruction  # noqa: PLC0415

        instruction_type = self.instruction_type.value

        instructions = []
        for instructions_item_data in self.instructions:
            instructions_item: dict[str, Any]
            if isinstance(instructions_item_data, DepositFundsInstruction):
                instructions_item = instructions_item_data.to_dict()
            else:
                instructions_item = instructions_item_data.to_dict()

            instructions.append(instructions_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "instructionType": instruction_type,
                "instructions": instructions,
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
        instruction_type = TransferCashExternallyInBulkRequestInstructionType(
            _source.pop("instructionType")
        )

        instructions = []
        _instructions = _source.pop("instructions")
        for instructions_item_data in _instructions:

            def _parse_instructions_item(
                data: object,
            ) -> DepositFundsInstruction | WithdrawFundsInstruction:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    instructions_item_type_0 = DepositFundsInstruction.from_dict(data)

                    return instructions_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                instructions_item_type_1 = WithdrawFundsInstruction.from_dict(data)

                return instructions_item_type_1

            instructions_item = _parse_instructions_item(instructions_item_data)

            instructions.append(instructions_item)

        _model = cls(
            instruction_type=instruction_type,
            instructions=instructions,
        )

        return _model

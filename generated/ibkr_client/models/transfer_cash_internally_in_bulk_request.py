from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.transfer_cash_internally_in_bulk_request_instruction_type import (
    TransferCashInternallyInBulkRequestInstructionType,
)

if TYPE_CHECKING:
    from ..models.internal_cash_transfer_instruction import (
        InternalCashTransferInstruction,
    )


T = TypeVar("T", bound="TransferCashInternallyInBulkRequest")


@_attrs_define
class TransferCashInternallyInBulkRequest:
    """
    Attributes:
        instruction_type (TransferCashInternallyInBulkRequestInstructionType):
        instructions (list[InternalCashTransferInstruction]):
    """

    instruction_type: TransferCashInternallyInBulkRequestInstructionType
    instructions: list[InternalCashTransferInstruction]

    def to_dict(self) -> dict[str, Any]:
        instruction_type = self.instruction_type.value

        instructions = []
        for instructions_item_data in self.instructions:
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
        from ..models.internal_cash_transfer_instruction import (
            InternalCashTransferInstruction,  # noqa: PLC0415
        )

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        instruction_type = TransferCashInternallyInBulkRequestInstructionType(
            _source.pop("instructionType")
        )

        instructions = []
        _instructions = _source.pop("instructions")
        for instructions_item_data in _instructions:
            instructions_item = InternalCashTransferInstruction.from_dict(
                instructions_item_data
            )

            instructions.append(instructions_item)

        _model = cls(
            instruction_type=instruction_type,
            instructions=instructions,
        )

        return _model

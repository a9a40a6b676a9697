from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.transfer_positions_internally_in_bulk_request_instruction_type import (
    TransferPositionsInternallyInBulkRequestInstructionType,
)

if TYPE_CHECKING:
    from ..models.internal_position_transfer_instruction import (
        InternalPositionTransferInstruction,
    )


T = TypeVar("T", bound="TransferPositionsInternallyInBulkRequest")


@_attrs_define
class TransferPositionsInternallyInBulkRequest:
    """
    Attributes:
        instruction_type (TransferPositionsInternallyInBulkRequestInstructionType):
        instructions (list[InternalPositionTransferInstruction]):
    """

    instruction_type: TransferPositionsInternallyInBulkRequestInstructionType
    instructions: list[InternalPositionTransferInstruction]

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
        from ..models.internal_position_transfer_instruction import (
            InternalPositionTransferInstruction,  # noqa: PLC0415
        )

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        instruction_type = TransferPositionsInternallyInBulkRequestInstructionType(
            _source.pop("instructionType")
        )

        instructions = []
        _instructions = _source.pop("instructions")
        for instructions_item_data in _instructions:
            instructions_item = InternalPositionTransferInstruction.from_dict(
                instructions_item_data
            )

            instructions.append(instructions_item)

        _model = cls(
            instruction_type=instruction_type,
            instructions=instructions,
        )

        return _model

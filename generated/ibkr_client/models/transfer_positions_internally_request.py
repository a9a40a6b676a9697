from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.transfer_positions_internally_request_instruction_type import (
    TransferPositionsInternallyRequestInstructionType,
)

if TYPE_CHECKING:
    from ..models.internal_position_transfer_instruction import (
        InternalPositionTransferInstruction,
    )


T = TypeVar("T", bound="TransferPositionsInternallyRequest")


@_attrs_define
class TransferPositionsInternallyRequest:
    """
    Attributes:
        instruction (InternalPositionTransferInstruction):
        instruction_type (TransferPositionsInternallyRequestInstructionType):
    """

    instruction: InternalPositionTransferInstruction
    instruction_type: TransferPositionsInternallyRequestInstructionType

    def to_dict(self) -> dict[str, Any]:
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
        from ..models.internal_position_transfer_instruction import (
            InternalPositionTransferInstruction,  # noqa: PLC0415
        )

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        instruction = InternalPositionTransferInstruction.from_dict(
            _source.pop("instruction")
        )

        instruction_type = TransferPositionsInternallyRequestInstructionType(
            _source.pop("instructionType")
        )

        _model = cls(
            instruction=instruction,
            instruction_type=instruction_type,
        )

        return _model

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.cancel_instructions_in_bulk_request_instruction_type import (
    CancelInstructionsInBulkRequestInstructionType,
)

if TYPE_CHECKING:
    from ..models.cancel_instruction import CancelInstruction


T = TypeVar("T", bound="CancelInstructionsInBulkRequest")


@_attrs_define
class CancelInstructionsInBulkRequest:
    """
    Attributes:
        instruction_type (CancelInstructionsInBulkRequestInstructionType):
        instructions (list[CancelInstruction]):
    """

    instruction_type: CancelInstructionsInBulkRequestInstructionType
    instructions: list[CancelInstruction]

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
        from ..models.cancel_instruction import CancelInstruction  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        instruction_type = CancelInstructionsInBulkRequestInstructionType(
            _source.pop("instructionType")
        )

        instructions = []
        _instructions = _source.pop("instructions")
        for instructions_item_data in _instructions:
            instructions_item = CancelInstruction.from_dict(instructions_item_data)

            instructions.append(instructions_item)

        _model = cls(
            instruction_type=instruction_type,
            instructions=instructions,
        )

        return _model

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.cancel_instruction_request_instruction_type import (
    CancelInstructionRequestInstructionType,
)

if TYPE_CHECKING:
    from ..models.cancel_instruction import CancelInstruction


T = TypeVar("T", bound="CancelInstructionRequest")


@_attrs_define
class CancelInstructionRequest:
    """
    Attributes:
        instruction (CancelInstruction):
        instruction_type (CancelInstructionRequestInstructionType):
    """

    instruction: CancelInstruction
    instruction_type: CancelInstructionRequestInstructionType

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
        from ..models.cancel_instruction import CancelInstruction  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        instruction = CancelInstruction.from_dict(_source.pop("instruction"))

        instruction_type = CancelInstructionRequestInstructionType(
            _source.pop("instructionType")
        )

        _model = cls(
            instruction=instruction,
            instruction_type=instruction_type,
        )

        return _model

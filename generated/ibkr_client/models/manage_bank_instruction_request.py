from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.manage_bank_instruction_request_instruction_type import (
    ManageBankInstructionRequestInstructionType,
)

if TYPE_CHECKING:
    from ..models.ach_instruction import AchInstruction
    from ..models.delete_bank_instruction import DeleteBankInstruction
    from ..models.edda_instruction import EddaInstruction
    from ..models.predefined_destination_instruction import (
        PredefinedDestinationInstruction,
    )
    from ..models.traditional_bank_instruction_verification import (
        TraditionalBankInstructionVerification,
    )


T = TypeVar("T", bound="ManageBankInstructionRequest")


@_attrs_define
class ManageBankInstructionRequest:
    """
    Attributes:
        instruction (AchInstruction | DeleteBankInstruction | EddaInstruction | PredefinedDestinationInstruction |
            TraditionalBankInstructionVerification):
        instruction_type (ManageBankInstructionRequestInstructionType):
    """

    instruction: (
        AchInstruction
        | DeleteBankInstruction
        | EddaInstruction
        | PredefinedDestinationInstruction
        | TraditionalBankInstructionVerification
    )
    instruction_type: ManageBankInstructionRequestInstructionType

    def to_dict(self) -> dict[str, Any]:
        from ..models.ach_instruction import AchInstruction  # noqa: PLC0415
        from ..models.delete_bank_instruction import DeleteBankInstruction  # noqa: PLC0415
        from ..models.predefined_destination_instruction import (
            PredefinedDestinationInstruction,  # noqa: PLC0415
        )
        from ..models.traditional_bank_instruction_verification import (
            TraditionalBankInstructionVerification,  # noqa: PLC0415
        )

        instruction: dict[str, Any]
        if isinstance(self.instruction, TraditionalBankInstructionVerification):
            instruction = self.instruction.to_dict()
        elif isinstance(self.instruction, AchInstruction):
            instruction = self.instruction.to_dict()
        elif isinstance(self.instruction, DeleteBankInstruction):
            instruction = self.instruction.to_dict()
        elif isinstance(self.instruction, PredefinedDestinationInstruction):
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
        from ..models.ach_instruction import AchInstruction  # noqa: PLC0415
        from ..models.delete_bank_instruction import DeleteBankInstruction  # noqa: PLC0415
        from ..models.edda_instruction import EddaInstruction  # noqa: PLC0415
        from ..models.predefined_destination_instruction import (
            PredefinedDestinationInstruction,  # noqa: PLC0415
        )
        from ..models.traditional_bank_instruction_verification import (
            TraditionalBankInstructionVerification,  # noqa: PLC0415
        )

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_instruction(
            data: object,
        ) -> (
            AchInstruction
            | DeleteBankInstruction
            | EddaInstruction
            | PredefinedDestinationInstruction
            | TraditionalBankInstructionVerification
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                instruction_type_0 = TraditionalBankInstructionVerification.from_dict(
                    data
                )

                return instruction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                instruction_type_1 = AchInstruction.from_dict(data)

                return instruction_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                instruction_type_2 = DeleteBankInstruction.from_dict(data)

                return instruction_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                instruction_type_3 = PredefinedDestinationInstruction.from_dict(data)

                return instruction_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            instruction_type_4 = EddaInstruction.from_dict(data)

            return instruction_type_4

        instruction = _parse_instruction(_source.pop("instruction"))

        instruction_type = ManageBankInstructionRequestInstructionType(
            _source.pop("instructionType")
        )

        _model = cls(
            instruction=instruction,
            instruction_type=instruction_type,
        )

        return _model

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.manage_bank_instructions_in_bulk_request_instruction_type import (
    ManageBankInstructionsInBulkRequestInstructionType,
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


T = TypeVar("T", bound="ManageBankInstructionsInBulkRequest")


@_attrs_define
class ManageBankInstructionsInBulkRequest:
    """
    Attributes:
        instruction_type (ManageBankInstructionsInBulkRequestInstructionType):
        instructions (list[AchInstruction | DeleteBankInstruction | EddaInstruction | PredefinedDestinationInstruction |
            TraditionalBankInstructionVerification]):
    """

    instruction_type: ManageBankInstructionsInBulkRequestInstructionType
    instructions: list[
        AchInstruction
        | DeleteBankInstruction
        | EddaInstruction
        | PredefinedDestinationInstruction
        | TraditionalBankInstructionVerification
    ]

    def to_dict(self) -> dict[str, Any]:
        from ..models.ach_instruction import AchInstruction  # noqa: PLC0415
        from ..models.delete_bank_instruction import DeleteBankInstruction  # noqa: PLC0415
        from ..models.predefined_destination_instruction import (
            PredefinedDestinationInstruction,  # noqa: PLC0415
        )
        from ..models.traditional_bank_instruction_verification import (
            TraditionalBankInstructionVerification,  # noqa: PLC0415
        )

        instruction_type = self.instruction_type.value

        instructions = []
        for instructions_item_data in self.instructions:
            instructions_item: dict[str, Any]
            if isinstance(
                instructions_item_data, TraditionalBankInstructionVerification
            ):
                instructions_item = instructions_item_data.to_dict()
            elif isinstance(instructions_item_data, AchInstruction):
                instructions_item = instructions_item_data.to_dict()
            elif isinstance(instructions_item_data, DeleteBankInstruction):
                instructions_item = instructions_item_data.to_dict()
            elif isinstance(instructions_item_data, PredefinedDestinationInstruction):
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
        instruction_type = ManageBankInstructionsInBulkRequestInstructionType(
            _source.pop("instructionType")
        )

        instructions = []
        _instructions = _source.pop("instructions")
        for instructions_item_data in _instructions:

            def _parse_instructions_item(
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
                    instructions_item_type_0 = (
                        TraditionalBankInstructionVerification.from_dict(data)
                    )

                    return instructions_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    instructions_item_type_1 = AchInstruction.from_dict(data)

                    return instructions_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    instructions_item_type_2 = DeleteBankInstruction.from_dict(data)

                    return instructions_item_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    instructions_item_type_3 = (
                        PredefinedDestinationInstruction.from_dict(data)
                    )

                    return instructions_item_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                instructions_item_type_4 = EddaInstruction.from_dict(data)

                return instructions_item_type_4

            instructions_item = _parse_instructions_item(instructions_item_data)

            instructions.append(instructions_item)

        _model = cls(
            instruction_type=instruction_type,
            instructions=instructions,
        )

        return _model

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.query_bank_instructions_request_instruction_type import (
    QueryBankInstructionsRequestInstructionType,
)

if TYPE_CHECKING:
    from ..models.query_bank_instruction import QueryBankInstruction
    from ..models.query_recent_recurring_events import QueryRecentRecurringEvents
    from ..models.query_recurring_instructions import QueryRecurringInstructions


T = TypeVar("T", bound="QueryBankInstructionsRequest")


@_attrs_define
class QueryBankInstructionsRequest:
    """
    Attributes:
        instruction (QueryBankInstruction | QueryRecentRecurringEvents | QueryRecurringInstructions):
        instruction_type (QueryBankInstructionsRequestInstructionType):
    """

    instruction: (
        QueryBankInstruction | QueryRecentRecurringEvents | QueryRecurringInstructions
    )
    instruction_type: QueryBankInstructionsRequestInstructionType

    def to_dict(self) -> dict[str, Any]:
        from ..models.query_bank_instruction import QueryBankInstruction  # noqa: PLC0415
        from ..models.query_recent_recurring_events import QueryRecentRecurringEvents  # noqa: PLC0415

        instruction: dict[str, Any]
        if isinstance(self.instruction, QueryBankInstruction):
            instruction = self.instruction.to_dict()
        elif isinstance(self.instruction, QueryRecentRecurringEvents):
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
        from ..models.query_bank_instruction import QueryBankInstruction  # noqa: PLC0415
        from ..models.query_recent_recurring_events import QueryRecentRecurringEvents  # noqa: PLC0415
        from ..models.query_recurring_instructions import QueryRecurringInstructions  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_instruction(
            data: object,
        ) -> (
            QueryBankInstruction
            | QueryRecentRecurringEvents
            | QueryRecurringInstructions
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                instruction_type_0 = QueryBankInstruction.from_dict(data)

                return instruction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                instruction_type_1 = QueryRecentRecurringEvents.from_dict(data)

                return instruction_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            instruction_type_2 = QueryRecurringInstructions.from_dict(data)

            return instruction_type_2

        instruction = _parse_instruction(_source.pop("instruction"))

        instruction_type = QueryBankInstructionsRequestInstructionType(
            _source.pop("instructionType")
        )

        _model = cls(
            instruction=instruction,
            instruction_type=instruction_type,
        )

        return _model

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="CancelInstruction")


@_attrs_define
class CancelInstruction:
    """
    Attributes:
        client_instruction_id (float):
        instruction_id (float):
        reason (str):
    """

    client_instruction_id: float
    instruction_id: float
    reason: str

    def to_dict(self) -> dict[str, Any]:
        client_instruction_id = self.client_instruction_id

        instruction_id = self.instruction_id

        reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "clientInstructionId": client_instruction_id,
                "instructionId": instruction_id,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        client_instruction_id = _source.pop("clientInstructionId")

        instruction_id = _source.pop("instructionId")

        reason = _source.pop("reason")

        _model = cls(
            client_instruction_id=client_instruction_id,
            instruction_id=instruction_id,
            reason=reason,
        )

        return _model

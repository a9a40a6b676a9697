from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.asynchronous_instruction_set_response_instruction_results_type_0_item_instruction_result import (
        AsynchronousInstructionSetResponseInstructionResultsType0ItemInstructionResult,
    )


T = TypeVar("T", bound="AsynchronousInstructionSetResponseInstructionResultsType0Item")


@_attrs_define
class AsynchronousInstructionSetResponseInstructionResultsType0Item:
    """
    Attributes:
        instruction_result (AsynchronousInstructionSetResponseInstructionResultsType0ItemInstructionResult):
        instruction_set_id (float):
        status (int):
    """

    instruction_result: (
        AsynchronousInstructionSetResponseInstructionResultsType0ItemInstructionResult
    )
    instruction_set_id: float
    status: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        instruction_result = self.instruction_result.to_dict()

        instruction_set_id = self.instruction_set_id

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "instructionResult": instruction_result,
                "instructionSetId": instruction_set_id,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.asynchronous_instruction_set_response_instruction_results_type_0_item_instruction_result import (
            AsynchronousInstructionSetResponseInstructionResultsType0ItemInstructionResult,  # noqa: PLC0415
        )

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        instruction_result = AsynchronousInstructionSetResponseInstructionResultsType0ItemInstructionResult.from_dict(
            _source.pop("instructionResult")
        )

        instruction_set_id = _source.pop("instructionSetId")

        status = _source.pop("status")

        _model = cls(
            instruction_result=instruction_result,
            instruction_set_id=instruction_set_id,
            status=status,
        )

        _model.additional_properties = _source
        return _model

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.query_recent_instruction_response_instruction_result_type_0_instruction_history_result_item import (
        QueryRecentInstructionResponseInstructionResultType0InstructionHistoryResultItem,
    )


T = TypeVar(
    "T", bound="QueryRecentInstructionResponseInstructionResultType0InstructionHistory"
)


@_attrs_define
class QueryRecentInstructionResponseInstructionResultType0InstructionHistory:
    """
    Attributes:
        history_max_depth_number_of_days (int):
        history_max_depth_number_of_instruction (int):
        result (list[QueryRecentInstructionResponseInstructionResultType0InstructionHistoryResultItem]):
    """

    history_max_depth_number_of_days: int
    history_max_depth_number_of_instruction: int
    result: list[
        QueryRecentInstructionResponseInstructionResultType0InstructionHistoryResultItem
    ]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        history_max_depth_number_of_days = self.history_max_depth_number_of_days

        history_max_depth_number_of_instruction = (
            self.history_max_depth_number_of_instruction
        )

        result = []
        for result_item_data in self.result:
            result_item = result_item_data.to_dict()
            result.append(result_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "historyMaxDepthNumberOfDays": history_max_depth_number_of_days,
                "historyMaxDepthNumberOfInstruction": history_max_depth_number_of_instruction,
                "result": result,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.query_recent_instruction_response_instruction_result_type_0_instruction_history_result_item import (
            QueryRecentInstructionResponseInstructionResultType0InstructionHistoryResultItem,  # noqa: PLC0415
        )

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        history_max_depth_number_of_days = _source.pop("historyMaxDepthNumberOfDays")

        history_max_depth_number_of_instruction = _source.pop(
            "historyMaxDepthNumberOfInstruction"
        )

        result = []
        _result = _source.pop("result")
        for result_item_data in _result:
            result_item = QueryRecentInstructionResponseInstructionResultType0InstructionHistoryResultItem.from_dict(
                result_item_data
            )

            result.append(result_item)

        _model = cls(
            history_max_depth_number_of_days=history_max_depth_number_of_days,
            history_max_depth_number_of_instruction=history_max_depth_number_of_instruction,
            result=result,
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

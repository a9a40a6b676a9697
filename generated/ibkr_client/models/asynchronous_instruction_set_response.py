from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.asynchronous_instruction_set_response_instruction_results_type_0_item import (
        AsynchronousInstructionSetResponseInstructionResultsType0Item,
    )


T = TypeVar("T", bound="AsynchronousInstructionSetResponse")


@_attrs_define
class AsynchronousInstructionSetResponse:
    """
    Attributes:
        instruction_set_id (float):
        status (int):
        instruction_results (list[AsynchronousInstructionSetResponseInstructionResultsType0Item] | None | Unset):
    """

    instruction_set_id: float
    status: int
    instruction_results: (
        list[AsynchronousInstructionSetResponseInstructionResultsType0Item]
        | None
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        instruction_set_id = self.instruction_set_id

        status = self.status

        instruction_results: list[dict[str, Any]] | None | Unset
        if isinstance(self.instruction_results, Unset):
            instruction_results = UNSET
        elif isinstance(self.instruction_results, list):
            instruction_results = []
            for instruction_results_type_0_item_data in self.instruction_results:
                instruction_results_type_0_item = (
                    instruction_results_type_0_item_data.to_dict()
                )
                instruction_results.append(instruction_results_type_0_item)

        else:
            instruction_results = self.instruction_results

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "instructionSetId": instruction_set_id,
                "status": status,
            }
        )
        if instruction_results is not UNSET:
            field_dict["instructionResults"] = instruction_results

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.asynchronous_instruction_set_response_instruction_results_type_0_item import (
            AsynchronousInstructionSetResponseInstructionResultsType0Item,  # noqa: PLC0415
        )

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        instruction_set_id = _source.pop("instructionSetId")

        status = _source.pop("status")

        def _parse_instruction_results(
            data: object,
        ) -> (
            list[AsynchronousInstructionSetResponseInstructionResultsType0Item]
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                instruction_results_type_0 = []
                _instruction_results_type_0 = data
                for instruction_results_type_0_item_data in _instruction_results_type_0:
                    instruction_results_type_0_item = AsynchronousInstructionSetResponseInstructionResultsType0Item.from_dict(
                        instruction_results_type_0_item_data
                    )

                    instruction_results_type_0.append(instruction_results_type_0_item)

                return instruction_results_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[AsynchronousInstructionSetResponseInstructionResultsType0Item]
                | None
                | Unset,
                data,
            )

        instruction_results = _parse_instruction_results(
            _source.pop("instructionResults", UNSET)
        )

        _model = cls(
            instruction_set_id=instruction_set_id,
            status=status,
            instruction_results=instruction_results,
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

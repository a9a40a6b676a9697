from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.polling_instruction_result import PollingInstructionResult


T = TypeVar("T", bound="BulkMultiStatusResponseInstructionResultsType0Item")


@_attrs_define
class BulkMultiStatusResponseInstructionResultsType0Item:
    """
    Attributes:
        instruction_result (None | PollingInstructionResult | Unset):
        instruction_set_id (float | None | Unset):
        status (int | None | Unset):
    """

    instruction_result: None | PollingInstructionResult | Unset = UNSET
    instruction_set_id: float | None | Unset = UNSET
    status: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.polling_instruction_result import PollingInstructionResult  # noqa: PLC0415

        instruction_result: dict[str, Any] | None | Unset
        if isinstance(self.instruction_result, Unset):
            instruction_result = UNSET
        elif isinstance(self.instruction_result, PollingInstructionResult):
            instruction_result = self.instruction_result.to_dict()
        else:
            instruction_result = self.instruction_result

        instruction_set_id: float | None | Unset
        if isinstance(self.instruction_set_id, Unset):
            instruction_set_id = UNSET
        else:
            instruction_set_id = self.instruction_set_id

        status: int | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if instruction_result is not UNSET:
            field_dict["instructionResult"] = instruction_result
        if instruction_set_id is not UNSET:
            field_dict["instructionSetId"] = instruction_set_id
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.polling_instruction_result import PollingInstructionResult  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_instruction_result(
            data: object,
        ) -> None | PollingInstructionResult | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                instruction_result_type_0 = PollingInstructionResult.from_dict(data)

                return instruction_result_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PollingInstructionResult | Unset, data)

        instruction_result = _parse_instruction_result(
            _source.pop("instructionResult", UNSET)
        )

        def _parse_instruction_set_id(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        instruction_set_id = _parse_instruction_set_id(
            _source.pop("instructionSetId", UNSET)
        )

        def _parse_status(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        status = _parse_status(_source.pop("status", UNSET))

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

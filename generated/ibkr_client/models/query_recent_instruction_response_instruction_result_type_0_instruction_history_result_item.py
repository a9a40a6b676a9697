from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar(
    "T",
    bound="QueryRecentInstructionResponseInstructionResultType0InstructionHistoryResultItem",
)


@_attrs_define
class QueryRecentInstructionResponseInstructionResultType0InstructionHistoryResultItem:
    """
    Attributes:
        client_instruction_id (float):
        ib_instruction_id (float):
        instruction_set_id (float):
        instruction_type (str):
        request_date (str):
        status (str):
    """

    client_instruction_id: float
    ib_instruction_id: float
    instruction_set_id: float
    instruction_type: str
    request_date: str
    status: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_instruction_id = self.client_instruction_id

        ib_instruction_id = self.ib_instruction_id

        instruction_set_id = self.instruction_set_id

        instruction_type = self.instruction_type

        request_date = self.request_date

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "clientInstructionId": client_instruction_id,
                "ibInstructionId": ib_instruction_id,
                "instructionSetId": instruction_set_id,
                "instructionType": instruction_type,
                "requestDate": request_date,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        client_instruction_id = _source.pop("clientInstructionId")

        ib_instruction_id = _source.pop("ibInstructionId")

        instruction_set_id = _source.pop("instructionSetId")

        instruction_type = _source.pop("instructionType")

        request_date = _source.pop("requestDate")

        status = _source.pop("status")

        _model = cls(
            client_instruction_id=client_instruction_id,
            ib_instruction_id=ib_instruction_id,
            instruction_set_id=instruction_set_id,
            instruction_type=instruction_type,
            request_date=request_date,
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

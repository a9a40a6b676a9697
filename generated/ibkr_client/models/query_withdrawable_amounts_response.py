from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.query_withdrawable_amounts_response_instruction_result_type_0 import (
        QueryWithdrawableAmountsResponseInstructionResultType0,
    )


T = TypeVar("T", bound="QueryWithdrawableAmountsResponse")


@_attrs_define
class QueryWithdrawableAmountsResponse:
    """
    Attributes:
        instruction_set_id (float):
        status (float):
        instruction_result (None | QueryWithdrawableAmountsResponseInstructionResultType0 | Unset):
    """

    instruction_set_id: float
    status: float
    instruction_result: (
        None | QueryWithdrawableAmountsResponseInstructionResultType0 | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.query_withdrawable_amounts_response_instruction_result_type_0 import (
            QueryWithdrawableAmountsResponseInstructionResultType0,  # noqa: PLC0415
        )

        instruction_set_id = self.instruction_set_id

        status = self.status

        instruction_result: dict[str, Any] | None | Unset
        if isinstance(self.instruction_result, Unset):
            instruction_result = UNSET
        elif isinstance(
            self.instruction_result,
            QueryWithdrawableAmountsResponseInstructionResultType0,
        ):
            instruction_result = self.instruction_result.to_dict()
        else:
            instruction_result = self.instruction_result

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "instructionSetId": instruction_set_id,
                "status": status,
            }
        )
        if instruction_result is not UNSET:
            field_dict["instructionResult"] = instruction_result

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.query_withdrawable_amounts_response_instruction_result_type_0 import (
            QueryWithdrawableAmountsResponseInstructionResultType0,  # noqa: PLC0415
        )

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        instruction_set_id = _source.pop("instructionSetId")

        status = _source.pop("status")

        def _parse_instruction_result(
            data: object,
        ) -> None | QueryWithdrawableAmountsResponseInstructionResultType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                instruction_result_type_0 = (
                    QueryWithdrawableAmountsResponseInstructionResultType0.from_dict(
                        data
                    )
                )

                return instruction_result_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None | QueryWithdrawableAmountsResponseInstructionResultType0 | Unset,
                data,
            )

        instruction_result = _parse_instruction_result(
            _source.pop("instructionResult", UNSET)
        )

        _model = cls(
            instruction_set_id=instruction_set_id,
            status=status,
            instruction_result=instruction_result,
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

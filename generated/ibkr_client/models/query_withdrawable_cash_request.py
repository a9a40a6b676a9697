from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.query_withdrawable_cash_request_instruction_type import (
    QueryWithdrawableCashRequestInstructionType,
)

if TYPE_CHECKING:
    from ..models.query_ira_contributions import QueryIRAContributions
    from ..models.query_withdrawable_funds import QueryWithdrawableFunds


T = TypeVar("T", bound="QueryWithdrawableCashRequest")


@_attrs_define
class QueryWithdrawableCashRequest:
    """
    Attributes:
        instruction (QueryIRAContributions | QueryWithdrawableFunds):
        instruction_type (QueryWithdrawableCashRequestInstructionType):
    """

    instruction: QueryIRAContributions | QueryWithdrawableFunds
    instruction_type: QueryWithdrawableCashRequestInstructionType

    def to_dict(self) -> dict[str, Any]:
        from ..models.query_withdrawable_funds import QueryWithdrawableFunds  # noqa: PLC0415

        instruction: dict[str, Any]
        if isinstance(self.instruction, QueryWithdrawableFunds):
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
        from ..models.query_ira_contributions import QueryIRAContributions  # noqa: PLC0415
        from ..models.query_withdrawable_funds import QueryWithdrawableFunds  # noqa: PLC0415

        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)

        def _parse_instruction(
            data: object,
        ) -> QueryIRAContributions | QueryWithdrawableFunds:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                instruction_type_0 = QueryWithdrawableFunds.from_dict(data)

                return instruction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            instruction_type_1 = QueryIRAContributions.from_dict(data)

            return instruction_type_1

        instruction = _parse_instruction(_source.pop("instruction"))

        instruction_type = QueryWithdrawableCashRequestInstructionType(
            _source.pop("instructionType")
        )

        _model = cls(
            instruction=instruction,
            instruction_type=instruction_type,
        )

        return _model

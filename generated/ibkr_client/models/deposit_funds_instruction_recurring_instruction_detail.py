from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.deposit_funds_instruction_recurring_instruction_detail_frequency import (
    DepositFundsInstructionRecurringInstructionDetailFrequency,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="DepositFundsInstructionRecurringInstructionDetail")


@_attrs_define
class DepositFundsInstructionRecurringInstructionDetail:
    """
    Attributes:
        frequency (DepositFundsInstructionRecurringInstructionDetailFrequency):
        instruction_name (str):
        start_date (str):
        end_date (str | Unset):
    """

    frequency: DepositFundsInstructionRecurringInstructionDetailFrequency
    instruction_name: str
    start_date: str
    end_date: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        frequency = self.frequency.value

        instruction_name = self.instruction_name

        start_date = self.start_date

        end_date = self.end_date

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "frequency": frequency,
                "instructionName": instruction_name,
                "startDate": start_date,
            }
        )
        if end_date is not UNSET:
            field_dict["endDate"] = end_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        frequency = DepositFundsInstructionRecurringInstructionDetailFrequency(
            _source.pop("frequency")
        )

        instruction_name = _source.pop("instructionName")

        start_date = _source.pop("startDate")

        end_date = _source.pop("endDate", UNSET)

        _model = cls(
            frequency=frequency,
            instruction_name=instruction_name,
            start_date=start_date,
            end_date=end_date,
        )

        return _model

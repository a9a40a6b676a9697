from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.withdraw_funds_instruction_ira_withdrawal_detail_ira_withhold_type import (
    WithdrawFundsInstructionIraWithdrawalDetailIraWithholdType,
)

T = TypeVar("T", bound="WithdrawFundsInstructionIraWithdrawalDetail")


@_attrs_define
class WithdrawFundsInstructionIraWithdrawalDetail:
    """
    Attributes:
        fed_income_tax_percentage (float):
        ira_withhold_type (WithdrawFundsInstructionIraWithdrawalDetailIraWithholdType):
        state_cd (str):
        state_income_tax_percentage (float):
    """

    fed_income_tax_percentage: float
    ira_withhold_type: WithdrawFundsInstructionIraWithdrawalDetailIraWithholdType
    state_cd: str
    state_income_tax_percentage: float

    def to_dict(self) -> dict[str, Any]:
        fed_income_tax_percentage = self.fed_income_tax_percentage

        ira_withhold_type = self.ira_withhold_type.value

        state_cd = self.state_cd

        state_income_tax_percentage = self.state_income_tax_percentage

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "fedIncomeTaxPercentage": fed_income_tax_percentage,
                "iraWithholdType": ira_withhold_type,
                "stateCd": state_cd,
                "stateIncomeTaxPercentage": state_income_tax_percentage,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        fed_income_tax_percentage = _source.pop("fedIncomeTaxPercentage")

        ira_withhold_type = WithdrawFundsInstructionIraWithdrawalDetailIraWithholdType(
            _source.pop("iraWithholdType")
        )

        state_cd = _source.pop("stateCd")

        state_income_tax_percentage = _source.pop("stateIncomeTaxPercentage")

        _model = cls(
            fed_income_tax_percentage=fed_income_tax_percentage,
            ira_withhold_type=ira_withhold_type,
            state_cd=state_cd,
            state_income_tax_percentage=state_income_tax_percentage,
        )

        return _model

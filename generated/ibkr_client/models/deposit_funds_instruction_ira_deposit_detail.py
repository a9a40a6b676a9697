from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.deposit_funds_instruction_ira_deposit_detail_from_ira_type import (
    DepositFundsInstructionIraDepositDetailFromIraType,
)
from ..models.deposit_funds_instruction_ira_deposit_detail_ira_contribution_type import (
    DepositFundsInstructionIraDepositDetailIraContributionType,
)
from ..models.deposit_funds_instruction_ira_deposit_detail_ira_tax_year_type import (
    DepositFundsInstructionIraDepositDetailIraTaxYearType,
)

T = TypeVar("T", bound="DepositFundsInstructionIraDepositDetail")


@_attrs_define
class DepositFundsInstructionIraDepositDetail:
    """
    Attributes:
        from_ira_type (DepositFundsInstructionIraDepositDetailFromIraType):
        ira_contribution_type (DepositFundsInstructionIraDepositDetailIraContributionType):
        ira_tax_year_type (DepositFundsInstructionIraDepositDetailIraTaxYearType):
    """

    from_ira_type: DepositFundsInstructionIraDepositDetailFromIraType
    ira_contribution_type: DepositFundsInstructionIraDepositDetailIraContributionType
    ira_tax_year_type: DepositFundsInstructionIraDepositDetailIraTaxYearType

    def to_dict(self) -> dict[str, Any]:
        from_ira_type = self.from_ira_type.value

        ira_contribution_type = self.ira_contribution_type.value

        ira_tax_year_type = self.ira_tax_year_type.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "fromIraType": from_ira_type,
                "iraContributionType": ira_contribution_type,
                "iraTaxYearType": ira_tax_year_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        from_ira_type = DepositFundsInstructionIraDepositDetailFromIraType(
            _source.pop("fromIraType")
        )

        ira_contribution_type = (
            DepositFundsInstructionIraDepositDetailIraContributionType(
                _source.pop("iraContributionType")
            )
        )

        ira_tax_year_type = DepositFundsInstructionIraDepositDetailIraTaxYearType(
            _source.pop("iraTaxYearType")
        )

        _model = cls(
            from_ira_type=from_ira_type,
            ira_contribution_type=ira_contribution_type,
            ira_tax_year_type=ira_tax_year_type,
        )

        return _model

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.predefined_destination_instruction_financial_institution_branch_code_type import (
    PredefinedDestinationInstructionFinancialInstitutionBranchCodeType,
)
from ..models.predefined_destination_instruction_financial_institution_identifier_type import (
    PredefinedDestinationInstructionFinancialInstitutionIdentifierType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PredefinedDestinationInstructionFinancialInstitution")


@_attrs_define
class PredefinedDestinationInstructionFinancialInstitution:
    """
    Attributes:
        client_account_id (str):
        identifier (str):
        identifier_type (PredefinedDestinationInstructionFinancialInstitutionIdentifierType):
        name (str):
        branch_code (str | Unset):
        branch_code_type (PredefinedDestinationInstructionFinancialInstitutionBranchCodeType | Unset):
    """

    client_account_id: str
    identifier: str
    identifier_type: PredefinedDestinationInstructionFinancialInstitutionIdentifierType
    name: str
    branch_code: str | Unset = UNSET
    branch_code_type: (
        PredefinedDestinationInstructionFinancialInstitutionBranchCodeType | Unset
    ) = UNSET

    def to_dict(self) -> dict[str, Any]:
        client_account_id = self.client_account_id

        identifier = self.identifier

        identifier_type = self.identifier_type.value

        name = self.name

        branch_code = self.branch_code

        branch_code_type: str | Unset = UNSET
        if not isinstance(self.branch_code_type, Unset):
            branch_code_type = self.branch_code_type.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "clientAccountId": client_account_id,
                "identifier": identifier,
                "identifierType": identifier_type,
                "name": name,
            }
        )
        if branch_code is not UNSET:
            field_dict["branchCode"] = branch_code
        if branch_code_type is not UNSET:
            field_dict["branchCodeType"] = branch_code_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # "_source" and "_model", not "d" and the module name: IBKR field names (a "D", a
        # "bondFilters" in BondFilters) would shadow them.
        _source = dict(src_dict)
        client_account_id = _source.pop("clientAccountId")

        identifier = _source.pop("identifier")

        identifier_type = (
            PredefinedDestinationInstructionFinancialInstitutionIdentifierType(
                _source.pop("identifierType")
            )
        )

        name = _source.pop("name")

        branch_code = _source.pop("branchCode", UNSET)

        _branch_code_type = _source.pop("branchCodeType", UNSET)
        branch_code_type: (
            PredefinedDestinationInstructionFinancialInstitutionBranchCodeType | Unset
        )
        if isinstance(_branch_code_type, Unset):
            branch_code_type = UNSET
        else:
            branch_code_type = (
                PredefinedDestinationInstructionFinancialInstitutionBranchCodeType(
                    _branch_code_type
                )
            )

        _model = cls(
            client_account_id=client_account_id,
            identifier=identifier,
            identifier_type=identifier_type,
            name=name,
            branch_code=branch_code,
            branch_code_type=branch_code_type,
        )

        return _model
